// IndexBuilder after edits in a vault of many notes, given in the same order each time as the live index
// gives them: the build writes only the notes an edit touches (their parts of the questions and gaps,
// found through the notes holding each key) and must still give exactly what a fresh build gives.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { IndexBuilder } from "../../../src/core/index/question-index";
import { referenceIndex } from "./question-index.reference";
import { arbQuestion, plain, question, toNote } from "./index-fixtures";
import type { ExtractedQuestion, ParsedNote, QuestionIndex } from "../../../src/core/types";

const COMMON = 4;
const path = (i: number) => `n${String(i).padStart(3, "0")}.md`;
const same = (built: QuestionIndex, notes: ParsedNote[]) => expect(plain(built)).toEqual(plain(referenceIndex(notes, COMMON)));
const inNote = (idx: QuestionIndex, p: string) => idx.questions.filter((q) => q.path === p);

describe("IndexBuilder: edits among many notes give what a fresh build gives", () => {
	it("follows a chain of edits that add, drop and change questions, notes given out of path order", () => {
		const arbEdit = fc.record({
			at: fc.nat(),
			kind: fc.constantFrom("replace", "reparse", "warn"),
			questions: fc.array(arbQuestion, { maxLength: 5 }),
		});
		fc.assert(
			fc.property(
				fc.array(fc.array(arbQuestion, { maxLength: 4 }), { minLength: 12, maxLength: 40 }),
				fc.array(fc.array(arbEdit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
				fc.nat(),
				(start, rounds, shuffle) => {
					// Out of path order: the builder keeps where each given note sits in path order.
					const notes = start.map((questions, i) => toNote({ path: path((start.length - 1 - i + shuffle) % start.length), questions }));
					const builder = new IndexBuilder({ commonBigram: COMMON });
					same(builder.build(notes), notes);
					for (const edits of rounds) {
						for (const e of edits) {
							const at = e.at % notes.length;
							const was = notes[at];
							// A new parse with new questions, the same questions parsed again, or only new warnings.
							if (e.kind === "replace") notes[at] = toNote({ path: was.path, questions: e.questions });
							else if (e.kind === "reparse") notes[at] = toNote({ path: was.path, questions: was.questions.map((q) => ({ ...q })) });
							else notes[at] = { ...was, warnings: [...was.warnings, "slow"] };
						}
						same(builder.build(notes), notes);
					}
				},
			),
			seeded({ numRuns: 150 }),
		);
	});

	it("moves a group's canonical to another note when a question there joins it, and back", () => {
		const filler = Array.from({ length: 20 }, (_, i) => toNote({ path: path(i), questions: [question(["其他", "问题", String(i)], 1, i % 3 ? "" : "答。", "heading")] }));
		const far = toNote({ path: "z.md", questions: [question(["你", "为", "什", "么", "离", "职"], 1, "想离家近。", "heading")] });
		const notes = [...filler, far];
		const builder = new IndexBuilder({ commonBigram: COMMON });
		same(builder.build(notes), notes);
		const farId = inNote(builder.build(notes), "z.md")[0].id;

		// An unanswered variant in n003: it joins z.md's group, covered, no gap.
		const asked = [question(["其他", "问题", "3"], 1, "", "heading"), question(["你", "为", "什", "么", "要", "离", "职"], 5, "", "list")];
		notes[3] = toNote({ path: path(3), questions: asked });
		const joined = builder.build(notes);
		same(joined, notes);
		expect(inNote(joined, path(3))[1]).toMatchObject({ variantOf: farId, covered: true });
		expect(joined.gaps).not.toContain(inNote(joined, path(3))[1].id);

		// Answered at more length there: n003's question becomes the canonical, z.md's its variant.
		notes[3] = toNote({ path: path(3), questions: [asked[0], { ...asked[1], answered: true, answerMarkdown: "一段更长的回答，讲清楚原因。" }] });
		const moved = builder.build(notes);
		same(moved, notes);
		expect(inNote(moved, "z.md")[0].variantOf).toBe(inNote(moved, path(3))[1].id);

		// Dropped again: z.md's question stands alone as before.
		notes[3] = filler[3];
		const back = builder.build(notes);
		same(back, notes);
		expect(inNote(back, "z.md")[0]).toMatchObject({ id: farId, variantOf: null, variants: [] });
	});

	it("follows notes added, removed and renamed among many, and edits after them", () => {
		const notes = Array.from({ length: 30 }, (_, i) =>
			toNote({ path: path(i), questions: [question(["如何", i % 2 ? "处理" : "应对", "工作", "中", "压力"], 1, i % 4 ? "" : "答。", "heading")] }),
		);
		const builder = new IndexBuilder({ commonBigram: COMMON });
		same(builder.build(notes), notes);
		const steps: ((n: ParsedNote[]) => void)[] = [
			// A note comes (between others in path order) and goes.
			(n) => n.splice(5, 0, toNote({ path: "n004a.md", questions: [question(["如何", "应对", "工作", "中", "压力"], 3, "一段更长的回答。", "list")] })),
			(n) => n.splice(12, 1),
			// Renamed as the live index renames: the same questions under a path later in the order.
			(n) => (n[2] = { ...n[2], path: "zz/renamed.md" }),
			// Plain edits after those, before and after the moved places.
			(n) => (n[1] = toNote({ path: n[1].path, questions: [...n[1].questions, question(["你", "的", "挫折"], 4, "", "bold")] })),
			(n) => (n[20] = toNote({ path: n[20].path, questions: [] })),
			(n) => (n[2] = toNote({ path: n[2].path, questions: [question(["如何", "处理", "工作", "中", "压力"], 2, "答。", "heading")] })),
		];
		for (const step of steps) {
			step(notes);
			same(builder.build(notes), notes);
		}
	});

	it("regroups a question the edited note asks twice with its copy in another note", () => {
		const asked = (answer: string) => question(["如何", "处理", "客户", "投诉"], 1, answer, "list");
		const other = toNote({ path: "b.md", questions: [asked("")] });
		const twice = (answer: string) => toNote({ path: "a.md", questions: [asked(""), { ...asked(answer), line: 9 }] });
		const notes = [twice(""), other, toNote({ path: "c.md", questions: [question(["其他"], 1, "", "list")] })];
		const builder = new IndexBuilder({ commonBigram: COMMON });
		same(builder.build(notes), notes);
		// Answered in a.md: b.md's copy joins the answered one's group.
		notes[0] = twice("先道歉，再查原因。");
		const answered = builder.build(notes);
		same(answered, notes);
		expect(inNote(answered, "b.md")[0].covered).toBe(true);
	});

	it("edits a key hundreds of notes hold, and the notes after it", () => {
		const shared = (answer: string): ExtractedQuestion => question(["你", "的", "缺", "点", "是", "什", "么"], 1, answer, "heading");
		const notes = Array.from({ length: 300 }, (_, i) => toNote({ path: path(i), questions: [shared(""), question(["其他", String(i)], 3, "", "list")] }));
		const builder = new IndexBuilder({ commonBigram: COMMON });
		same(builder.build(notes), notes);
		// Answered in one note: every holder's question is covered now.
		notes[150] = toNote({ path: path(150), questions: [shared("急躁，但在改。")] });
		const answered = builder.build(notes);
		same(answered, notes);
		expect(answered.gaps).toHaveLength(299);
		notes[7] = toNote({ path: path(7), questions: [shared(""), question(["另", "一", "个"], 3, "", "list"), question(["再", "一", "个"], 5, "", "list")] });
		same(builder.build(notes), notes);
	});
});
