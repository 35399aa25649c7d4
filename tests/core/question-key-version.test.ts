// The parse cache keeps each question's key under QUESTION_KEY_VERSION and a warm start uses it as it is.
// So any change of what questionKey gives must come with a new version: this fingerprints questionKey on
// texts made here (no parser, no files: only a change of the key function moves the fingerprint).
import { describe, expect, it } from "vitest";
import { QUESTION_KEY_VERSION, questionId, questionKey } from "../../src/core/normalize";

/** Pieces keys are made of and stripped of: markup, numbering, notes, punctuation, small words, CJK, white space. */
const PIECES = [
	"**", "__", "~~", "==", "*", "_", "`", "[[", "]]", "|", "#", "![[a.png]]", "[link](http://x.y/(z))", "<b>", "</b>", "<!-- c -->",
	"1. ", "[ ] ", "[x] ", "[X] ", "3.2 ", "一、", "（二）", "问题1：", "Q3: ", "Question 2: ", "第三题：", "#12 ", "(note)", "（补充）",
	"什么", "是", "的", "如何", "为什么", "你", "项目", "？", "?", "，", ",", "。", "！", "：", ":", "、",
	"What", "is", "the", "a", "an", "of", "Why", "do", "you", "HTTP", "Ｈｅｌｌｏ", "ﬁ", "Ⅻ", "São", "naïve",
	" ", "  ", "\t", "\u3000", "\u00a0", "\u200b", "\u200d", "👩‍💻", "😀", "-", "—", "/", "'", "\"", "123", "４５",
];

/** A fixed sequence of texts (a small LCG: the same on every machine and every version of the test tools). */
function texts(count: number): string[] {
	let seed = 20_260_601;
	const next = (n: number): number => {
		seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
		return (seed >>> 8) % n;
	};
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		let t = "";
		for (let k = 1 + next(12); k > 0; k--) t += PIECES[next(PIECES.length)];
		out.push(t);
	}
	return out;
}

/**
 * The key function's fingerprint recorded with each version, on these pieces (version 2 added the task
 * checkboxes to them: on version 1's function they give q2mnuxf9erisif, so the change shows).
 */
const FINGERPRINTS: Record<number, string> = { 2: "q19fc1u94g5537" };

describe("QUESTION_KEY_VERSION", () => {
	it("names the key function that made the fingerprint recorded for it (changed keys: a new version and its fingerprint)", () => {
		const keys = texts(5000).map(questionKey);
		expect(new Set(keys).size).toBeGreaterThan(2000);
		expect(questionId(keys.join("\n")), "questionKey changed: bump QUESTION_KEY_VERSION in src/core/normalize.ts and record its fingerprint here").toBe(FINGERPRINTS[QUESTION_KEY_VERSION]);
	});
});
