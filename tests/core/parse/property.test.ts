import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { parseNote } from "../../../src/core/parse/parse-note";
import { OPTS } from "./helpers";

// Pieces people (and broken files) put in notes, glued at random.
const piece = fc.oneof(
	fc.constantFrom(
		"# ", "## ", "###### ", "- ", "1. ", "    ", "> ", "> [!question] ", "**", "__", "*", "`", "```", "~~~", "---", "%%", "<!--", "-->",
		"？", "?", "：", ":", "Q: ", "A: ", "问：", "答：", "**问题1：", "思路：", "**示范回答**：", "情境：", "S: ", "[[hub]]", "![[x|y]]",
		"\n", "\r\n", "\r", "\n\n", "\t", "\ufeff", "\u0000", "😀", "👩‍💻", "如何处理客户投诉", "Tell me about a time", "（补充）", "---\ntitle: x\n---\n",
	),
	fc.string({ maxLength: 12 }),
	fc.string({ unit: "grapheme", maxLength: 8 }),
);
const markdown = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));
const deep = fc.integer({ min: 1, max: 20 }).map((n) => Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}- ${"> ".repeat(i % 5)}问题${i}？`).join("\n"));

function lineCount(text: string): number {
	return text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/).length;
}

describe("parseNote on any text", () => {
	it("never throws and keeps every line number inside the note", () => {
		fc.assert(
			fc.property(fc.oneof(markdown, deep), (text) => {
				const n = parseNote("x.md", text, OPTS);
				const last = lineCount(text);
				for (const q of n.questions) {
					expect(q.text.trim()).not.toBe("");
					expect(q.line).toBeGreaterThanOrEqual(1);
					expect(q.endLine).toBeGreaterThanOrEqual(q.line);
					expect(q.endLine).toBeLessThanOrEqual(last);
					if (q.answerLines) {
						expect(q.answerLines.start).toBeGreaterThan(q.line - 1);
						expect(q.answerLines.end).toBeLessThanOrEqual(last);
						expect(q.answerLines.start).toBeLessThanOrEqual(q.answerLines.end);
					}
				}
			}),
			seeded({ numRuns: 200 }),
		);
	});

	it("survives input that is not a string", () => {
		const n = parseNote("x.md", undefined as unknown as string, OPTS);
		expect(n.questions).toEqual([]);
	});
});
