// What the IndexBuilder tests share: questions built by hand, random questions whose keys repeat, overlap
// and become variants, and an index as plain data to compare with the reference's.
import fc from "fast-check";
import type { ExtractedQuestion, ParsedNote, QuestionIndex } from "../../../src/core/types";

// Few words, so keys repeat, overlap and become variants; small `commonBigram` so bigrams cross it.
export const WORDS = ["如何", "处理", "客户", "投诉", "你", "的", "需求", "压力", "应对", "工作", "中", "挫折", "tell", "me", "about", "team", "conflict"];
const FORMS = ["heading", "list", "bold"] as const;
export const question = (words: string[], line: number, answer: string, form: (typeof FORMS)[number]): ExtractedQuestion => ({
	text: words.join(words.some((w) => /[a-z]/.test(w)) ? " " : "") + "？",
	form,
	line,
	endLine: line + 1,
	answerLines: answer ? { start: line + 1, end: line + 1 } : null,
	topic: [],
	answerMarkdown: answer,
	answered: answer !== "",
	parts: { hint: "", answer, context: "" },
	star: { situation: false, task: false, action: false, result: false },
});
// Near-copies of a few phrases (a unit added or dropped), some with repeated bigrams, so pairs land on
// both sides of the variant threshold and equal-length pairs score differently in each order.
const BASES = [["甲", "乙", "丙", "丁", "戊", "己"], ["甲", "乙", "甲", "乙", "丙", "丁"], ["庚", "辛", "壬", "甲", "乙", "丙", "丁"], ["tell", "about", "team", "conflict"]];
const UNITS = ["甲", "乙", "丙", "辛", "team", "work"];
const arbWords = fc
	.record({
		base: fc.constantFrom(...BASES),
		edits: fc.array(fc.record({ at: fc.nat(), insert: fc.option(fc.constantFrom(...UNITS), { nil: undefined }) }), { maxLength: 2 }),
		random: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
		pickRandom: fc.boolean(),
	})
	.map((r) => {
		if (r.pickRandom) return r.random;
		const w = r.base.slice();
		for (const e of r.edits) {
			const at = e.at % (w.length + 1);
			if (e.insert !== undefined) w.splice(at, 0, e.insert);
			else if (w.length > 1) w.splice(at % w.length, 1);
		}
		return w;
	});
export const arbQuestion = fc
	.record({
		words: arbWords,
		line: fc.integer({ min: 1, max: 40 }),
		answer: fc.constantFrom("", "短。", "一段更长的回答。"),
		form: fc.constantFrom(...FORMS),
	})
	.map((r) => question(r.words, r.line, r.answer, r.form));
export const arbNote = fc.record({
	path: fc.constantFrom("a.md", "b.md", "c/d.md", "e.md", "f.md"),
	questions: fc.array(arbQuestion, { maxLength: 8 }),
});
export const toNote = (n: { path: string; questions: ExtractedQuestion[] }): ParsedNote => ({ ...n, warnings: [] });
// byId is a lookup (its insertion order means nothing): compared as id → question, sorted by id.
export const plain = (i: QuestionIndex) =>
	JSON.parse(JSON.stringify({ ...i, byId: [...i.byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) })) as unknown;

