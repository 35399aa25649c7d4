// One meaning of "answered" for every view: a question (with all its merged copies) has a model
// answer, a hint only, or nothing. A model answer is an answer of the note's own (ExtractedQuestion
// .answered); hints and background alone are "hint only"; placeholders count for nothing.
import { holdsPlaceholder } from "./parse/placeholder";
import type { Question, QuestionIndex } from "./types";

export type AnswerState = "model" | "hint" | "nothing";

/** The question and the variants merged into it, canonical first (a variant gives its canonical's copies). */
export function copiesOf(q: Question, index: Pick<QuestionIndex, "byId">): Question[] {
	const head = q.variantOf === null ? q : (index.byId.get(q.variantOf) ?? q);
	const out = [head];
	for (const id of head.variants) {
		const v = index.byId.get(id);
		if (v && v !== head) out.push(v);
	}
	return out;
}

export function answerState(copies: readonly Question[]): AnswerState {
	if (copies.some((c) => c.answered)) return "model";
	if (copies.some((c) => c.parts.hint.trim() !== "" || c.parts.context.trim() !== "")) return "hint";
	return "nothing";
}

/** No answer yet, but a STAR scaffold (the template's placeholders) waits in the note. */
export function isStarScaffold(copies: readonly Question[]): boolean {
	if (copies.some((c) => c.answered)) return false;
	return copies.some((c) => holdsPlaceholder(c.answerMarkdown));
}
