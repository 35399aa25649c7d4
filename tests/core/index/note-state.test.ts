// A note's kept-apart repeats (the same words answered again in the same form) are found by a look back
// over its places in small notes: it must agree with the map that first found them, on any note. Keys the
// parse cache kept are the ones builds use.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { indexedCopy, keptApartByMap, keptApartByScan, keysOf, noteData, rememberKeys } from "../../../src/core/index/note-state";
import { buildIndex } from "../../../src/core/index/question-index";
import { questionKey } from "../../../src/core/normalize";
import type { ExtractedQuestion } from "../../../src/core/types";

describe("keptApartByScan", () => {
	it("marks the places keptApartByMap marks", () => {
		// Few keys and forms, so repeats in every combination: answered or not, same form or another.
		const place = fc.record({ key: fc.constantFrom("如何复盘", "tcp", "why here"), form: fc.constantFrom("heading", "bold", "list"), answered: fc.boolean() });
		fc.assert(
			fc.property(fc.array(place, { maxLength: 40 }), (places) => {
				const questions = places.map((p) => ({ form: p.form, answered: p.answered }) as unknown as ExtractedQuestion);
				// The places in another order than the questions, as a note whose questions are not in line order.
				const order = places.map((_, i) => i).reverse();
				const keys = order.map((i) => places[i].key);
				expect(keptApartByScan(questions, order, keys)).toEqual(keptApartByMap(questions, order, keys));
			}),
			seeded({ numRuns: 500 }),
		);
	});
});

describe("noteData's plainFields", () => {
	const plain = (): ExtractedQuestion => ({
		text: "如何复盘？", form: "heading", line: 3, endLine: 3, answerLines: [4, 5], topic: "t", answerMarkdown: "先列时间线。",
		answered: true, parts: [], star: null,
	}) as unknown as ExtractedQuestion;

	it("holds only for exactly ExtractedQuestion's fields in their order", () => {
		expect(noteData([plain()], false).plainFields).toBe(true);
		const { star: _star, ...missing } = plain();
		const { text, ...rest } = plain();
		const moved = { ...rest, text };
		for (const q of [{ ...plain(), extra: 1 }, missing, moved]) expect(noteData([plain(), q as ExtractedQuestion], false).plainFields).toBe(false);
	});

	it("keeps a question's other fields in the index's copy", () => {
		const q = { ...plain(), extra: 1 } as ExtractedQuestion;
		const data = noteData([q], false);
		expect(indexedCopy(q, data.plainFields, "a.md", "k", "q1", true, null, [])).toMatchObject({ extra: 1, text: "如何复盘？", path: "a.md" });
	});
});

describe("remembered keys", () => {
	it("are the keys a build gives the questions (a warm start does not key its questions again)", () => {
		const q = (text: string, line: number): ExtractedQuestion => ({ text, form: "heading", line, endLine: line, answerLines: null, topic: [], answerMarkdown: "", answered: false, parts: { hint: "", answer: "", context: "" }, star: { situation: false, task: false, action: false, result: false } });
		const questions = [q("What is B?", 5), q("What is A?", 1)];
		rememberKeys(questions, ["kept b", "kept a"]);
		expect(keysOf(questions)).toEqual(["kept b", "kept a"]);
		const index = buildIndex([{ path: "n.md", questions, warnings: [] }]);
		expect(index.questions.map((x) => x.key)).toEqual(["kept a", "kept b"]);
		// Without remembered keys: questionKey's, whether or not a build has seen the questions.
		const fresh = [q("What is B?", 5), q("What is A?", 1)];
		expect(keysOf(fresh)).toEqual(fresh.map((x) => questionKey(x.text)));
		buildIndex([{ path: "n.md", questions: fresh, warnings: [] }]);
		expect(keysOf(fresh)).toEqual(fresh.map((x) => questionKey(x.text)));
	});
});
