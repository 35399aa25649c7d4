import { describe, expect, it } from "vitest";
import { createScheduler, clampRetention } from "../../../src/core/review/scheduler";
import { at, DAY, MIN } from "./helpers";

const T0 = at("2025-03-03T09:00:00");

describe("scheduler", () => {
	it("a new question graded Again comes back within minutes (learning steps), Easy after days", () => {
		const s = createScheduler(0.9);
		const p = s.preview(null, T0);
		expect(p[1] - T0).toBeLessThanOrEqual(10 * MIN);
		expect(p[1]).toBeGreaterThan(T0);
		expect(p[4] - T0).toBeGreaterThanOrEqual(DAY);
		expect(p[1]).toBeLessThan(p[2]);
		expect(p[2]).toBeLessThanOrEqual(p[3]);
		expect(p[3]).toBeLessThan(p[4]);
	});

	it("each Good after the learning steps spaces the question out further", () => {
		const s = createScheduler(0.9);
		let card = s.next(null, "q1", T0, 3, 40);
		let now = card.due;
		const gaps: number[] = [];
		for (let i = 0; i < 5; i++) {
			card = s.next(card, "q1", now, 3, 30);
			gaps.push(card.due - now);
			now = card.due;
		}
		for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]);
		expect(card.reps).toBe(6);
		expect(card.state).toBe(2);
		expect(card.totalSecs).toBe(190);
		expect(card.lastSecs).toBe(30);
	});

	it("forgetting a reviewed card counts a lapse and brings it back soon", () => {
		const s = createScheduler(0.9);
		let card = s.next(null, "q1", T0, 4, 0);
		const later = card.due + DAY;
		card = s.next(card, "q1", later, 1, 0);
		expect(card.lapses).toBe(1);
		expect(card.state).toBe(3);
		expect(card.due - later).toBeLessThan(DAY);
	});

	it("a higher desired retention schedules sooner", () => {
		const low = createScheduler(0.8).next(null, "q", T0, 4, 0);
		const high = createScheduler(0.97).next(null, "q", T0, 4, 0);
		expect(high.due).toBeLessThan(low.due);
	});

	it("retrievability falls with time since the review", () => {
		const s = createScheduler(0.9);
		const card = s.next(null, "q", T0, 4, 0);
		const r1 = s.retrievability(card, T0 + DAY);
		const r2 = s.retrievability(card, T0 + 30 * DAY);
		expect(r1).toBeGreaterThan(r2);
		expect(r1).toBeLessThanOrEqual(1);
		expect(r2).toBeGreaterThan(0);
	});

	it("keeps retention in a usable range", () => {
		expect(clampRetention(1.5)).toBe(0.99);
		expect(clampRetention(Number.NaN)).toBe(0.9);
		expect(clampRetention(0.1)).toBe(0.7);
	});
});
