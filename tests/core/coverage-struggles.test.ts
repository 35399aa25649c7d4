// Coverage figures that mean what they say: "learned" instead of a mastery that read 100% after a
// first pass, and weak spots from what the person struggled with (real review log, frozen time).
import { describe, expect, it } from "vitest";
import { computeCoverage, type CoverageInput } from "../../src/core/coverage";
import { ReviewStore } from "../../src/core/review/review-store";
import type { Question, QuestionIndex } from "../../src/core/types";

const NOW = Date.UTC(2025, 2, 10, 8, 0, 0);
const MIN = 60_000;

function q(id: string, line: number): Question {
	return {
		id, text: `Question ${id}`, form: "heading", line, endLine: line + 1, answerLines: null, topic: [],
		answerMarkdown: "answer", answered: true, parts: { hint: "", answer: "answer", context: "" },
		star: { situation: false, task: false, action: false, result: false },
		path: "n.md", key: id, covered: true, variantOf: null, variants: [],
	};
}

const questions = ["q1", "q2", "q3", "q4", "q5"].map((id, i) => q(id, i * 10 + 1));
const index: QuestionIndex = {
	notes: [{ path: "n.md", questions: 5, warnings: [] }],
	questions,
	gaps: [],
	byId: new Map(questions.map((x) => [x.id, x])),
};

function coverage(store: ReviewStore, now: number, over: Partial<CoverageInput> = {}) {
	return computeCoverage({
		index,
		prep: null,
		now,
		cards: store.cards(),
		retrievability: (card, at) => store.retrievability(card.qid, at) ?? 0,
		reviewsOf: (qid) => store.reviewsOf(qid),
		targetSeconds: 120,
		mockRuns: store.mockRuns(),
		...over,
	});
}

describe("coverage figures after a first pass", () => {
	it("counts as learned only questions past the learning steps and not due: not 100% after one pass with a forgotten card", () => {
		const store = new ReviewStore({ device: "d" });
		store.grade("q1", 1, 30, NOW); // forgotten: Again on a new card
		store.grade("q2", 3, 40, NOW + MIN); // Good on a new card: still in a learning step
		store.grade("q3", 4, 50, NOW + 2 * MIN); // Easy: past the learning steps, due in days
		const report = coverage(store, NOW + 3 * MIN);
		expect(report.totals).toMatchObject({ questions: 5, practised: 3, learned: 1 });
		// Twenty minutes later the learning cards are due; the learned one is not.
		const later = coverage(store, NOW + 20 * MIN);
		expect(later.totals).toMatchObject({ due: 2, learned: 1 });
	});
});

describe("weak spots come from what the person struggled with", () => {
	function struggled(): ReviewStore {
		const store = new ReviewStore({ device: "d" });
		// 25 reviews in all, three of them Again on new and learning cards (no lapse in FSRS terms).
		store.grade("q1", 1, 30, NOW);
		store.grade("q2", 1, 30, NOW + MIN);
		store.grade("q2", 1, 30, NOW + 2 * MIN);
		store.grade("q5", 3, 200, NOW + 3 * MIN); // far over the 2:00 target
		for (let i = 0; i < 21; i++) store.grade("q4", 3, 60, NOW + (10 + i) * MIN);
		// A mock run: q3 ran out the clock (the timer caps it at the target), q4 was rated Hard.
		store.addMockRun({
			id: "m1",
			startedAt: NOW + 40 * MIN,
			endedAt: NOW + 45 * MIN,
			items: [
				{ qid: "q3", text: "Question q3", secs: 120, targetSecs: 120, rating: 3, remark: "", unanswered: false },
				{ qid: "q4", text: "Question q4", secs: 70, targetSecs: 120, rating: 2, remark: "", unanswered: false },
			],
		});
		return store;
	}

	it("lists Again on any card, low mock ratings, mock timeouts and answers far over the target", () => {
		const store = struggled();
		expect(store.allEvents().filter((e) => e.kind === "review")).toHaveLength(25);
		const report = coverage(store, NOW + 50 * MIN);
		expect(report.weak.again.map((w) => [w.id, w.again])).toEqual([["q2", 2], ["q1", 1]]);
		expect(report.weak.mock.map((w) => [w.id, w.mock])).toEqual([
			["q3", { rating: 3, timedOut: true }],
			["q4", { rating: 2, timedOut: false }],
		]);
		expect(report.weak.overTime.map((w) => [w.id, w.lastSecs])).toEqual([["q5", 200]]);
	});

	it("a later mock run where the answer went well takes it off the mock list; an answer only a little over is not far over", () => {
		const store = struggled();
		store.addMockRun({
			id: "m2",
			startedAt: NOW + 60 * MIN,
			endedAt: NOW + 62 * MIN,
			items: [{ qid: "q3", text: "Question q3", secs: 90, targetSecs: 120, rating: 4, remark: "", unanswered: false }],
		});
		store.grade("q5", 3, 130, NOW + 70 * MIN);
		const report = coverage(store, NOW + 80 * MIN);
		expect(report.weak.mock.map((w) => w.id)).toEqual(["q4"]);
		expect(report.weak.overTime).toEqual([]);
	});

	it("summarises the last mock run by the mock summary's rule: an answer that ran out the clock counts", () => {
		const report = coverage(struggled(), NOW + 50 * MIN);
		expect(report.mock.runs).toBe(1);
		expect(report.mock.last).toMatchObject({ id: "m1", total: 2, timedOut: 1, spokenSecs: 190, durationSecs: 300 });
	});
});
