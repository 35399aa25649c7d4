// Sharing strings and small objects between parsed questions must never change what a reader sees.
import { describe, expect, it } from "vitest";
import type { ExtractedQuestion } from "../../src/core/types";
import { shareAnswerText } from "../../src/vault/shared-strings";

const question = (topic: string[]): ExtractedQuestion => ({
	text: "Why?", form: "heading", line: 1, endLine: 2, answerLines: null, topic, answerMarkdown: "", answered: false,
	parts: { hint: "", answer: "", context: "" }, star: { situation: false, task: false, action: false, result: false },
});

describe("shared strings", () => {
	it("shares a topic array only between equal topics (not two that join alike)", () => {
		const topics = [[], [""], ["a\nb"], ["a", "b"], ["a", "b"]];
		const note = shareAnswerText({ path: "n.md", questions: topics.map(question), links: [], warnings: [] });
		expect(note.questions.map((q) => q.topic)).toEqual(topics);
		expect(note.questions[4].topic).toBe(note.questions[3].topic);
	});
});
