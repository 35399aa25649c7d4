// answerParts reads quote lines and the text besides labels by character codes and by gaps: the
// same answers as the patterns it replaced (`/^\s*>/` per line, one letter test over the joined gaps).
import { describe, expect, it } from "vitest";
import { answerParts } from "../../../src/core/parse/answer-parts";
import { isJsSpace } from "../../../src/core/js-space";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const labels = DEFAULT_SETTINGS.labels;

describe("answer parts", () => {
	it("isJsSpace is JavaScript's \\s on every UTF-16 unit", () => {
		const differ: number[] = [];
		for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
		expect(differ).toEqual([]);
	});

	it("a line opened by any white space and then '>' is the spoken answer; other marks before it are not", () => {
		for (const lead of ["", "  ", "\t", "\u3000", "\u00a0", "\ufeff", "\u2003"]) {
			const r = answerParts(`思路在前\n${lead}> 我会先列出时间线。`, labels, "hint");
			expect(r.parts.answer, JSON.stringify(lead)).toBe(`${lead}> 我会先列出时间线。`.trim());
			expect(r.parts.hint).toBe("思路在前");
		}
		for (const lead of ["\u200b", "x", "-"]) {
			const r = answerParts(`思路在前\n${lead}> 我会先列出时间线。`, labels, "hint");
			expect(r.parts.answer, JSON.stringify(lead)).toBe("");
		}
	});

	it("has text when any gap between labels holds a letter or digit, the last one too", () => {
		expect(answerParts("**思路**：\n**示范回答**：", labels, "answer").hasText).toBe(false);
		expect(answerParts("**思路**：\n**示范回答**：42", labels, "answer").hasText).toBe(true);
		expect(answerParts("先说结论\n**思路**：\n**示范回答**：", labels, "answer").hasText).toBe(true);
		expect(answerParts("**思路**： —— \n**示范回答**：……", labels, "answer").hasText).toBe(false);
		// Labels alone, with a placeholder: text, but no answer of the note's own.
		const todo = answerParts("**思路**：\n**示范回答**：（待补充）", labels, "answer");
		expect(todo.hasText).toBe(true);
		expect(todo.answered).toBe(false);
	});
});
