// One browser and one page server per test file; helpers to open the fake Obsidian window and
// take screenshots a person can look at in test-results/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildPage, readVault, ROOT } from "./build-page";
import { launchBrowser } from "./find-browser";
import { startServer, type PageServer } from "./server";

export const FIXTURE_VAULT = join(ROOT, "tests/fixtures/vault");
export const RESULTS_DIR = join(ROOT, "test-results");
/** 2025-03-10 09:00 in Shanghai: the clock every page starts at. */
export const FROZEN_NOW = Date.UTC(2025, 2, 10, 1, 0, 0);

/** Browser tests run unless IP_SKIP_E2E=1; without a browser they fail with a how-to message. */
export const skipE2E = process.env.IP_SKIP_E2E === "1";

export type Theme = "light" | "dark";

export interface OpenOptions {
	theme?: Theme;
	/** Obsidian's UI language (getLanguage()). */
	lang?: string;
	/** Keep localStorage from an earlier page of the same context (a reload of Obsidian). */
	context?: BrowserContext;
}

export interface E2E {
	browser: Browser;
	server: PageServer;
	/** A new context (fresh localStorage) with the app loaded and the plugin enabled. */
	open(opts?: OpenOptions): Promise<Page>;
	close(): Promise<void>;
}

export async function startE2E(vaultDir = FIXTURE_VAULT): Promise<E2E> {
	await buildPage();
	const launched = await launchBrowser();
	const server = await startServer(readVault(vaultDir));
	const errors: string[] = [];
	return {
		browser: launched.browser,
		server,
		async open(opts: OpenOptions = {}): Promise<Page> {
			const context = opts.context ?? (await launched.browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 }));
			const page = await context.newPage();
			page.on("pageerror", (err) => errors.push(String(err)));
			await page.clock.setFixedTime(FROZEN_NOW);
			await loadApp(page, server.url, opts);
			return page;
		},
		async close(): Promise<void> {
			await server.close();
			await launched.close();
		},
	};
}

export function appUrl(base: string, opts: OpenOptions = {}): string {
	const q = new URLSearchParams();
	q.set("theme", opts.theme ?? "light");
	q.set("lang", opts.lang ?? "zh");
	return `${base}?${q.toString()}`;
}

/** Navigates and waits until the plugin is loaded and the layout is ready; throws the page's error if not. */
export async function loadApp(page: Page, base: string, opts: OpenOptions = {}): Promise<void> {
	await page.goto(appUrl(base, opts));
	await waitReady(page);
}

export async function waitReady(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const ip = (window as unknown as { __ip?: { ready: boolean; error: string | null } }).__ip;
		return ip !== undefined && (ip.ready || ip.error !== null);
	});
	const error = await page.evaluate(() => (window as unknown as { __ip: { error: string | null } }).__ip.error);
	if (error) throw new Error(`The page failed to start the plugin: ${error}`);
}

/** Runs a command of the plugin by its id (without the plugin prefix is fine). */
export async function runCommand(page: Page, id: string): Promise<void> {
	const ok = await page.evaluate((cmd) => (window as unknown as { __ip: { runCommand(id: string): boolean } }).__ip.runCommand(cmd), id);
	if (!ok) throw new Error(`Command not found or not available: ${id}`);
}

/** Switches the theme in place (body class), as Obsidian does. */
export async function setTheme(page: Page, theme: Theme): Promise<void> {
	await page.evaluate((t) => {
		document.body.classList.toggle("theme-dark", t === "dark");
		document.body.classList.toggle("theme-light", t === "light");
	}, theme);
}

/** Writes test-results/<name>.png after fonts (CJK subsets load lazily) have arrived. */
export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(RESULTS_DIR, { recursive: true });
	await page.evaluate(async () => {
		await document.fonts.ready;
	});
	const path = join(RESULTS_DIR, `${name}.png`);
	await page.screenshot({ path });
	return path;
}

/** True when the element's text is drawn with the page's CJK font (no empty boxes). */
export async function cjkFontLoaded(page: Page): Promise<boolean> {
	return page.evaluate(async () => {
		await document.fonts.ready;
		return document.fonts.check('16px "Noto Sans SC"', "面试");
	});
}
