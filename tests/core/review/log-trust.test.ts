// Logs from other copies and other clocks: the same uid with other contents is chosen by content,
// whatever the order copies arrive in; a grading stamped far in the future does not rule its card.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { ReviewStore } from "../../../src/core/review/review-store";
import type { DeviceLog, LogEvent } from "../../../src/core/types";
import { at, DAY, MIN } from "./helpers";

const T0 = at("2025-03-10T09:00:00");

const review = (seq: number, qid: string, time: number, rating: 1 | 2 | 3 | 4): LogEvent => ({ kind: "review", uid: `devA:${seq}`, qid, at: time, rating, secs: 10 });

describe("same uid, different contents in two copies", () => {
	const x: DeviceLog = { device: "devA", seq: 2, events: [review(0, "q1", T0, 1), review(1, "q1", T0 + DAY, 3)] };
	const y: DeviceLog = { device: "devA", seq: 2, events: [review(0, "q1", T0, 4), review(1, "q2", T0 + DAY, 3)] };

	it("every order of loading and merging the copies gives the same events and cards", () => {
		const ways = [
			(s: ReviewStore) => s.load([x, y]),
			(s: ReviewStore) => s.load([y, x]),
			(s: ReviewStore) => (s.load([x]), s.merge([y])),
			(s: ReviewStore) => (s.load([y]), s.merge([x])),
			(s: ReviewStore) => (s.load([y, x]), s.merge([x, y])),
		];
		const seen = ways.map((way) => {
			const s = new ReviewStore({ device: "devB" });
			way(s);
			return { events: s.allEvents(), cards: s.cards(), log: s.allLogs().find((l) => l.device === "devA") };
		});
		for (const other of seen.slice(1)) expect(other).toEqual(seen[0]);
		expect(seen[0].events).toHaveLength(2);
	});

	it("holds for any copies of any contents (property, fixed seed)", () => {
		const event = fc.record({ seq: fc.integer({ min: 0, max: 4 }), q: fc.constantFrom("q1", "q2"), day: fc.integer({ min: 0, max: 3 }), rating: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4) });
		const copy = fc.array(event, { maxLength: 6 }).map((es): DeviceLog => ({ device: "devA", seq: 0, events: es.map((e) => review(e.seq, e.q, T0 + e.day * DAY, e.rating)) }));
		fc.assert(
			fc.property(fc.array(copy, { minLength: 1, maxLength: 4 }), fc.integer(), (copies, k) => {
				const a = new ReviewStore({ device: "devB" });
				a.load(copies);
				const order = copies.slice(Math.abs(k) % copies.length).concat(copies.slice(0, Math.abs(k) % copies.length)).reverse();
				const b = new ReviewStore({ device: "devB" });
				b.load(order.slice(0, 1));
				b.merge(order.slice(1));
				expect(b.allEvents()).toEqual(a.allEvents());
				expect(b.cards()).toEqual(a.cards());
			}),
			seeded({ numRuns: 300 }),
		);
	});
});

describe("a grading stamped far in the future (a device with a wrong clock)", () => {
	const today = T0 + 30 * DAY;
	const wrong: DeviceLog = { device: "devW", seq: 1, events: [{ kind: "review", uid: "devW:0", qid: "q1", at: at("2046-01-01T10:00:00"), rating: 4, secs: 5 }] };

	it("three Again today leave the card due soon, not in 2045", () => {
		const s = new ReviewStore({ device: "devA", clock: () => today });
		s.load([wrong]);
		for (let i = 0; i < 3; i++) s.grade("q1", 1, 10, today + i * MIN);
		const due = s.card("q1")?.due ?? 0;
		expect(due).toBeGreaterThan(today);
		expect(due).toBeLessThan(today + DAY);
		expect(s.reviewsOf("q1").map((r) => r.rating)).toEqual([1, 1, 1]);
	});

	it("is kept and listed as suspect, and counts once its time has come", () => {
		const s = new ReviewStore({ device: "devA", clock: () => today });
		s.load([wrong]);
		s.grade("q1", 1, 10, today);
		expect(s.suspectEvents().map((e) => e.uid)).toEqual(["devW:0"]);
		expect(s.allEvents().map((e) => e.uid)).toContain("devW:0");
		const later = new ReviewStore({ device: "devA", clock: () => at("2046-01-02T10:00:00") });
		later.load(s.allLogs());
		expect(later.suspectEvents()).toEqual([]);
		expect(later.reviewsOf("q1").map((r) => r.rating)).toEqual([1, 4]);
	});

	it("a day ahead is still believed (time zones, a clock a little fast)", () => {
		const s = new ReviewStore({ device: "devA", clock: () => today });
		const ahead: DeviceLog = { device: "devW", seq: 1, events: [{ kind: "review", uid: "devW:0", qid: "q1", at: today + DAY - MIN, rating: 3, secs: 5 }] };
		s.load([ahead]);
		expect(s.suspectEvents()).toEqual([]);
		expect(s.card("q1")?.reps).toBe(1);
	});
});
