import esbuild from "esbuild";
import process from "node:process";
import builtins from "node:module";

const prod = process.argv[2] === "production";

const context = await esbuild.context({
	banner: { js: "/* Interview Prep — bundled by esbuild. Source: main.ts and src/ */" },
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
	// The full HTML entity table (35 KB) for a few names notes use: see src/core/parse/named-entities.ts.
	alias: { "decode-named-character-reference": "./src/core/parse/named-entities.ts" },
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
} else {
	await context.watch();
}
