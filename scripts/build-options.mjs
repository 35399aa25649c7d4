// The production build's options, one copy for esbuild.config.mjs and the bench's bundle of the
// parser (bench/bundled-core.ts), so the bench times what main.js ships.
import builtins from "node:module";
import { shimPaths } from "../shims/aliases.mjs";

/** esbuild options shared by main.js and the bench's bundle (entry, output and logging are each one's own). */
export const ESBUILD_OPTIONS = {
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
	treeShaking: true,
};

/**
 * A second minifier over esbuild's production output: two compress passes and top-level names.
 * Only options that keep behaviour (no "unsafe" ones). reduce_vars is off: it pasted single-use
 * helpers into their callers as functions called in place (a new closure at every call), which
 * halved parseNote's speed to save 8 KB (tests/build/minify-no-closures.test.ts).
 */
export const TERSER_OPTIONS = {
	ecma: 2020,
	compress: { passes: 2, toplevel: true, reduce_vars: false },
	mangle: { toplevel: true },
	format: { comments: false, ascii_only: false },
};
