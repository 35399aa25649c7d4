// stripMarkup skips its patterns on text that none of them can change (most lines): the shortcut
// must give what the patterns give. The patterns are made to run by a prefix they remove whole (an
// HTML tag) before the same text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stripMarkup, stripNumbering } from "../../src/core/normalize";
import { referenceStripMarkup, referenceStripNumbering } from "./normalize.reference";

/** Characters the patterns look at, and plain ones beside them. */
const CHARS = [..."ab Q问题第一（(#1０:：.、*_~=`<>[]!()|\t\n\u00a0\u3000\u200b\u200d\ufeff👩💻你？"];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((cs) => cs.join(""));

describe("normalize shortcuts", () => {
	it("stripMarkup of any text is what its patterns make of it", () => {
		fc.assert(
			fc.property(text, (t) => {
				expect(stripMarkup(t)).toBe(stripMarkup("<b></b>" + t));
			}),
			{ seed: 16, numRuns: 3000 },
		);
	});

	// Pieces the link and numbering patterns start or end with, so they meet often.
	const PIECES = [...CHARS, "[[", "]]", "](", "![", "![[", "[a](b)", "|", "#", "Question", "问题", "题目", "面试题", "第二题", "2.", "3)", "１、", "（二）", " ", "个", "x"];
	const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((cs) => cs.join(""));

	it("stripMarkup gives what every pattern run in order gives", () => {
		fc.assert(
			fc.property(pieces, (t) => {
				expect(stripMarkup(t)).toBe(referenceStripMarkup(t));
			}),
			{ seed: 1606, numRuns: 4000 },
		);
		expect(stripMarkup("**[[a|b]]** 和 [c](d)？")).toBe("b 和 c？");
	});

	it("stripNumbering tries only the patterns its text starts like, and gives what all of them give", () => {
		fc.assert(
			fc.property(pieces, (t) => {
				expect(stripNumbering(t)).toBe(referenceStripNumbering(t));
			}),
			{ seed: 1607, numRuns: 4000 },
		);
		expect(stripNumbering("问题2：第三题：1. 为什么？")).toBe(referenceStripNumbering("问题2：第三题：1. 为什么？"));
	});

	it("keeps plain lines as they are, trimmed", () => {
		expect(stripMarkup("  如何处理客户投诉？ ")).toBe("如何处理客户投诉？");
		expect(stripMarkup("Tell me about a time")).toBe("Tell me about a time");
		expect(stripMarkup("a  b")).toBe("a b");
		expect(stripNumbering(" 为什么选择这个岗位？")).toBe("为什么选择这个岗位？");
	});
});
