// Small factories for review tests: questions as the index would hold them, and local times.
import { questionId, questionKey } from "../../../src/core/normalize";
import type { Question, QuestionIndex } from "../../../src/core/types";

export function question(text: string, over: Partial<Question> = {}): Question {
	const key = questionKey(text);
	return {
		text,
		form: "heading",
		line: 1,
		endLine: 3,
		answerLines: { start: 2, end: 3 },
		topic: [],
		answerMarkdown: "answer",
		answered: true,
		parts: { hint: "", answer: "answer", context: "" },
		star: { situation: false, task: false, action: false, result: false },
		id: questionId(key),
		path: "prep.md",
		key,
		covered: true,
		variantOf: null,
		variants: [],
		...over,
	};
}

export function indexOf(questions: Question[]): QuestionIndex {
	return {
		notes: [],
		questions,
		gaps: questions.filter((q) => !q.covered).map((q) => q.id),
		byId: new Map(questions.map((q) => [q.id, q])),
	};
}

/** Local time (tests run in Asia/Shanghai) as epoch ms. */
export function at(iso: string): number {
	return new Date(iso).getTime();
}

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
