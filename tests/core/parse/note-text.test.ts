// A note's lines read by character codes must read as the patterns they stand for read the line.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { isBlankOrRuleLine, lineText, type NoteText } from "../../../src/core/parse/note-text";

function noteOf(text: string): NoteText {
	const starts = [0];
	for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
	return { text, masked: text, starts };
}

const BLANKISH = /^[\s>]*$/;
const RULE = /^\s*(?:([-*_])\s*){3,}$/;

describe("blank or rule lines", () => {
	it("reads each line as /^[\\s>]*$/ or a thematic break's pattern reads it, and past the end as blank", () => {
		const chars = fc.constantFrom(" ", "\t", ">", "-", "*", "_", "x", "我", "\u3000", "\u00a0", "\u2028", "\r", "\n", "=", "+");
		fc.assert(
			fc.property(fc.array(chars, { maxLength: 24 }).map((c) => c.join("")), (text) => {
				const note = noteOf(text);
				for (let n = 0; n <= note.starts.length + 1; n++) {
					const l = lineText(text, note, n);
					expect(isBlankOrRuleLine(text, note, n), JSON.stringify([text, n])).toBe(BLANKISH.test(l) || RULE.test(l));
				}
			}),
			seeded({ numRuns: 3000 }),
		);
	});

	it("tells rules and blank quote lines from text", () => {
		const text = "> \n- - -\n**\n> ---\n___ \nA\n  \n";
		const note = noteOf(text);
		expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => isBlankOrRuleLine(text, note, n))).toEqual([true, true, false, false, true, false, true, true]);
	});
});
