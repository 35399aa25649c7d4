// One browser and one page server per test file; helpers to open the fake Obsidian window and
// take screenshots a person can look at in test-results/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildPage, readVault, ROOT } from "./build-page";
import { launchBrowser } from "./find-browser";
import { startServer, type PageServer } from "./server";

export const FIXTURE_VAULT = join(ROOT, "tests/fixtures/vault");
export const DEMO_VAULT = join(ROOT, "demo-vault");
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
	/** Uncaught errors of every page opened so far (a broken view throws here). */
	errors: string[];
	/** A new context (fresh localStorage) with the app loaded and the plugin enabled. */
	open(opts?: OpenOptions): Promise<Page>;
	close(): Promise<void>;
}

/** `browserArgs`: more Chromium flags (a fake microphone for the recording tests). */
export async function startE2E(vaultDir = FIXTURE_VAULT, browserArgs: readonly string[] = []): Promise<E2E> {
	await buildPage();
	const launched = await launchBrowser(browserArgs);
	const server = await startServer(readVault(vaultDir));
	const errors: string[] = [];
	return {
		browser: launched.browser,
		server,
		errors,
		async open(opts: OpenOptions = {}): Promise<Page> {
			const context = opts.context ?? (await launched.browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 }));
			const page = await context.newPage();
			// Fail fast with the locator's name rather than after Playwright's 30 s default.
			page.setDefaultTimeout(15_000);
			page.on("pageerror", (err) => errors.push(String(err)));
			await page.clock.setFixedTime(FROZEN_NOW);
			await loadApp(page, server.url, opts);
			return page;
		},
		async close(): Promise<void> {
			// Browser first: its open connections are what would keep the server's close() waiting.
			await launched.close();
			await server.close();
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
		// check() alone is vacuously true when no face is declared: also require a loaded CJK face.
		const loaded = [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Noto Sans SC" && f.status === "loaded");
		return loaded && document.fonts.check('16px "Noto Sans SC"', "面试");
	});
}

/** The right sidebar, where the plugin's views appear. */
export const SIDEBAR = ".mod-right-split";

/** A number in a text ("剩余 12 道" → 12). */
export function numberIn(text: string | null): number {
	const m = /\d+/.exec(text ?? "");
	if (!m) throw new Error(`No number in ${JSON.stringify(text)}`);
	return Number(m[0]);
}

/** Counts of what the page wrote to its disk (plugin data, adapter files, notes). */
export async function diskWrites(page: Page): Promise<number> {
	return page.evaluate(() => {
		const d = (window as unknown as { __ip: { disk: { pluginDataWrites: number; fileWrites: number } } }).__ip.disk;
		return d.pluginDataWrites + d.fileWrites;
	});
}

/** Waits until the page wrote something more than `before` (a debounced save landed). */
export async function waitForSave(page: Page, before: number): Promise<void> {
	await page.waitForFunction((n) => {
		const d = (window as unknown as { __ip: { disk: { pluginDataWrites: number; fileWrites: number } } }).__ip.disk;
		return d.pluginDataWrites + d.fileWrites > n;
	}, before);
}

/** The note open in the fake editor: path, text and 0-based cursor. */
export async function editorState(page: Page): Promise<{ path: string; text: string; line: number; ch: number } | null> {
	return page.evaluate(() => (window as unknown as { __ip: { editorState(): { path: string; text: string; line: number; ch: number } | null } }).__ip.editorState());
}

export async function readNote(page: Page, path: string): Promise<string | null> {
	return page.evaluate((p) => (window as unknown as { __ip: { readNote(p: string): Promise<string | null> } }).__ip.readNote(p), path);
}

/**
 * With no hub set the views offer likely hub notes; click the seed hub as a person would.
 * Returns quietly when a hub is already set.
 */
export async function chooseHubIfAsked(page: Page, hub = "面试-面试官角度准备"): Promise<void> {
	const choice = page.locator(`${SIDEBAR} button[title*="${hub}"]`).first();
	if ((await choice.count()) > 0) await choice.click();
}

/** Opens the quiz from its command, takes the offered hub on first use, and waits for a card. */
export async function openQuizWithHub(page: Page): Promise<void> {
	await runCommand(page, "open-quiz");
	await page.locator(`${SIDEBAR} .ip-quiz`).waitFor();
	await chooseHubIfAsked(page);
	await page.locator(`${SIDEBAR} .ip-quiz-card`).waitFor();
}

/** Screenshots in both themes; returns the paths. Leaves the page in the theme it had. */
export async function screenshotBothThemes(page: Page, name: string): Promise<string[]> {
	const dark = await page.evaluate(() => document.body.classList.contains("theme-dark"));
	await setTheme(page, "light");
	const a = await screenshot(page, `${name}-light`);
	await setTheme(page, "dark");
	const b = await screenshot(page, `${name}-dark`);
	await setTheme(page, dark ? "dark" : "light");
	return [a, b];
}
