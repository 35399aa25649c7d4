// Lines that made one step of the parse take seconds (issue 20): no timings here, only the work
// one step may do (characters handed to the Markdown reader, yields per size) and the results.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { boundNesting, MAX_CONTAINERS_PER_LINE } from "../../src/core/parse/bound-lines";
import { cutPieces } from "../../src/core/parse/chunks";
import { parseNote, parseNoteSteps } from "../../src/core/parse/parse-note";
import { stripMarkup } from "../../src/core/normalize";
import { extractWikilinks } from "../../src/core/wikilinks";
import { OPTS } from "../core/parse/helpers";
import { HOSTILE_SHAPES } from "./hostile-notes";

/** Steps parseNoteSteps takes on a note. */
function steps(text: string): number {
	const g = parseNoteSteps("x.md", text, OPTS);
	let n = 0;
	while (!g.next().done) n++;
	return n;
}

describe("lists and quotes opened on one line", () => {
	it("more than the bound are cut down to it; the line's number and text stay", () => {
		const line = `${"- ".repeat(5000)}你为什么离职？`;
		const bounded = boundNesting(`# 标题\n${line}\n下一行`);
		const lines = bounded.split("\n");
		expect(lines).toHaveLength(3);
		expect(lines[1]).toBe(`${"- ".repeat(MAX_CONTAINERS_PER_LINE)}你为什么离职？`);
		expect(boundNesting(`${"> ".repeat(40)}x`)).toBe(`${"> ".repeat(MAX_CONTAINERS_PER_LINE)}x`);
		expect(boundNesting(`${"1. ".repeat(40)}x`)).toBe(`${"1. ".repeat(MAX_CONTAINERS_PER_LINE)}x`);
	});

	it("a line within the bound, and any line of ordinary notes, is left as it is", () => {
		const marker = fc.constantFrom("- ", "* ", "+ ", "> ", ">", "1. ", "2) ", "  ", "\t", "-", "**", "x ", "10. ");
		fc.assert(
			fc.property(fc.array(fc.array(marker, { maxLength: MAX_CONTAINERS_PER_LINE }).map((m) => m.join("") + "问题？"), { maxLength: 20 }), (lines) => {
				const text = lines.join("\n");
				expect(boundNesting(text)).toBe(text);
			}),
			seeded({ numRuns: 200 }),
		);
	});

	it("a question in a list nested 5,000 deep on one line is still found", () => {
		const qs = parseNote("x.md", `${"- ".repeat(5000)}你为什么离职？\n`, OPTS).questions;
		expect(qs.map((q) => [q.text, q.line])).toEqual([["你为什么离职？", 1]]);
	});
});

describe("each hostile shape is read in small steps", () => {
	for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
		it(`${name}: a 64 KB note takes a step at least every 16 KB, and parses without a warning`, () => {
			const text = make(64 * 1024);
			expect(steps(text)).toBeGreaterThanOrEqual(Math.floor(text.length / 16384));
			const n = parseNote("x.md", text, OPTS);
			expect(n.warnings).toEqual([]);
		});
	}

	it("a long line thick with brackets or stars is read as plain text in 4 KB parts; an ordinary long line is not", () => {
		const pieces = (text: string) => [...cutPieces(text, { chunkChars: 4096 }, [])];
		for (const text of ["[[".repeat(8000), "**a".repeat(4000), `# 标题\n\n${"[a](".repeat(3000)}\n\n正文`]) {
			const dense = pieces(text).filter((p) => p.plain);
			expect(dense.map((p) => p.end - p.start).reduce((a, b) => a + b)).toBe(Math.max(...text.split("\n").map((l) => l.length)));
			expect(Math.max(...dense.map((p) => p.end - p.start))).toBeLessThanOrEqual(4096);
		}
		const prose = `这是一段很长的记录，有**重点**和[[链接]]，${"没有提问，只是写下很多很多的文字，一直写下去。".repeat(5)}`.repeat(100);
		expect(pieces(prose).filter((p) => p.plain)).toEqual([]);
	});

	it("such a line with bold text at its end is read with no warning, and scan finds all its links", () => {
		const text = `## 索引\n\n${"[[笔记]]".repeat(500)}**你为什么离职？**\n`;
		const n = parseNote("x.md", text, OPTS);
		expect(n.warnings).toEqual([]);
		expect(extractWikilinks(text)).toHaveLength(500);
	});
});

describe("stripMarkup on hostile text", () => {
	it("keeps brackets, links and comments that never close as text, and strips the ones that do", () => {
		expect(stripMarkup("[[a]] [[b|c]] ![[d]] [e](f) ![g](h) <!-- i --> j")).toBe("a c e j");
		expect(stripMarkup(`${"[".repeat(1000)}[[x]]`)).toBe(`${"[".repeat(1000)}x`);
		expect(stripMarkup(`${"<!--".repeat(1000)}x`)).toBe(`${"<!--".repeat(1000)}x`);
		expect(stripMarkup(`${"[a](".repeat(1000)}b)`)).toBe(`${"[a](".repeat(999)}a`);
	});
});
