// Ready questions (the parse cache's decoded questions, made in the index's shape): the first build that
// indexes one under its path and key takes the object itself instead of a copy. Builds must give exactly
// what a fresh build of plain questions gives, and an index once built must never change afterwards
// (views keep reading it while later builds take, copy or regroup the same questions).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { IndexBuilder, readyQuestion } from "../../../src/core/index/question-index";
import { questionKey } from "../../../src/core/normalize";
import { referenceIndex } from "./question-index.reference";
import { arbQuestion, plain, toNote } from "./index-fixtures";
import type { ExtractedQuestion, ParsedNote } from "../../../src/core/types";

const COMMON = 4;
const path = (i: number) => `n${String(i).padStart(2, "0")}.md`;

/** How a note's questions come: parsed, decoded from the cache, or decoded with a key another function made. */
type Made = "parsed" | "ready" | "staleKey";
const MADE: Made[] = ["parsed", "ready", "staleKey"];

function made(how: Made, p: string, questions: readonly ExtractedQuestion[]): ExtractedQuestion[] {
	if (how === "parsed") return questions.map((q) => ({ ...q }));
	return questions.map((q) =>
		readyQuestion(q.text, q.form, q.line, q.endLine, q.answerLines, q.topic, q.answerMarkdown, q.answered, q.parts, q.star, p, how === "ready" ? questionKey(q.text) : `${questionKey(q.text)}x`),
	);
}

/** The notes as plain parsed notes (ExtractedQuestion's fields only), for the reference. */
const asParsed = (notes: ParsedNote[]): ParsedNote[] =>
	notes.map((n) => ({ ...n, questions: n.questions.map(({ text, form, line, endLine, answerLines, topic, answerMarkdown, answered, parts, star }) => ({ text, form, line, endLine, answerLines, topic, answerMarkdown, answered, parts, star })) }));

describe("ready questions", () => {
	it("build as plain questions do, after any edits, renames and rebuilds, and no index changes once built", () => {
		const arbEdit = fc.record({ at: fc.nat(), kind: fc.constantFrom("replace", "reload", "rename"), made: fc.constantFrom(...MADE), questions: fc.array(arbQuestion, { maxLength: 4 }) });
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...MADE), fc.array(arbQuestion, { maxLength: 4 })), { minLength: 6, maxLength: 24 }),
				fc.array(fc.array(arbEdit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
				(start, rounds) => {
					const notes = start.map(([how, qs], i) => toNote({ path: path(i), questions: made(how, path(i), qs) }));
					const builder = new IndexBuilder({ commonBigram: COMMON });
					const built: { index: ReturnType<IndexBuilder["build"]>; was: string }[] = [];
					const check = (): void => {
						const index = builder.build(notes);
						expect(plain(index)).toEqual(plain(referenceIndex(asParsed(notes), COMMON)));
						built.push({ index, was: JSON.stringify([index.questions, index.gaps]) });
						for (const b of built) expect(JSON.stringify([b.index.questions, b.index.gaps])).toBe(b.was);
					};
					check();
					for (const edits of rounds) {
						for (const e of edits) {
							const at = e.at % notes.length;
							const was = notes[at];
							// New questions; the same ones decoded again (as a new start of the index would); or the same
							// question objects under a new path (a rename keeps them).
							if (e.kind === "replace") notes[at] = toNote({ path: was.path, questions: made(e.made, was.path, e.questions) });
							else if (e.kind === "reload") notes[at] = toNote({ path: was.path, questions: made(e.made, was.path, asParsed([was])[0].questions) });
							else if (!notes.some((n) => n.path === `${was.path}.moved`)) notes[at] = { ...was, path: `${was.path}.moved` };
						}
						check();
					}
					// A second builder over the same (now taken) questions builds the same index too.
					expect(plain(new IndexBuilder({ commonBigram: COMMON }).build(notes))).toEqual(plain(builder.build(notes)));
				},
			),
			seeded({ numRuns: 150 }),
		);
	});

	it("are taken by the first build, not copied; one made for another path or key is copied", () => {
		const q: ExtractedQuestion = { text: "如何处理客户投诉？", form: "heading", line: 1, endLine: 2, answerLines: null, topic: [], answerMarkdown: "", answered: false, parts: { hint: "", answer: "", context: "" }, star: { situation: false, task: false, action: false, result: false } };
		const ready = made("ready", "a.md", [q])[0];
		const elsewhere = made("ready", "c.md", [q])[0];
		const stale = made("staleKey", "b.md", [q])[0];
		const index = new IndexBuilder().build([toNote({ path: "a.md", questions: [ready] }), toNote({ path: "b.md", questions: [stale] }), toNote({ path: "d.md", questions: [elsewhere] })]);
		expect(index.questions[0]).toBe(ready);
		expect(index.questions[1]).not.toBe(stale);
		expect(index.questions[1].key).toBe(questionKey(q.text));
		expect(index.questions[2]).not.toBe(elsewhere);
		expect(index.questions[2].path).toBe("d.md");
	});
});
