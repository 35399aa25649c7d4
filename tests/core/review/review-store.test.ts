import { describe, expect, it } from "vitest";
import { ReviewStore } from "../../../src/core/review/review-store";
import { effectiveDue } from "../../../src/core/review/queue";
import type { DeviceLog } from "../../../src/core/types";
import { at, DAY, MIN } from "./helpers";

const T0 = at("2025-03-10T09:00:00");

function deepCopy<T>(x: T): T {
	return JSON.parse(JSON.stringify(x)) as T;
}

describe("ReviewStore", () => {
	it("keeps every grading with its time, rating and seconds spoken, and derives the card", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade("q1", 3, 42.4, T0);
		s.grade("q1", 3, 30, T0 + 10 * MIN);
		const reviews = s.reviewsOf("q1");
		expect(reviews.map((r) => [r.uid, r.at, r.rating, r.secs])).toEqual([
			["a:0", T0, 3, 42],
			["a:1", T0 + 10 * MIN, 3, 30],
		]);
		const card = s.card("q1");
		expect(card?.reps).toBe(2);
		expect(card?.due).toBeGreaterThan(T0 + DAY);
		expect(s.card("q2")).toBeNull();
		expect(s.ownLog().seq).toBe(2);
	});

	it("a reload of its own saved log shows the same cards", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade("q1", 3, 10, T0);
		s.grade("q2", 1, 10, T0 + MIN);
		s.grade("q1", 4, 10, T0 + 2 * DAY);
		const again = new ReviewStore({ device: "a" });
		again.load([deepCopy(s.ownLog())]);
		expect(again.cards()).toEqual(s.cards());
		// New gradings continue the sequence instead of reusing uids.
		expect(again.grade("q2", 3, 5, T0 + 3 * DAY).uid).toBe("a:3");
	});

	it("merging other devices' logs is idempotent and order-independent", () => {
		const a = new ReviewStore({ device: "a" });
		const b = new ReviewStore({ device: "b" });
		a.grade("q1", 3, 0, T0);
		b.grade("q1", 1, 0, T0 + MIN);
		a.grade("q1", 3, 0, T0 + 2 * MIN);
		const x = new ReviewStore({ device: "c" });
		x.load([a.ownLog(), b.ownLog(), a.ownLog()]);
		const y = new ReviewStore({ device: "c" });
		y.load([b.ownLog()]);
		expect(y.merge([a.ownLog()])).toBe(2);
		expect(y.merge([a.ownLog(), b.ownLog()])).toBe(0);
		expect(y.cards()).toEqual(x.cards());
		expect(x.reviewsOf("q1").map((r) => r.uid)).toEqual(["a:0", "b:0", "a:1"]);
		expect(x.card("q1")?.lapses).toBe(0);
	});

	it("replays reviews from another device that happened earlier in the right order", () => {
		const a = new ReviewStore({ device: "a" });
		a.grade("q1", 4, 0, T0 + 5 * DAY);
		const b = new ReviewStore({ device: "b" });
		b.grade("q1", 1, 0, T0);
		a.merge([b.ownLog()]);
		const fresh = new ReviewStore({ device: "z" });
		fresh.load([b.ownLog(), a.ownLog()]);
		expect(a.card("q1")).toEqual(fresh.card("q1"));
		expect(a.card("q1")?.reps).toBe(2);
	});

	it("an alias moves a question's history to its new id", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade("old", 3, 0, T0);
		s.grade("old", 3, 0, T0 + DAY);
		s.alias("old", "new", T0 + 2 * DAY);
		expect(s.reviewsOf("new")).toHaveLength(2);
		expect(s.card("new")?.reps).toBe(2);
		expect(s.cards().get("new")?.qid).toBe("new");
		s.grade("new", 3, 0, T0 + 3 * DAY);
		expect(s.card("new")?.reps).toBe(3);
		// Words changed back: the history follows, with no loop.
		s.alias("new", "old", T0 + 4 * DAY);
		expect(s.card("old")?.reps).toBe(3);
		expect(s.knownKeys().has("old")).toBe(true);
	});

	it("undo takes back the last grading, and a synced copy of it does not bring it back", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade("q1", 3, 0, T0);
		const before = s.card("q1");
		const synced = deepCopy(s.ownLog());
		s.grade("q1", 1, 0, T0 + 10 * MIN);
		const copyWithBoth = deepCopy(s.ownLog());
		expect(s.undoLast()?.rating).toBe(1);
		expect(s.card("q1")).toEqual(before);
		s.merge([synced, copyWithBoth]);
		expect(s.reviewsOf("q1")).toHaveLength(1);
		expect(s.undoLast()?.rating).toBe(3);
		expect(s.card("q1")).toBeNull();
		expect(s.undoLast()).toBeNull();
	});

	it("undo of one grading by its uid takes back that one, even when a mock grading came after it", () => {
		const s = new ReviewStore({ device: "a" });
		const quiz = s.grade("q1", 1, 20, T0);
		s.grade("q2", 3, 40, T0 + MIN, { mock: "mock-1" });
		expect(s.undo(quiz.uid)?.qid).toBe("q1");
		expect(s.card("q1")).toBeNull();
		expect(s.reviewsOf("q2")).toHaveLength(1);
		expect(s.undo(quiz.uid)).toBeNull();
		expect(s.undo("a:99")).toBeNull();
		// The tombstone is in the saved log, so a reload agrees.
		const reloaded = new ReviewStore({ device: "a" });
		reloaded.load([deepCopy(s.ownLog())]);
		expect(reloaded.card("q1")).toBeNull();
		expect(reloaded.reviewsOf("q2")).toHaveLength(1);
	});

	it("previews when each grade would bring the question back, capped by the interview", () => {
		const s = new ReviewStore({ device: "a" });
		const p = s.previewIntervals("q1", T0);
		expect(p[1]).toBeLessThan(p[4]);
		const interview = at("2025-03-11T00:00:00");
		const capped = s.previewIntervals("q1", T0 - DAY, interview);
		expect(capped[4]).toBe(at("2025-03-10T00:00:00"));
		expect(s.previewIntervals("q1", T0 - DAY)[1]).toBe(capped[1]);
	});

	it("each previewed time is when the queue brings the card back after that grade, the day before the interview too", () => {
		const interview = at("2025-03-11T00:00:00");
		for (const now of [T0 - DAY, T0]) {
			for (const rating of [1, 2, 3, 4] as const) {
				const s = new ReviewStore({ device: "a" });
				s.grade("q1", 3, 10, now - 3 * DAY);
				s.grade("q1", 3, 10, now - DAY);
				const preview = s.previewIntervals("q1", now, interview)[rating];
				s.grade("q1", rating, 10, now);
				const card = s.card("q1");
				if (!card) throw new Error("graded card missing");
				// Seen on the day before: the rule has done its work, the schedule stands (never "due already").
				expect(preview).toBe(effectiveDue(card, now, interview));
				expect(preview).toBeGreaterThan(now);
			}
		}
	});

	it("counts new questions introduced today and today's reviews", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade("q1", 3, 10, at("2025-03-09T23:50:00"));
		s.grade("q1", 1, 20, at("2025-03-10T08:00:00"));
		s.grade("q2", 3, 30, at("2025-03-10T08:05:00"));
		s.grade("q3", 3, 40, at("2025-03-10T23:59:00"));
		expect(s.introducedOn(T0)).toBe(2);
		expect(s.reviewedOn(T0)).toEqual({ reviews: 3, again: 1, secs: 90 });
	});

	it("keeps mock runs in the log", () => {
		const s = new ReviewStore({ device: "a" });
		const run = s.addMockRun({ id: "m1", startedAt: T0, endedAt: T0 + 10 * MIN, items: [] });
		s.grade("q1", 3, 100, T0 + MIN, { mock: "m1" });
		expect(s.mockRuns()).toEqual([run]);
		expect(s.reviewsOf("q1")[0].mock).toBe("m1");
		expect(s.allEvents().map((e) => e.kind)).toEqual(["mock", "review"]);
	});

	it("a new retention reschedules from the same history", () => {
		const s = new ReviewStore({ device: "a", retention: 0.8 });
		s.grade("q1", 4, 0, T0);
		const loose = s.card("q1")?.due ?? 0;
		s.setRetention(0.97);
		expect(s.card("q1")?.due ?? Infinity).toBeLessThan(loose);
	});

	it("only ever appends to its own device's log", () => {
		const other: DeviceLog = { device: "b", seq: 1, events: [{ kind: "review", uid: "b:0", qid: "q1", at: T0, rating: 3, secs: 0 }] };
		const s = new ReviewStore({ device: "a" });
		s.load([deepCopy(other)]);
		s.grade("q1", 3, 0, T0 + DAY);
		expect(s.allLogs().find((l) => l.device === "b")).toEqual(other);
		expect(s.ownLog().events.map((e) => e.uid)).toEqual(["a:0"]);
	});
});
