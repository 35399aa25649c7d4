// paragraphLines: a paragraph's inline nodes by note line. One-line paragraphs take a shortcut (their
// own nodes); these pin down which paragraphs are not one line although no text holds a line ending.
import { describe, expect, it } from "vitest";
import type { Paragraph } from "mdast";
import { inlineText, paragraphLines } from "../../../src/core/parse/mdast-text";
import { parseMarkdown } from "../../../src/core/parse/remark-reader";

function linesOf(markdown: string): { line: number; text: string }[] {
	const p = parseMarkdown(markdown).children[0] as Paragraph;
	return paragraphLines(p).map((l) => ({ line: l.line, text: inlineText(l.nodes) }));
}

describe("paragraphLines", () => {
	it("reads a one-line paragraph as one line of its own nodes", () => {
		const p = parseMarkdown("**问题1：**为什么离职？").children[0] as Paragraph;
		const lines = paragraphLines(p);
		expect(lines).toHaveLength(1);
		expect(inlineText(lines[0].nodes)).toBe("问题1：为什么离职？");
		expect(lines[0].line).toBe(1);
	});

	it("splits soft and hard line breaks", () => {
		expect(linesOf("Q: why?\nA: because")).toEqual([{ line: 1, text: "Q: why?" }, { line: 2, text: "A: because" }]);
		expect(linesOf("**问题**  \n答案")).toEqual([{ line: 1, text: "问题" }, { line: 2, text: "答案" }]);
	});

	it("puts a node that starts on a later line on that line, when a code span carried the line over", () => {
		// The code span holds the line ending: no text node has one.
		expect(linesOf("`a\nb` **Q: why?**")).toEqual([{ line: 1, text: "a\nb" }, { line: 2, text: " Q: why?" }]);
	});
});
