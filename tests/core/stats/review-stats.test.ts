// Statistics from the review log on frozen time (the test zone is Asia/Shanghai).
import { describe, expect, it } from "vitest";
import { ReviewStore } from "../../../src/core/review/review-store";
import { computeStats, questionHistory } from "../../../src/core/stats/review-stats";

const DAY = 86_400_000;
// 2025-03-10 16:00 in Shanghai.
const NOW = Date.UTC(2025, 2, 10, 8, 0, 0);

function store(): ReviewStore {
	const s = new ReviewStore({ device: "d" });
	// Day -20: first pass of three questions; a, b come back on later days.
	s.grade("a", 3, 60, NOW - 20 * DAY);
	s.grade("b", 3, 100, NOW - 20 * DAY + 60_000);
	s.grade("c", 1, 30, NOW - 20 * DAY + 120_000); // Again on a new card: a learning step, not retention
	s.grade("c", 3, 40, NOW - 20 * DAY + 15 * 60_000);
	// Days later: reviews after an interval — two remembered, one forgotten.
	s.grade("a", 3, 50, NOW - 10 * DAY);
	s.grade("b", 1, 90, NOW - 10 * DAY + 60_000);
	s.grade("a", 4, 40, NOW - 2 * DAY, { mock: "m1" });
	return s;
}

describe("computeStats", () => {
	it("counts reviews and seconds spoken per local day over the last days, oldest first, today last", () => {
		const s = store();
		const stats = computeStats({ events: s.allEvents(), cards: s.cards(), now: NOW, days: 21, desiredRetention: 0.9, interviewAt: null });
		expect(stats.days).toHaveLength(21);
		const none = { recorded: 0, measuredSecs: 0 };
		expect(stats.days[0]).toEqual({ day: "2025-02-18", reviews: 4, secs: 230, ...none });
		expect(stats.days[10]).toEqual({ day: "2025-02-28", reviews: 2, secs: 140, ...none });
		expect(stats.days[18]).toEqual({ day: "2025-03-08", reviews: 1, secs: 40, ...none });
		expect(stats.days[20]).toEqual({ day: "2025-03-10", reviews: 0, secs: 0, ...none });
		expect(stats.totals).toEqual({ reviews: 7, secs: 410, activeDays: 3, ...none });
	});

	it("speaking time measured from recordings: per day and in total, only gradings that have a recording", () => {
		const s = store();
		const rec = (spokenSecs: number) => ({ path: "r.webm", lengthSecs: spokenSecs + 5, spokenSecs, longestSilenceSecs: 2, longPauses: 0 });
		s.grade("a", 3, 70, NOW - 60_000, { recording: rec(61.3) });
		s.grade("b", 3, 50, NOW - 30_000, { recording: rec(40.1) });
		s.grade("c", 3, 20, NOW - 10_000);
		const stats = computeStats({ events: s.allEvents(), cards: s.cards(), now: NOW, days: 21, desiredRetention: 0.9, interviewAt: null });
		expect(stats.days[20]).toEqual({ day: "2025-03-10", reviews: 3, secs: 140, recorded: 2, measuredSecs: 101.4 });
		expect(stats.totals.recorded).toBe(2);
		expect(stats.totals.measuredSecs).toBe(101.4);
	});

	it("true retention: share of reviews after an interval (not learning steps) that were not Again, against the desired one", () => {
		const s = store();
		const stats = computeStats({ events: s.allEvents(), cards: s.cards(), now: NOW, days: 30, desiredRetention: 0.9, interviewAt: null });
		// a (day -10, Good), b (day -10, Again), a (day -2, Easy): 2 of 3. c's Again was a learning step.
		expect(stats.retention).toEqual({ desired: 0.9, actual: 2 / 3, reviews: 3 });
		const none = computeStats({ events: [], cards: new Map(), now: NOW, days: 30, desiredRetention: 0.85, interviewAt: null });
		expect(none.retention).toEqual({ desired: 0.85, actual: null, reviews: 0 });
	});

	it("forecasts due cards per day up to the interview: overdue ones today", () => {
		const s = store();
		const cards = s.cards();
		const interviewAt = NOW + 5 * DAY;
		const stats = computeStats({ events: s.allEvents(), cards, now: NOW, days: 30, desiredRetention: 0.9, interviewAt });
		expect(stats.forecast.map((d) => d.day)).toEqual(["2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14", "2025-03-15"]);
		// As the quiz does: a card due on or after the interview comes back the day before, so every card shows.
		const total = stats.forecast.reduce((n, d) => n + d.due, 0);
		expect(total).toBe(cards.size);
		expect([...cards.values()].some((c) => c.due > NOW + 6 * DAY)).toBe(true);
		const overdue = [...cards.values()].filter((c) => c.due <= NOW).length;
		expect(stats.forecast[0].due).toBeGreaterThanOrEqual(overdue);
		// Without an interview date: the next 30 days.
		const open = computeStats({ events: s.allEvents(), cards, now: NOW, days: 30, desiredRetention: 0.9, interviewAt: null });
		expect(open.forecast).toHaveLength(30);
	});
});

describe("questionHistory", () => {
	it("lists each grading of a question: date, rating, seconds, mock or quiz, newest first", () => {
		const s = store();
		expect(questionHistory(s.reviewsOf("a"))).toEqual([
			{ at: NOW - 2 * DAY, day: "2025-03-08", rating: 4, secs: 40, mock: true },
			{ at: NOW - 10 * DAY, day: "2025-02-28", rating: 3, secs: 50, mock: false },
			{ at: NOW - 20 * DAY, day: "2025-02-18", rating: 3, secs: 60, mock: false },
		]);
	});
});
