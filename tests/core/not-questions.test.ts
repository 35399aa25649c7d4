// "Not a question": the person's list of hidden questions, applied before the index is built.
import { describe, expect, it } from "vitest";
import { addNotQuestions, migrateNotQuestions, removeNotQuestions, withoutNotQuestions } from "../../src/core/not-questions";
import { parseNote } from "../../src/core/parse/parse-note";
import { buildIndex } from "../../src/core/index/question-index";
import { migrateSettings } from "../../src/core/settings";
import { DEFAULT_LABELS } from "../../src/core/labels";

const OPTS = { labels: DEFAULT_LABELS, promptHeadings: true };
const a = parseNote("a.md", "## What did I learn today?\n\nA lot.\n\n## Why do you want this job?\n\nBecause.\n", OPTS);
const b = parseNote("b.md", "## How do you handle pressure?\n\nCalmly.\n", OPTS);

describe("the not-a-question list", () => {
	it("hides a question from the index by its words, wherever it stands and however it is written", () => {
		const list = addNotQuestions([], [{ text: "What did I learn today?", path: "a.md" }]);
		const index = buildIndex(withoutNotQuestions([a, b], list));
		expect(index.questions.map((q) => q.text)).toEqual(["Why do you want this job?", "How do you handle pressure?"]);
		expect(index.gaps).toEqual([]);
		// Renamed note, numbering and bold added: the same question, still hidden.
		const moved = parseNote("new/c.md", "1. **What did I learn today?**\n", OPTS);
		expect(buildIndex(withoutNotQuestions([moved], list)).questions).toEqual([]);
	});

	it("gives back the same note objects while the list is the same, so a rebuild does no extra work", () => {
		const list = addNotQuestions([], [{ text: "What did I learn today?", path: "a.md" }]);
		const first = withoutNotQuestions([a, b], list);
		const second = withoutNotQuestions([a, b], list);
		expect(second[0]).toBe(first[0]);
		expect(first[1]).toBe(b);
		expect(first[0]).not.toBe(a);
		expect(withoutNotQuestions([a, b], [])).toEqual([a, b]);
	});

	it("takes each question once, removes by key, and is rebuilt from stored words (keys are not trusted)", () => {
		let list = addNotQuestions([], [{ text: "Why?  Really", path: "a.md" }]);
		list = addNotQuestions(list, [{ text: "why really", path: "b.md" }]);
		expect(list).toHaveLength(1);
		expect(removeNotQuestions(list, [list[0].key])).toEqual([]);
		expect(migrateNotQuestions([{ key: "stale", text: "How do you handle pressure?", path: "b.md" }, 3, null, { text: "" }, "x"])).toEqual([
			{ key: addNotQuestions([], [{ text: "How do you handle pressure?", path: "" }])[0].key, text: "How do you handle pressure?", path: "b.md" },
		]);
	});

	it("is part of the settings: migrated from whatever data.json holds, empty by default", () => {
		expect(migrateSettings({}).notQuestions).toEqual([]);
		expect(migrateSettings({ notQuestions: "garbage" }).notQuestions).toEqual([]);
		expect(migrateSettings({ notQuestions: [{ text: "Why this job?", path: "a.md" }] }).notQuestions.map((e) => e.text)).toEqual(["Why this job?"]);
	});
});
