import esbuild from "esbuild";
import process from "node:process";
import builtins from "node:module";
import { readFile, writeFile } from "node:fs/promises";
import { minify } from "terser";

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
	// Small stand-ins for big tables (each file says why; vitest.config.ts uses the same):
	// the full HTML entity table (35 KB) for a few names notes use, all of micromark's symbol tables for the
	// eleven names the CJK-friendly extension reads, five East Asian width tables for one, vfile's paths and
	// messages for the text unified's parse() wraps, and a printf for errors the front matter options never raise.
	alias: {
		"decode-named-character-reference": "./src/core/parse/named-entities.ts",
		"micromark-util-symbol": "./src/core/parse/micromark-symbols.ts",
		"get-east-asian-width": "./src/core/parse/east-asian-width.ts",
		vfile: "./src/core/parse/vfile.ts",
		fault: "./src/core/parse/fault.ts",
	},
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
} else {
	await context.watch();
}
