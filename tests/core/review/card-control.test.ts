import { describe, expect, it } from "vitest";
import { ReviewStore } from "../../../src/core/review/review-store";
import { buildQueue } from "../../../src/core/review/queue";
import { decodeLog, encodeLog } from "../../../src/core/persist/log-codec";
import { salvageLogs } from "../../../src/core/persist/salvage";
import type { DeviceLog } from "../../../src/core/types";
import { at, DAY, HOUR, MIN, question } from "./helpers";

// Tests run in Asia/Shanghai: "tomorrow" is the next local midnight there.
const T0 = at("2025-03-10T09:00:00");
const TOMORROW = at("2025-03-11T00:00:00");

const qs = ["第一个问题是什么？", "第二个问题是什么？", "第三个问题是什么？"].map((text, i) => question(text, { line: i * 5 + 1 }));
const [q1, q2, q3] = qs;

function copy<T>(x: T): T {
	return JSON.parse(JSON.stringify(x)) as T;
}

/** Every question graded Good once a week ago, so all are due now. */
function practised(device: string): ReviewStore {
	const s = new ReviewStore({ device });
	for (const q of qs) s.grade(q.id, 3, 10, T0 - 7 * DAY);
	return s;
}

function dueQueue(s: ReviewStore, now: number, mode: "due" | "all" | "unanswered" = "due") {
	return buildQueue({ questions: qs, cards: s.cards(), now, mode, newPerDay: 10, newIntroducedToday: 0, seed: 1, hidden: s.hidden(now) });
}

describe("card control in the review store", () => {
	it("bury keeps a due card out of the queue until the next local day, then it is back", () => {
		const s = practised("a");
		expect(dueQueue(s, T0).qids).toEqual([q1.id, q2.id, q3.id]);
		const e = s.control(q2.id, "bury", T0);
		expect(e.until).toBe(TOMORROW);
		expect(dueQueue(s, T0).qids).toEqual([q1.id, q3.id]);
		expect(dueQueue(s, TOMORROW - 1).qids).toEqual([q1.id, q3.id]);
		expect(dueQueue(s, TOMORROW).qids).toContain(q2.id);
		// Its schedule is untouched: burying is not a grading.
		expect(s.reviewsOf(q2.id)).toHaveLength(1);
	});

	it("suspend keeps a card out of every mode until it is unsuspended", () => {
		const s = practised("a");
		s.control(q1.id, "suspend", T0);
		for (const mode of ["due", "all", "unanswered"] as const) expect(dueQueue(s, T0 + 30 * DAY, mode).qids).not.toContain(q1.id);
		expect([...s.controlState().suspended]).toEqual([q1.id]);
		s.control(q1.id, "unsuspend", T0 + MIN);
		expect(dueQueue(s, T0 + MIN).qids).toContain(q1.id);
		expect(s.controlState().suspended.size).toBe(0);
	});

	it("reset makes a card new again and keeps its gradings in the history", () => {
		const s = practised("a");
		s.grade(q1.id, 4, 5, T0 - 6 * DAY);
		expect(s.card(q1.id)?.reps).toBe(2);
		s.control(q1.id, "reset", T0);
		expect(s.card(q1.id)).toBeNull();
		expect(s.reviewsOf(q1.id)).toHaveLength(2);
		const queue = dueQueue(s, T0);
		expect(queue.dueCount).toBe(2);
		expect(queue.newCount).toBe(1);
		// Graded after the reset, it starts from scratch (one rep, a short first step).
		s.grade(q1.id, 3, 5, T0 + MIN);
		expect(s.card(q1.id)?.reps).toBe(1);
		expect(s.card(q1.id)?.due).toBeLessThan(T0 + HOUR);
	});

	it("each control can be undone; the tombstone survives a reload", () => {
		const s = practised("a");
		const bury = s.control(q1.id, "bury", T0);
		const reset = s.control(q2.id, "reset", T0 + 1);
		expect(s.undo(reset.uid)?.uid).toBe(reset.uid);
		expect(s.card(q2.id)?.reps).toBe(1);
		expect(s.undo(bury.uid)?.kind).toBe("control");
		expect(dueQueue(s, T0 + 2).qids).toContain(q1.id);
		const again = new ReviewStore({ device: "a" });
		again.load([decodeLog(copy(encodeLog(s.ownLog()))).log as DeviceLog]);
		expect(again.hidden(T0 + 2).size).toBe(0);
		expect(again.card(q2.id)?.reps).toBe(1);
	});

	it("a control on a question's old id follows it to its new id", () => {
		const s = practised("a");
		s.control(q1.id, "suspend", T0);
		s.alias(q1.id, "renamed", T0 + MIN);
		expect(s.controlState().suspended.has("renamed")).toBe(true);
	});
});

describe("card control across devices", () => {
	it("bury on one device and suspend on the other: merged in any order, both hold", () => {
		const a = practised("a");
		const b = new ReviewStore({ device: "b" });
		b.load([copy(a.ownLog())]);
		a.control(q1.id, "bury", T0);
		b.control(q1.id, "suspend", T0 + MIN);
		b.control(q2.id, "bury", T0 + 2 * MIN);

		const x = new ReviewStore({ device: "c" });
		x.load([copy(a.ownLog()), copy(b.ownLog())]);
		const y = new ReviewStore({ device: "d" });
		y.load([copy(b.ownLog())]);
		y.merge([copy(a.ownLog())]);
		for (const s of [x, y]) {
			expect([...s.controlState().suspended]).toEqual([q1.id]);
			expect([...s.controlState().buried.entries()].sort()).toEqual([
				[q1.id, TOMORROW],
				[q2.id, TOMORROW],
			]);
			expect(dueQueue(s, T0 + 3 * MIN).qids).toEqual([q3.id]);
			// Tomorrow the burials are over; the suspension is not.
			expect(dueQueue(s, TOMORROW).qids).toEqual([q2.id, q3.id]);
		}
	});

	it("suspend on one device and unsuspend on the other: the later one wins, the same on every device", () => {
		const a = practised("a");
		const b = new ReviewStore({ device: "b" });
		a.control(q1.id, "suspend", T0);
		b.control(q1.id, "unsuspend", T0 + MIN);
		a.control(q2.id, "unsuspend", T0 + 2 * MIN);
		b.control(q2.id, "suspend", T0 + 2 * MIN); // same time: ordered by uid, "b:…" after "a:…"
		const orders = [
			[a.ownLog(), b.ownLog()],
			[b.ownLog(), a.ownLog()],
		];
		for (const logs of orders) {
			const s = new ReviewStore({ device: "c" });
			s.load(logs.map(copy));
			expect([...s.controlState().suspended]).toEqual([q2.id]);
		}
	});

	it("an undone control on one device stays undone after the merge", () => {
		const a = practised("a");
		const e = a.control(q1.id, "suspend", T0);
		const b = new ReviewStore({ device: "b" });
		b.load([copy(a.ownLog())]);
		expect(b.controlState().suspended.has(q1.id)).toBe(true);
		a.undo(e.uid);
		b.merge([copy(a.ownLog())]);
		expect(b.controlState().suspended.has(q1.id)).toBe(false);
	});
});

describe("card control in the stored log", () => {
	it("round-trips through the compact form, and logs written before card control still read", () => {
		const a = practised("a");
		a.control(q1.id, "bury", T0);
		a.control(q2.id, "suspend", T0 + 1);
		a.control(q2.id, "unsuspend", T0 + 2);
		a.control(q3.id, "reset", T0 + 3);
		const encoded = encodeLog(a.ownLog());
		expect(encoded.ev.slice(3)).toEqual([`c,3,${q1.id},${T0},bury,${TOMORROW}`, `c,4,${q2.id},${T0 + 1},suspend`, `c,5,${q2.id},${T0 + 2},unsuspend`, `c,6,${q3.id},${T0 + 3},reset`]);
		expect(decodeLog(copy(encoded)).log).toEqual(a.ownLog());
		const old = decodeLog({ device: "o", seq: 1, ev: [`r,0,${q1.id},${T0},3,12`] });
		expect(old.problems).toEqual([]);
		expect(old.log?.events).toHaveLength(1);
	});

	it("leaves out malformed controls and keeps the rest", () => {
		const { log, dropped } = decodeLog({
			device: "d",
			seq: 0,
			ev: [`c,0,q,${T0},explode`, `c,1,q,${T0},suspend,${T0}`, `c,2,q,notatime,bury`, `c,3,q,${T0},bury,${TOMORROW}`, `c,4,q,${T0},suspend`],
		});
		expect(dropped).toBe(3);
		expect(log?.events.map((e) => e.uid)).toEqual(["d:3", "d:4"]);
	});

	it("is salvaged from a damaged file with the gradings", () => {
		const text = `{"device":"a","ev":["r,0,q1,${T0},3,5","c,1,q1,${T0 + 1},suspend" , BROKEN`;
		const [log] = salvageLogs(text);
		expect(log.events.map((e) => e.kind)).toEqual(["review", "control"]);
	});
});

describe("daily review cap", () => {
	it("due cards past the cap wait; reviews already made today count against it", () => {
		const s = practised("a");
		const base = { questions: qs, cards: s.cards(), now: T0, mode: "due" as const, newPerDay: 10, newIntroducedToday: 0, seed: 1 };
		expect(buildQueue({ ...base, maxReviewsPerDay: 2 }).qids).toEqual([q1.id, q2.id]);
		const capped = buildQueue({ ...base, maxReviewsPerDay: 2, reviewsToday: 1 });
		expect(capped.qids).toEqual([q1.id]);
		expect(capped.dueCount).toBe(1);
		expect(capped.cappedOut).toBe(2);
		expect(buildQueue({ ...base, maxReviewsPerDay: 0 }).qids).toEqual([]);
		// Practising all questions is not held back by the cap.
		expect(buildQueue({ ...base, mode: "all", maxReviewsPerDay: 0 }).qids).toHaveLength(3);
	});

	it("counts today's gradings of questions known before today, not first gradings", () => {
		const s = practised("a");
		s.grade(q1.id, 3, 5, T0);
		s.grade(q2.id, 3, 5, T0 + MIN);
		s.grade("fresh", 1, 5, T0 + 2 * MIN);
		s.grade("fresh", 3, 5, T0 + 3 * MIN);
		expect(s.reviewsOfKnownOn(T0 + HOUR)).toBe(2);
		expect(s.reviewsOfKnownOn(T0 + DAY)).toBe(0);
	});
});
