// Sharing strings and small objects between parsed questions must never change what a reader sees.
import { describe, expect, it } from "vitest";
import type { ExtractedQuestion } from "../../src/core/types";
import { shareAnswerText, starBits, STARS } from "../../src/vault/shared-strings";

const question = (topic: string[]): ExtractedQuestion => ({
	text: "Why?", form: "heading", line: 1, endLine: 2, answerLines: null, topic, answerMarkdown: "", answered: false,
	parts: { hint: "", answer: "", context: "" }, star: { situation: false, task: false, action: false, result: false },
});

describe("shared strings", () => {
	it("shares a topic array only between equal topics (not two that join alike)", () => {
		const topics = [[], [""], ["a\nb"], ["a", "b"], ["a", "b"]];
		const note = shareAnswerText({ path: "n.md", questions: topics.map(question), warnings: [] });
		expect(note.questions.map((q) => q.topic)).toEqual(topics);
		expect(note.questions[4].topic).toBe(note.questions[3].topic);
	});

	it("shares one array per topic, whether its questions come together or apart", () => {
		const topics = [["a"], ["a"], ["b"], ["a"], ["a", "b"], ["a"], ["a", "b"], ["a", "b", "c"], ["a", "b"], [], []];
		const note = shareAnswerText({ path: "n.md", questions: topics.map((t) => question([...t])), warnings: [] });
		const got = note.questions.map((q) => q.topic);
		expect(got).toEqual(topics);
		// Questions share an array exactly when their topics are equal.
		for (let i = 0; i < got.length; i++) for (let j = 0; j < got.length; j++) expect(got[i] === got[j]).toBe(JSON.stringify(topics[i]) === JSON.stringify(topics[j]));
	});

	it("gives each set of STAR flags its one shared object", () => {
		for (let bits = 0; bits < 16; bits++) {
			const star = { situation: (bits & 1) !== 0, task: (bits & 2) !== 0, action: (bits & 4) !== 0, result: (bits & 8) !== 0 };
			expect(starBits(star)).toBe(bits);
			expect(STARS[starBits(star)]).toEqual(star);
		}
	});
});
