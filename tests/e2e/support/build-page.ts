// Builds what the browser page loads: the real main.js (rebuilt when a source is newer), the fake
// `obsidian` bundled for the browser with the page's own glue, the theme and the plugin's styles.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
export const PAGE_DIR = join(ROOT, "tests/e2e/page");
export const DIST_DIR = join(PAGE_DIR, "dist");
export const FONT_DIR = join(ROOT, "node_modules/@fontsource/noto-sans-sc");

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = 0;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}

/** Test files run in parallel workers: one builds at a time, the others wait and reuse. */
async function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
	mkdirSync(DIST_DIR, { recursive: true });
	const lock = join(DIST_DIR, `.${name}.lock`);
	const started = Date.now();
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch {
			// A lock older than two minutes belongs to a crashed run.
			if (Date.now() - started > 120_000 || (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000)) {
				rmSync(lock, { recursive: true, force: true });
				continue;
			}
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	try {
		return await fn();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

function writeAtomic(path: string, data: string | Buffer): void {
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, data);
	renameSync(tmp, path);
}

/**
 * The plugin bundle exactly as released, rebuilt when main.ts or src/ changed since.
 * IP_E2E_MAIN_JS=/path/to/main.js tests that bundle as it is (a release build, or one broken on purpose).
 */
export async function ensureMainJs(): Promise<string> {
	const given = process.env.IP_E2E_MAIN_JS;
	if (given) {
		if (!existsSync(given)) throw new Error(`IP_E2E_MAIN_JS=${given} does not exist`);
		return given;
	}
	const mainJs = join(ROOT, "main.js");
	await withLock("main", () => {
		const sources = Math.max(newestMtime(join(ROOT, "main.ts")), newestMtime(join(ROOT, "src")));
		if (newestMtime(mainJs) < sources) {
			execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "pipe" });
		}
		return Promise.resolve();
	});
	return mainJs;
}

/** Builds tests/e2e/page/dist/: index.html, page.js, main.js (wrapped), styles.css, theme.css. */
export async function buildPage(): Promise<string> {
	const mainJs = await ensureMainJs();
	await withLock("page", async () => {
		const result = await build({
			entryPoints: [join(PAGE_DIR, "page-entry.ts")],
			bundle: true,
			format: "iife",
			platform: "browser",
			target: "es2021",
			write: false,
			sourcemap: "inline",
			alias: { obsidian: join(ROOT, "tests/fake-obsidian/index.ts") },
			logLevel: "silent",
		});
		writeAtomic(join(DIST_DIR, "page.js"), Buffer.from(result.outputFiles[0].contents));
		// main.js is CommonJS: give it its own module, exports and require instead of globals.
		const plugin = readFileSync(mainJs, "utf8");
		writeAtomic(
			join(DIST_DIR, "main.js"),
			`(function (module, exports, require) {\n${plugin}\n})(window.__ipModule, window.__ipModule.exports, window.require);\n`,
		);
		for (const file of ["index.html", "theme.css", "page.css"]) writeAtomic(join(DIST_DIR, file), readFileSync(join(PAGE_DIR, file)));
		writeAtomic(join(DIST_DIR, "styles.css"), readFileSync(join(ROOT, "styles.css")));
		writeAtomic(join(DIST_DIR, "manifest.json"), readFileSync(join(ROOT, "manifest.json")));
	});
	return DIST_DIR;
}

/**
 * The vault's config files the plugin reads, as Obsidian keeps them in `.obsidian/`: templates.json,
 * Templater's data.json, and the settings (only) of each plugin's data.json, so the page starts with a
 * vault's own settings (the demo vault's hub) and never with someone's review history.
 */
function readConfig(dir: string, files: Record<string, string>): void {
	const config = join(dir, ".obsidian");
	const read = (rel: string): string | null => {
		try {
			return readFileSync(join(config, rel), "utf8");
		} catch {
			return null;
		}
	};
	const templates = read("templates.json");
	if (templates !== null) files[".obsidian/templates.json"] = templates;
	let plugins: string[] = [];
	try {
		plugins = readdirSync(join(config, "plugins")).sort();
	} catch {
		return;
	}
	for (const id of plugins) {
		const text = read(`plugins/${id}/data.json`);
		if (text === null) continue;
		if (id !== "interview-prep") {
			files[`.obsidian/plugins/${id}/data.json`] = text;
			continue;
		}
		try {
			const { schema, settings } = JSON.parse(text) as { schema?: unknown; settings?: unknown };
			files[`.obsidian/plugins/${id}/data.json`] = JSON.stringify({ schema, settings });
		} catch {
			// A broken data.json: the page starts as if there were none.
		}
	}
}

/** Every markdown note of a vault folder by vault path (forward slashes), plus its config files (readConfig). */
export function readVault(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	readConfig(dir, files);
	const walk = (d: string): void => {
		for (const name of readdirSync(d).sort()) {
			if (name.startsWith(".")) continue;
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) files[relative(dir, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(dir);
	return files;
}
