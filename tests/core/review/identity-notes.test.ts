// Identity rules end to end: notes parsed and indexed as the plugin does, reviews kept in a store.
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/parse/parse-note";
import { buildIndex } from "../../../src/core/index/question-index";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { ReviewStore } from "../../../src/core/review/review-store";
import type { QuestionIndex } from "../../../src/core/types";

const OPTS = { labels: DEFAULT_LABELS, promptHeadings: true };
const T0 = new Date("2025-03-10T09:00:00").getTime();
const DAY = 86_400_000;

function index(notes: Record<string, string>): QuestionIndex {
	return buildIndex(Object.entries(notes).map(([path, text]) => parseNote(path, text, OPTS)));
}

const NOTE = [
	"# 客户服务",
	"",
	"### 1. 你在之前的工作中是如何处理客户投诉的？",
	"",
	"> 先倾听，再道歉，然后给出方案。",
	"",
	"### 2. 你为什么选择这个岗位？",
	"",
	"因为我喜欢和人打交道。",
	"",
].join("\n");

/** A store that has reviewed every question of the note twice. */
function reviewed(idx: QuestionIndex): ReviewStore {
	const s = new ReviewStore({ device: "a" });
	for (const q of idx.questions) {
		s.grade(q.id, 3, 30, T0, { key: q.key });
		s.grade(q.id, 3, 30, T0 + DAY, { key: q.key });
	}
	return s;
}

function historyOf(s: ReviewStore, idx: QuestionIndex, now: number): number[] {
	s.reconcile(idx, now);
	return idx.questions.map((q) => s.reviewsOf(q.id).length);
}

describe("a question keeps its history", () => {
	const before = index({ "prep/客户.md": NOTE });
	it("the note has two questions to start with", () => {
		expect(before.questions.map((q) => q.text)).toEqual(["你在之前的工作中是如何处理客户投诉的？", "你为什么选择这个岗位？"]);
	});

	const cases: Record<string, Record<string, string>> = {
		"when its note is renamed or moved": { "archive/客户服务.md": NOTE },
		"when its heading level changes": { "prep/客户.md": NOTE.replace("### 1.", "## 1.") },
		"when its numbering changes": { "prep/客户.md": NOTE.replace("### 1.", "### 3.").replace("### 2.", "### 问题4：") },
		"when it is made bold": { "prep/客户.md": NOTE.replace("### 1. 你在之前的工作中是如何处理客户投诉的？", "**问题1：你在之前的工作中是如何处理客户投诉的？**") },
		"when its section moves within the note": {
			"prep/客户.md": ["# 客户服务", "", "### 2. 你为什么选择这个岗位？", "", "因为我喜欢和人打交道。", "", "### 1. 你在之前的工作中是如何处理客户投诉的？", "", "> 先倾听，再道歉，然后给出方案。", ""].join("\n"),
		},
		"when its words change slightly": { "prep/客户.md": NOTE.replace("在之前的工作中", "在以前的工作中") },
	};
	for (const [name, notes] of Object.entries(cases)) {
		it(name, () => {
			const s = reviewed(before);
			const after = index(notes);
			expect(after.questions).toHaveLength(2);
			// Only a change of words gives a new id; everything else keeps it.
			const sameIds = after.questions.every((q) => before.byId.has(q.id));
			expect(sameIds).toBe(!name.includes("words"));
			expect(historyOf(s, after, T0 + 2 * DAY)).toEqual([2, 2]);
			for (const q of after.questions) expect(s.card(q.id)?.reps).toBe(2);
		});
	}

	it("when its note is deleted and comes back", () => {
		const s = reviewed(before);
		expect(historyOf(s, index({}), T0 + 2 * DAY)).toEqual([]);
		expect(historyOf(s, index({ "prep/客户.md": NOTE }), T0 + 30 * DAY)).toEqual([2, 2]);
	});

	it("but a reworded question does not take the history of a different one", () => {
		const s = reviewed(before);
		const other = index({ "prep/客户.md": NOTE.replace("你为什么选择这个岗位？", "你对加班有什么看法？") });
		const counts = historyOf(s, other, T0 + 2 * DAY);
		expect(counts).toEqual([2, 0]);
	});
});
