// The fast reader's link definitions are remark's: label, identifier, url and title decoded as
// micromark decodes them, on the same lines, and the text after them read as the same blocks.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../../property-seed";
import { parseMarkdown } from "../../../../src/core/parse/remark-reader";
import { fastParseMarkdown } from "../../../../src/core/parse/fast/fast-markdown";
import { readDefinitions } from "../../../../src/core/parse/fast/definitions";
import { blockView } from "./mdast-view";
import { hardNote, markSoup } from "./hard-notes";

type Any = { type: string; children?: Any[]; identifier?: string; label?: string; url?: string; title?: string | null; position?: { start: { line: number }; end: { line: number } } };

/** Every definition in a tree, in the order of the text: what a link to it reads. */
function definitions(nodes: readonly Any[], into: unknown[] = []): unknown[] {
	for (const n of nodes) {
		if (n.type === "definition") into.push({ identifier: n.identifier, label: n.label, url: n.url, title: n.title, lines: `${n.position?.start.line}-${n.position?.end.line}` });
		else if (n.children) definitions(n.children, into);
	}
	return into;
}

const sameDefinitions = (text: string): void => {
	const fast = fastParseMarkdown(text).children as Any[];
	const remark = parseMarkdown(text).children as Any[];
	expect(definitions(fast), JSON.stringify(text)).toEqual(definitions(remark));
	expect(blockView(fast as never, text), JSON.stringify(text)).toEqual(blockView(remark as never, text));
};

describe("link definitions read without remark", () => {
	it("read destinations as remark does: in brackets, raw with parentheses, escapes and entities decoded", () => {
		for (const text of [
			"[a]: /u", "[a]: <u v>", "[a]: <>", "[a]: <u\\>v> \"t\"", "[a]: <u\nv>", "[a]: <b>c", "[a]: /u(1(2))", "[a]: /u(1(2)", "[a]: /u\\(x",
			`[a]: /u${"(".repeat(40)}x${")".repeat(40)}`, "[a]: /u\u0001", "[a]: /a&amp;b\\*c&#0;&bogus;", "[a]: /é", "[a]:\t/u", "[a]:", "[a]: \"t\"",
			"[a]: /u\"t\"", "[a]:\n/u", "[a]:  \n  /u  \n  \"t\"  ", "[a]:\n\n/u",
		]) sameDefinitions(text);
	});

	it("read titles as remark does: three kinds, over lines, and one that fails", () => {
		for (const text of [
			"[a]: /u \"t\"", "[a]: /u 't'", "[a]: /u (t)", "[a]: /u (t(x)", "[a]: /u \"\"", "[a]: /u ()", "[a]: /u\t\"t\"", "[a]: /u\n\"t\"",
			"[a]: /u \"t\n   2\"", "[a]: /u\n\"t\n2\"", "[a]: /u \"t\" x", "[a]: /u\n\"t\" x", "[a]: /u\n\"t\n2\" x\ny", "[a]: /u \"t\"\"",
			"[a]: <u>\"t\"", "[a]: /u 't''", "[a]: /u \"&lt;\\\"q\\\" &#x110000; &copy\"", "[a]: /u\n\n\"t\"",
		]) sameDefinitions(text);
	});

	it("read labels as remark does: escapes, line breaks, case, at most 999 characters", () => {
		for (const text of [
			"[ ]: /u", "[\n]: /u", "[a\\]]: /u", "[\\[a]: /u", "[a]b]: /u", "[a[b]: /u", "[A  b\nc]: /u", "[a\n   b]: /u", "[ẞ]: /u", "[a&amp;b]: /u",
			`[${"x".repeat(999)}]: /u`, `[${"x".repeat(1000)}]: /u`, `[${"x".repeat(998)}\ny]: /u`, `[${"x".repeat(998)}\\]]: /u`,
		]) sameDefinitions(text);
	});

	it("read definitions one after another, and the paragraph or heading after them, as remark does", () => {
		for (const text of [
			"[a]: /u\n[b]: /v 't'\nx", "[a]: /u 't'\n[b]: /v\n'x'", "[a]: /u\n      [b]: /v\n  x", "  [a]: /u", "[a]: /u\nx\n===", "[a]: /u\nx\n---",
			"[a]: /u\n===", "[a]: /u\n---", "[a]: /u\n-\nx", "[a]: /u\n--\nx", "[a]: /u\n===\nx", "[a]: /u\n===\n===", "[a]: /u\n[b]: /v\n---",
			"> [a]: /u\n> ===\n> x", "- [a]: /u\n  ===\n  x", "[a]: /u\n\"t\n===", "[a]: /u\n<span>\n*x*", "[a]: /u\n    - *x*", "[a]: /u\n    # *x*",
			"[a]: /u\n    > *x*", "[a]: /u\n    ``` *x*", "[a]: /u\n2. *x*", "[a]: /u\n[a] and *[a]*", "x\n[a]: /u", "> [a]: /u\n[a]",
			"---\n[a]: /u\n    # *x*", "[a\\]]: /u\n[a\\]] x", "[A  b\nc]: /u\n[a b c] y",
		]) sameDefinitions(text);
	});

	it("reads the definitions of random notes as remark does", () => {
		fc.assert(fc.property(hardNote(), sameDefinitions), seeded({ numRuns: 300 }));
		fc.assert(fc.property(markSoup(), sameDefinitions), seeded({ numRuns: 1000 }));
	});

	// Each attempt reads on from where the last ended, and one that fails ends the reading.
	it("reads a block of many definitions, or of one long failed title, in linear time", () => {
		const many = Array.from({ length: 20_000 }, (_, i) => `[d${i}]: /u${i} "t${i}"`);
		const titled = ["[a]: /u", ...Array.from({ length: 20_000 }, () => "\"no end"), "x"];
		const t0 = performance.now();
		expect(readDefinitions(many, 1).definitions.length).toBe(20_000);
		expect(readDefinitions(titled, 1).restLine).toBe(2);
		expect(performance.now() - t0).toBeLessThan(2000);
	});
});
