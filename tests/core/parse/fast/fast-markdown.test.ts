// The fast reader gives the blocks remark gives, as far as the extractor reads them.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../../property-seed";
import { parseMarkdown } from "../../../../src/core/parse/remark-reader";
import { fastParseMarkdown } from "../../../../src/core/parse/fast/fast-markdown";
import { shiftLines } from "../../../../src/core/parse/fast/fast-inline";
import { blockView } from "./mdast-view";
import { hardNote, markSoup } from "./hard-notes";

const same = (text: string): void => {
	const fast = fastParseMarkdown(text);
	expect(fast, JSON.stringify(text)).not.toBeNull();
	if (!fast) return;
	expect(blockView(fast.children as never, text), JSON.stringify(text)).toEqual(blockView(parseMarkdown(text).children as never, text));
};

describe("the fast Markdown reader against remark", () => {
	it("reads random notes of hard constructs as remark does", () => {
		fc.assert(fc.property(hardNote(), same), seeded({ numRuns: 300 }));
	});

	// micromark reads a line that does not continue an open quote or list item (a lazy line) by rules
	// commonmark.js does not have: indented code there goes after the containers and ends on that line;
	// a lone HTML tag (which cannot end a paragraph) ends one there, inside the containers, unless
	// it is the text's last line.
	it("reads lazy lines of indented code and lone HTML tags as remark does", () => {
		const lazy = [
			"> a\n>\n    code", "> a\n>\n    code\n    more", "> a\n>\n    code\n\n    more", "> - a\n>\n    code\n    more",
			">     code\n    more\n2. x", "> a\n>\n    code\n2. x", "> a\n>\n    code\n-", "# h\n    code\n    more",
			"> a\n<span>\nx", "- a\n<span>\nx", "> a\n</span>\nx", "> a\n<span>", "> a\n<span>\n", "> a\n<span>\n\nx",
			"> a\n<span>\n> x\ny", "> a\n<span>\n> - x", "> > a\n> <span>\n> x", "> > a\n> <span>\nx", "> a\n<span>\n>\nx",
			"> a\n<span>\n    x", "- a\n<span>\n  x", "> a\n<span>\n<div>", '- a\n  > b\n<a href="x">\n  y', "> a\n<span>\n```\nx",
			"> a\n<div>\nx", "> a\n<!--\nx\n-->\ny",
			// (An empty item a blank line ended: micromark holds it open to the next line, which is lazy.)
			"2) \n    \n    <span>\n- ", "1. \n\n\t<span>\n    <span>", "> 1. \n>\n    code\n    more",
		];
		for (const text of lazy) same(text);
	});

	// Found by `npm run fuzz` (seed 540104831): "+ [a]\n      <![CDATA[\n\t\t]]>". After a line ending, raw
	// HTML drops three of micromark's white-space codes: a tab is one code and each column it fills after
	// it another, counted from the tab's own column in the note, past what the containers took.
	// micromark ends a processing instruction at the first `>` after its `<?`: in `<?>` the `?` is both.
	it("ends an HTML block opened by `<?` on its first line when `>` follows the `?` at once", () => {
		for (const text of ["<?>*\n*\n", "<?>\nx", "- <?>\n  y", "> <?>\n> *", "<?x?>\ny", "<?\n?>\nz", "<?>?\n-"]) same(text);
	});

	it("keeps the white space raw HTML keeps after a line ending, under containers and tabs", () => {
		const ws = ["", " ", "  ", "   ", "    ", "\t", " \t", "  \t", "   \t", "\t ", "\t  ", "\t\t", " \t\t", "  \t\t", "\t   \t", "  \t  "];
		const firsts = ["[a]", "+ [a]", "+  [a]", "1. [a]", "> [a]", ">[a]", "- > [a]"];
		const conts = ["", " ", "  ", "   ", "\t", " \t", "  \t", "\t\t", ">", "> ", ">\t", "   >", " \t>"];
		for (const f of firsts) for (const c of conts) for (const w of ws) same(`${f} <![CDATA[\n${c}${w}]]> x <b\n${w}c="d">`);
	});

	it("reads random runs of block markers and brackets as remark does", () => {
		fc.assert(fc.property(markSoup(), same), seeded({ numRuns: 1000 }));
	});

	it("reads every random note itself (never leaves one to remark)", () => {
		fc.assert(fc.property(hardNote(), (text) => {
			expect(fastParseMarkdown(text), JSON.stringify(text)).not.toBeNull();
		}), seeded({ numRuns: 300 }));
	});

	// The simple inline reader keeps its `*` runs in arrays of 64 to start with, made larger when needed.
	it("reads a paragraph of more star runs than 64 as remark does", () => {
		same(`Q ${"**粗体** *斜* 字 ".repeat(40)}\nnext **line *deep* here** end\n`);
		same(`- ${Array.from({ length: 50 }, (_, i) => `**b${i}** *e${i}*`).join(" ")}\n`);
	});

	// (Found by `npm run fuzz`.) A blank line in a list item gives up only the item's indent: an
	// HTML block that runs on past blank lines keeps the white space beyond it.
	it("keeps the white space past a list item's indent in an HTML block's blank line", () => {
		for (const text of ["1. <![CDATA[\n\t", "+ <![CDATA[\n      ", "> - <!--\n>      \n> x -->", "- <?php\n\n     \n  ?>", "- <div>\n     \n"]) {
			expect(fastParseMarkdown(text), JSON.stringify(text)).not.toBeNull();
			same(text);
		}
	});
});

type Lined = { type: string; position?: { start: { line: number }; end: { line: number } }; children?: Lined[] };

/** Every node's type and lines, inline nodes too. */
const allLines = (n: Lined): unknown => [n.type, n.position?.start.line, n.position?.end.line, (n.children ?? []).map(allLines)];

describe("a fast tree moved to other lines", () => {
	// Nodes on the same lines share a span: moving each of them would move that span twice.
	it("reads, moved block by block as the parse memo moves a piece, as it reads at its new place", () => {
		fc.assert(
			fc.property(hardNote(), fc.integer({ min: 1, max: 50 }), (text, by) => {
				const here = fastParseMarkdown(text);
				const there = fastParseMarkdown(text, by);
				if (!here || !there) return;
				for (const b of here.children) shiftLines(b, by);
				expect(here.children.map((b) => allLines(b as Lined))).toEqual(there.children.map((b) => allLines(b as Lined)));
			}),
			seeded({ numRuns: 200 }),
		);
	});
});

// A paragraph's or heading's inline nodes are read when first asked for (lazy-inline.ts): moved before
// that, a node reads them at its new place; moved after, they move with it.
describe("a fast tree moved twice, some inline nodes read in between", () => {
	it("reads as a tree read at its final place", () => {
		fc.assert(
			fc.property(hardNote(), fc.integer({ min: -20, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 2, max: 4 }), (text, first, second, every) => {
				const here = fastParseMarkdown(text, 30);
				const there = fastParseMarkdown(text, 30 + first + second);
				for (const b of here.children) shiftLines(b, first);
				here.children.forEach((b, i) => {
					if (i % every === 0) allLines(b);
				});
				for (const b of here.children) shiftLines(b, second);
				expect(here.children.map((b) => allLines(b as Lined))).toEqual(there.children.map((b) => allLines(b as Lined)));
			}),
			seeded({ numRuns: 200 }),
		);
	});
});

describe("a fast tree's positions", () => {
	type Pos = { line: number; column: number; offset?: number };
	type Positioned = { position?: { start: Pos; end: Pos }; children?: Positioned[] };
	const points = (n: Positioned, into: Pos[]): Pos[] => {
		if (n.position) into.push(n.position.start, n.position.end);
		for (const c of n.children ?? []) points(c, into);
		return into;
	};
	// Points of inline and nested nodes keep only their line; column and offset still read as numbers
	// (remark's own nodes, for inline markup it reads, have theirs).
	it("read a line, a column and an offset at every point", () => {
		fc.assert(
			fc.property(hardNote(), (text) => {
				const tree = fastParseMarkdown(text);
				if (!tree) return;
				for (const p of points(tree, [])) expect([p.line >= 1, p.column >= 1, (p.offset ?? -1) >= 0]).toEqual([true, true, true]);
			}),
			seeded({ numRuns: 100 }),
		);
	});
});

describe("a fast tree's children", () => {
	type Parent = { type: string; children?: Parent[] };
	const arrays = (n: Parent, into: unknown[][]): unknown[][] => {
		if (n.children) {
			into.push(n.children);
			for (const c of n.children) arrays(c, into);
		}
		return into;
	};
	// Paragraphs and headings start with one shared frozen array until their inline nodes are read.
	it("are arrays of their own a caller may change", () => {
		fc.assert(
			fc.property(hardNote(), (text) => {
				const tree = fastParseMarkdown(text);
				if (!tree) return;
				expect(arrays(tree, []).filter((a) => Object.isFrozen(a))).toEqual([]);
			}),
			seeded({ numRuns: 100 }),
		);
		const empty = fastParseMarkdown("#\n\n## ##\n\n> - ###\n\ntext\n");
		expect(empty && arrays(empty, []).filter((a) => Object.isFrozen(a))).toEqual([]);
	});
});
