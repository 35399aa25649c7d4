// The bench times the code main.js ships, not the TypeScript as tsx runs it: tsx keeps function
// names (each closure made in a hot loop becomes a `__name` call), which made parseNote read half as
// fast under the bench as in main.js. So at bench start bench/core-entry.ts is bundled with
// main.js's production options (scripts/build-options.mjs: the same aliases, target, minify and
// terser pass) into node_modules/.cache, and loaded from there.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import esbuild from "esbuild";
import { minify } from "terser";
import { ESBUILD_OPTIONS, TERSER_OPTIONS } from "../scripts/build-options.mjs";

export type BenchCore = typeof import("./core-entry");

/** What the figures ran on, printed with them. */
export const BUNDLED_AS = "bundled as main.js (esbuild production options + terser, no keepNames)";

/** BENCH_READABLE=1: bundled but not minified, so a CPU profile names the functions (no tsx `__name`s). */
const READABLE = process.env.BENCH_READABLE === "1";

const OUT_DIR = join("node_modules", ".cache", "interview-prep-bench");

/** Bundles bench/core-entry.ts as main.js is bundled and loads it. */
export async function loadBundledCore(): Promise<BenchCore> {
	return load(await bundleCore());
}

/** The bundle's code (for comparing two versions of the code in separate processes, say). */
export async function bundleCore(): Promise<string> {
	const built = await esbuild.build({
		...ESBUILD_OPTIONS,
		entryPoints: ["bench/core-entry.ts"],
		write: false,
		logLevel: "warning",
		minify: !READABLE,
	});
	if (READABLE) return built.outputFiles[0].text;
	const out = await minify(built.outputFiles[0].text, TERSER_OPTIONS);
	if (out.code === undefined) throw new Error("terser returned no code");
	if (out.code.includes("__name(")) throw new Error("the bench's bundle keeps function names; main.js does not");
	return out.code;
}

/** Writes a bundle into the bench's cache folder and gives its path (`name`: what it is for). */
export function writeBundle(code: string, name: string): string {
	mkdirSync(OUT_DIR, { recursive: true });
	// A file of this process's own: node_modules is often hard-linked between checkouts, and two
	// benches writing one shared file could each time the other's code.
	const file = join(process.cwd(), OUT_DIR, `${name}-${process.pid}.cjs`);
	writeFileSync(file, code);
	return file;
}

function load(code: string): BenchCore {
	const file = writeBundle(code, "core");
	const core = createRequire(import.meta.url)(file) as BenchCore;
	// A readable bundle stays for reading its profile beside it (the file named there).
	if (!READABLE) rmSync(file, { force: true });
	return core;
}
