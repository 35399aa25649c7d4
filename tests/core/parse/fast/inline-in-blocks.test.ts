// Inline markup inside quotes, list items, headings and lazy lines, over several lines: the fast
// reader gives remark's blocks and inline nodes (what the extractor reads of them).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../../property-seed";
import { parseMarkdown } from "../../../../src/core/parse/remark-reader";
import { fastParseMarkdown } from "../../../../src/core/parse/fast/fast-markdown";
import { blockView } from "./mdast-view";
import { inlineParagraph } from "./inline-tokens";

const prefix = fc.constantFrom("", "", "> ", "- ", "1. ", "  ", "> - ", "- > ", "## ", "\t", ">\t", "-\t", "   ");
/** A block of inline markup: its lines each after a prefix (the same container, another one, or lazy). */
const block = fc.tuple(prefix, inlineParagraph(16), fc.array(prefix, { maxLength: 3 })).map(([first, text, more]) =>
	(first + text).split("\n").map((l, i) => (i === 0 ? l : (more[i % (more.length || 1)] ?? "") + l)).join("\n"),
);
const note = fc.array(fc.tuple(block, fc.constantFrom("\n", "\n\n", "\n===\n", "\n---\n")), { minLength: 1, maxLength: 6 }).map((bs) => bs.map(([b, sep]) => b + sep).join(""));

const same = (text: string): void => {
	const fast = fastParseMarkdown(text);
	if (!fast) return; // remark reads it
	expect(blockView(fast.children as never, text), JSON.stringify(text)).toEqual(blockView(parseMarkdown(text).children as never, text));
};

describe("inline markup in blocks", () => {
	it("reads as remark reads it", () => {
		fc.assert(fc.property(note, same), seeded({ numRuns: 1500 }));
	});

	// (Found by `npm run fuzz`.) A tab after `>` is partly the marker's: the spaces left of it are no
	// typed spaces, and a code span that ends on them keeps them.
	it("keeps a code span's spaces that are the rest of a tab", () => {
		for (const text of [">\t` *\n>\t`*\n", "[a](<b\n>)`\n===\n>\t`*\n", ">\t` *\n>\t `*\n", "1. ``\n\t  ``*\n", "- `\n\t  `*", "1. `\n\t `x"]) same(text);
	});

	// micromark reads U+0000 as U+FFFD, in text, code, headings and link definitions alike.
	it("reads a NUL character as remark does", () => {
		for (const text of ["a\u0000b *c* `x\u0000`", "[a\u0000]: /u\u0000\n\n[a\u0000]", "# h\u0000", "\u0000", "<a\u0000>x", "- \u0000\n> `\u0000`"]) same(text);
	});
});
