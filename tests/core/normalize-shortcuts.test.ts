// stripMarkup skips its patterns on text that none of them can change (most lines): the shortcut
// must give what the patterns give. The patterns are made to run by a prefix they remove whole (an
// HTML tag) before the same text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stripMarkup, stripNumbering } from "../../src/core/normalize";

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

	it("keeps plain lines as they are, trimmed", () => {
		expect(stripMarkup("  如何处理客户投诉？ ")).toBe("如何处理客户投诉？");
		expect(stripMarkup("Tell me about a time")).toBe("Tell me about a time");
		expect(stripMarkup("a  b")).toBe("a b");
		expect(stripNumbering(" 为什么选择这个岗位？")).toBe("为什么选择这个岗位？");
	});
});
