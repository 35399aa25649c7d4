// Tiny factory for index questions in quiz tests.
import type { Question, QuestionIndex } from "../../../src/core/types";

export function makeQuestion(id: string, over: Partial<Question> = {}): Question {
	return {
		id,
		path: "面试回答/角度回答.md",
		key: id,
		text: `问题 ${id}？`,
		form: "heading",
		line: 1,
		endLine: 3,
		answerLines: { start: 2, end: 3 },
		topic: [],
		answerMarkdown: `回答 ${id}`,
		answered: true,
		covered: true,
		parts: { hint: "", answer: "", context: "" },
		star: { situation: false, task: false, action: false, result: false },
		variantOf: null,
		variants: [],
		...over,
	};
}

export function makeIndex(questions: Question[]): QuestionIndex {
	const notes = [...new Set(questions.map((q) => q.path))].map((path) => ({
		path,
		questions: questions.filter((q) => q.path === path).length,
		warnings: [],
	}));
	return {
		notes,
		questions,
		gaps: questions.filter((q) => !q.covered && q.variantOf === null).map((q) => q.id),
		byId: new Map(questions.map((q) => [q.id, q])),
	};
}
