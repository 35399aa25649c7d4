// The one list of stand-ins: packages of the Markdown parser that main.js ships as small files of this
// folder instead (each file says why and what it keeps). esbuild.config.mjs, vitest.config.ts and the
// Node entry points (scan, star, demo, bench, through shims/register.mjs) all read it, so tests, the
// benchmark and the command lines run the parser main.js ships. tests/shims/ checks each against the real package.
import { fileURLToPath } from "node:url";

/** Package name → stand-in file in this folder. */
export const SHIMS = {
	"decode-named-character-reference": "named-entities.ts",
	"get-east-asian-width": "east-asian-width.ts",
	vfile: "vfile.ts",
	fault: "fault.ts",
};

/** Package name → absolute path of its stand-in. */
export function shimPaths() {
	return Object.fromEntries(Object.entries(SHIMS).map(([name, file]) => [name, fileURLToPath(new URL(file, import.meta.url))]));
}
