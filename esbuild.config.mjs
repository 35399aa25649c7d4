import esbuild from "esbuild";
import process from "node:process";
import { readFile, writeFile } from "node:fs/promises";
import { minify } from "terser";
import { ESBUILD_OPTIONS, TERSER_OPTIONS } from "./scripts/build-options.mjs";

const prod = process.argv[2] === "production";
const banner = "/* Interview Prep — bundled by esbuild. Source: main.ts and src/ */";

const context = await esbuild.context({
	...ESBUILD_OPTIONS,
	banner: { js: banner },
	entryPoints: ["main.ts"],
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	minify: prod,
	outfile: "main.js",
});

if (prod) {
	await context.rebuild();
	await context.dispose();
	// A second, slower minifier over esbuild's output (its options and why: scripts/build-options.mjs).
	const code = await readFile("main.js", "utf8");
	const out = await minify(code, { ...TERSER_OPTIONS, format: { ...TERSER_OPTIONS.format, preamble: banner } });
	if (out.code === undefined) throw new Error("terser returned no code");
	await writeFile("main.js", out.code + "\n");
	// Every production build says what it weighs (the bench's target is under 200 KB).
	const bytes = Buffer.byteLength(out.code + "\n");
	console.log(`main.js: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB minified)`);
} else {
	await context.watch();
}
