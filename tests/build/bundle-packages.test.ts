// What main.js ships: remark (unified, remark-*, micromark, mdast-util-from-markdown) is the reference
// reader of the tests, the CLI and the bench, not the plugin's. The bundle is built as main.js is
// (the production esbuild options, entry main.ts) and its metafile lists the packages it holds.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { ESBUILD_OPTIONS } from "../../scripts/build-options.mjs";

/** The parser's packages: none may ship. */
const PARSER = /^(unified|remark(-.+)?|micromark(-.+)?|mdast-util-(from-markdown|frontmatter))$/;

/** Small utilities of the parser family the fast readers may use (a label's normal form, escapes and character references decoded). */
const ALLOWED = new Set(["micromark-util-normalize-identifier", "micromark-util-decode-string", "micromark-util-decode-numeric-character-reference", "decode-named-character-reference"]);

/** The node_modules packages with a file in main.ts's production bundle (the last node_modules folder of each input names it). */
async function bundledPackages(): Promise<string[]> {
	const { metafile } = await build({ ...ESBUILD_OPTIONS, entryPoints: ["main.ts"], write: false, metafile: true, minify: true, logLevel: "silent" });
	const names = new Set<string>();
	for (const input of Object.keys(metafile.inputs)) {
		const m = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
		if (m) names.add(m[1]);
	}
	return [...names].sort();
}

describe("main.js", () => {
	it("ships none of remark's parser packages (only the small utilities allowed)", async () => {
		const packages = await bundledPackages();
		console.log(`main.js holds: ${packages.join(", ")}`);
		expect(packages.filter((p) => PARSER.test(p) && !ALLOWED.has(p))).toEqual([]);
	}, 60_000);
});
