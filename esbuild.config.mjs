import esbuild from "esbuild";
import process from "node:process";
import builtins from "node:module";
import { readFile, writeFile } from "node:fs/promises";
import { minify } from "terser";
import { shimPaths } from "./shims/aliases.mjs";

const prod = process.argv[2] === "production";
const banner = "/* Interview Prep — bundled by esbuild. Source: main.ts and src/ */";

const context = await esbuild.context({
	banner: { js: banner },
	entryPoints: ["main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		...builtins.builtinModules,
	],
	// Small stand-ins for big parser dependencies, one list for the build, the tests and the Node entry
	// points (shims/aliases.mjs; each file in shims/ says why it is there).
	alias: shimPaths(),
	// Chinese UI strings as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6).
	charset: "utf8",
	format: "cjs",
	// 'neutral' skips the "browser" export condition: micromark's browser entity decoder writes
	// innerHTML, the default one is a pure lookup table and also runs on mobile.
	platform: "neutral",
	mainFields: ["module", "main"],
	conditions: ["import", "default"],
	target: "es2021",
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	minify: prod,
	outfile: "main.js",
});

if (prod) {
	await context.rebuild();
	await context.dispose();
	// A second, slower minifier over esbuild's output: two compress passes and top-level names take
	// another ~4 KB off main.js. Only options that keep behaviour (no "unsafe" ones).
	const code = await readFile("main.js", "utf8");
	const out = await minify(code, {
		ecma: 2020,
		compress: { passes: 2, toplevel: true },
		mangle: { toplevel: true },
		format: { comments: false, preamble: banner, ascii_only: false },
	});
	if (out.code === undefined) throw new Error("terser returned no code");
	await writeFile("main.js", out.code + "\n");
	// Every production build says what it weighs (the bench's target is under 200 KB).
	const bytes = Buffer.byteLength(out.code + "\n");
	console.log(`main.js: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB minified)`);
} else {
	await context.watch();
}
