// Which Chromium the end-to-end tests drive: Debian's when installed (it is what `.ci/run` installs),
// else the one that arrives with `npm install` inside @sparticuz/chromium.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export interface BrowserChoice {
	executablePath: string;
	args: string[];
	source: string;
}

const COMMON_ARGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
	"--disable-quic",
	"--font-render-hinting=none",
];

const DEBIAN_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const NO_BROWSER_MESSAGE = [
	"No Chromium found for the end-to-end tests.",
	"Install one of:",
	"  - Debian/Ubuntu: apt-get install -y chromium fonts-noto-cjk   (or run .ci/run, which does it)",
	"  - npm: npm install (brings @sparticuz/chromium, a Chromium inside the package)",
	"  - or set CHROMIUM_PATH=/path/to/chromium (IP_E2E_BROWSER=npm prefers the npm one)",
	"To skip the browser tests on purpose, set IP_SKIP_E2E=1.",
].join("\n");

export async function findBrowser(): Promise<BrowserChoice> {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.\n${NO_BROWSER_MESSAGE}`);
		return { executablePath: fromEnv, args: COMMON_ARGS, source: "CHROMIUM_PATH" };
	}
	// IP_E2E_BROWSER=npm tries the npm Chromium even where Debian's is installed (to check the fallback).
	const debian = process.env.IP_E2E_BROWSER === "npm" ? undefined : DEBIAN_PATHS.find((p) => existsSync(p));
	if (debian) return { executablePath: debian, args: COMMON_ARGS, source: debian };
	try {
		const sparticuz = (await import("@sparticuz/chromium")).default;
		const executablePath = await sparticuz.executablePath();
		// Its own flags (single process, swiftshader) are what make it start in a bare container.
		const args = [...new Set([...sparticuz.args, ...COMMON_ARGS])];
		return { executablePath, args, source: "@sparticuz/chromium" };
	} catch (err) {
		throw new Error(`${NO_BROWSER_MESSAGE}\n(@sparticuz/chromium failed: ${String(err)})`);
	}
}

/**
 * One fresh browser. playwright-core's launch() already gives it a fresh --user-data-dir of its own
 * (a temp profile it deletes on close) and refuses one passed in args.
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<{ browser: Browser; choice: BrowserChoice; close: () => Promise<void> }> {
	const choice = await findBrowser();
	const browser = await chromium.launch({ executablePath: choice.executablePath, args: [...choice.args, ...extraArgs], headless: true });
	return {
		browser,
		choice,
		close: async () => {
			// A browser that does not answer close() in 15 s is left to playwright's exit handler
			// (it kills its browsers when the worker exits), so a test file never hangs on it.
			let timer: ReturnType<typeof setTimeout> | undefined;
			const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, 15_000)));
			await Promise.race([browser.close().catch(() => undefined), late]);
			clearTimeout(timer);
		},
	};
}
