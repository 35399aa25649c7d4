// The named-entity stand-in is the one that changes what the parser gives: it knows the names notes use
// and leaves every other name as written (`&eacute;` stays text), as CommonMark does for names it does not know.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shimPaths } from "../../shims/aliases.mjs";
import { characterEntities } from "../../node_modules/character-entities/index.js";
import { decodeNamedCharacterReference as realDecode } from "../../node_modules/decode-named-character-reference/index.js";
import { decodeNamedCharacterReference as shippedDecode } from "../../shims/named-entities";
import { inlineText } from "../../src/core/parse/mdast-text";

type Markdown = typeof import("../../src/core/parse/remark-reader");

const realNames = Object.keys(characterEntities);
const shippedNames = realNames.filter((n) => shippedDecode(n) !== false);

const dir = mkdtempSync(join(tmpdir(), "named-entities-"));
let shipped: Markdown;
/** The plugin's Markdown reader bundled as main.js bundles it, with every stand-in. */
beforeAll(async () => {
	const outfile = join(dir, "markdown.cjs");
	await build({
		entryPoints: [resolve("src/core/parse/remark-reader.ts")],
		bundle: true, format: "cjs", platform: "neutral", mainFields: ["module", "main"], conditions: ["import", "default"],
		alias: shimPaths(), outfile, logLevel: "silent",
	});
	shipped = createRequire(import.meta.url)(outfile) as Markdown;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of a one-paragraph note as main.js's parser reads it. */
function paragraphText(markdown: string): string {
	const p = shipped.parseMarkdown(markdown).children[0];
	if (p?.type !== "paragraph") throw new Error(`not a paragraph: ${markdown}`);
	return inlineText(p.children);
}

describe("named-entities stand-in", () => {
	it("decodes every name it knows to exactly what the real package gives, and knows no name the real one does not", () => {
		for (const name of shippedNames) expect(shippedDecode(name), name).toBe(realDecode(name));
		// A name outside the real table is never decoded (no typo'd or invented entity).
		for (const name of ["Amp", "nbs", "copyright", "eur", "hearts;"]) expect(shippedDecode(name), name).toBe(false);
	});

	it("knows the punctuation, arrows, symbols and Greek letters notes use", () => {
		const common = ["amp", "lt", "gt", "quot", "apos", "nbsp", "copy", "reg", "trade", "hellip", "mdash", "ndash", "lsquo", "rsquo", "ldquo", "rdquo",
			"middot", "bull", "times", "divide", "deg", "plusmn", "larr", "rarr", "rArr", "le", "ge", "ne", "asymp", "infin", "euro", "yen", "alpha", "pi", "Delta", "check"];
		for (const name of common) expect(shippedDecode(name), name).toBe(realDecode(name));
	});

	it("leaves the other names undecoded where the real package decodes them (accented letters among them)", () => {
		const dropped = ["eacute", "Aacute", "uuml", "ccedil", "ntilde", "notin", "forall", "nabla", "spades", "clubs", "Omicron", "zeta"];
		for (const name of dropped) {
			expect(realDecode(name), name).not.toBe(false);
			expect(shippedDecode(name), name).toBe(false);
		}
		// A small table on purpose: under a twentieth of the real one's 2,000-odd names.
		expect(realNames.length).toBeGreaterThan(2000);
		expect(shippedNames.length).toBeLessThan(realNames.length / 20);
	});

	it("takes no property of Object's prototype for an entity", () => {
		for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", ""]) expect(shippedDecode(name), name).toBe(false);
	});

	it("in a note: a known name becomes its character, an unknown one stays as written", () => {
		expect(paragraphText("&copy; 2024 &mdash; caf&eacute; &amp; 5 &le; 6")).toBe("© 2024 — caf&eacute; & 5 ≤ 6");
		// Numeric references never reach the table: all of them decode.
		expect(paragraphText("caf&#233; &#x4E2D;")).toBe("café 中");
	});
});
