// Tiny factory for index questions in mock tests.
import type { Question } from "../../../src/core/types";

export function makeQuestion(id: string, over: Partial<Question> = {}): Question {
	const text = over.text ?? `问题 ${id}？`;
	return {
		id,
		text,
		key: text,
		form: "heading",
		line: 1,
		endLine: 3,
		answerLines: { start: 2, end: 3 },
		topic: [],
		answerMarkdown: "回答",
		answered: true,
		parts: { hint: "", answer: "回答", context: "" },
		star: { situation: false, task: false, action: false, result: false },
		path: "notes/a.md",
		covered: true,
		variantOf: null,
		variants: [],
		...over,
	};
}
