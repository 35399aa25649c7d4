// The bench times the code main.js ships, not the TypeScript as tsx runs it: tsx keeps function
// names (each closure made in a hot loop becomes a `__name` call), which made parseNote read half as
// fast under the bench as in main.js. So at bench start bench/core-entry.ts is bundled with
// esbuild.config.mjs's production options (same aliases, target, minify, then the same terser pass)
// into node_modules/.cache, and loaded from there.
import { mkdirSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { join } from "node:path";
import esbuild from "esbuild";
import { minify } from "terser";
import { shimPaths } from "../shims/aliases.mjs";

export type BenchCore = typeof import("./core-entry");

/** What the figures ran on, printed with them. */
export const BUNDLED_AS = "bundled as main.js (esbuild production options + terser, no keepNames)";

const OUT_DIR = join("node_modules", ".cache", "interview-prep-bench");

/** Bundles bench/core-entry.ts as main.js is bundled and loads it. */
export async function loadBundledCore(): Promise<BenchCore> {
	// Keep in step with esbuild.config.mjs (the production branch).
	const built = await esbuild.build({
		entryPoints: ["bench/core-entry.ts"],
		bundle: true,
		write: false,
		external: ["obsidian", "electron", ...builtinModules],
		alias: shimPaths(),
		charset: "utf8",
		format: "cjs",
		platform: "neutral",
		mainFields: ["module", "main"],
		conditions: ["import", "default"],
		target: "es2021",
		logLevel: "warning",
		sourcemap: false,
		treeShaking: true,
		minify: true,
	});
	const out = await minify(built.outputFiles[0].text, {
		ecma: 2020,
		compress: { passes: 2, toplevel: true },
		mangle: { toplevel: true },
		format: { comments: false, ascii_only: false },
	});
	if (out.code === undefined) throw new Error("terser returned no code");
	if (out.code.includes("__name(")) throw new Error("the bench's bundle keeps function names; main.js does not");
	mkdirSync(OUT_DIR, { recursive: true });
	const file = join(process.cwd(), OUT_DIR, "core.cjs");
	writeFileSync(file, out.code);
	return createRequire(import.meta.url)(file) as BenchCore;
}
