// What a quiz card shows of a question merged from several notes: the hints, model answers and
// background of every copy, each with its note when more than one copy gives something.
import { answerState, type AnswerState, copiesOf, isStarScaffold } from "../answer-state";
import type { Question, QuestionIndex } from "../types";
import { type RevealedAnswer, splitAnswer } from "./answer-split";

export interface CopyHint {
	path: string;
	markdown: string;
}

export interface CopyAnswer extends RevealedAnswer {
	path: string;
}

export interface CardAnswer {
	state: AnswerState;
	/** No answer yet, a STAR template waits in the note. */
	scaffold: boolean;
	hints: CopyHint[];
	answers: CopyAnswer[];
	/** Several copies give something: each hint and answer shows its note. */
	labelled: boolean;
}

export function cardAnswer(q: Question, index: Pick<QuestionIndex, "byId">): CardAnswer {
	const copies = copiesOf(q, index);
	const hints: CopyHint[] = [];
	const answers: CopyAnswer[] = [];
	const giving = new Set<Question>();
	for (const c of copies) {
		const hint = c.parts.hint.trim();
		if (hint) {
			hints.push({ path: c.path, markdown: hint });
			giving.add(c);
		}
		const a = splitAnswer(c);
		if (a.model || a.context || a.rest) {
			answers.push({ path: c.path, ...a });
			giving.add(c);
		}
	}
	return { state: answerState(copies), scaffold: isStarScaffold(copies), hints, answers, labelled: giving.size > 1 };
}
