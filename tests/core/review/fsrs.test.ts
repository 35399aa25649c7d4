// The in-house FSRS must schedule exactly as ts-fsrs does (same due, memory state, state and step).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState, Rating } from "../../../src/core/types";
import { createReferenceScheduler } from "./ts-fsrs-scheduler.reference";
import { at, DAY, MIN } from "./helpers";

const T0 = at("2025-03-03T09:00:00");
const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
// Gaps as people leave them: seconds (same session), minutes (learning steps), days, months.
const gap = fc.oneof(
	fc.integer({ min: 0, max: 120_000 }),
	fc.integer({ min: MIN, max: 60 * MIN }),
	fc.integer({ min: 60 * MIN, max: 40 * DAY }),
	fc.integer({ min: 40 * DAY, max: 3 * 365 * DAY }),
);
const retention = fc.double({ min: 0.6, max: 1, noNaN: true });
const step = fc.record({ gap, rating, early: fc.boolean() });

describe("in-house FSRS against ts-fsrs", () => {
	it("gives the same card after every grading of random histories at random retentions", () => {
		fc.assert(
			fc.property(retention, fc.integer({ min: 0, max: 200 * 365 }), fc.array(step, { minLength: 1, maxLength: 25 }), (ret, startDay, steps) => {
				const mine = createScheduler(ret);
				const ref = createReferenceScheduler(ret);
				let now = T0 + startDay * DAY;
				let a: CardState | null = null;
				let b: CardState | null = null;
				for (const s of steps) {
					expect(mine.preview(a, now)).toEqual(ref.preview(b, now));
					a = mine.next(a, "q", now, s.rating, 10);
					b = ref.next(b, "q", now, s.rating, 10);
					expect(a).toEqual(b);
					// Graded either when due plus the gap, or just the gap after the last grading.
					now = s.early ? now + s.gap : a.due + s.gap;
					expect(mine.retrievability(a, now)).toBe(ref.retrievability(b, now));
				}
			}),
			seeded({ numRuns: 300 }),
		);
	});

	it("continues any stored card state the same way, or refuses it the same way", () => {
		const stored = fc.record({
			state: fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3),
			stability: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 400, noNaN: true })),
			difficulty: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
			learningSteps: fc.integer({ min: 0, max: 3 }),
			scheduledDays: fc.integer({ min: 0, max: 400 }),
			reps: fc.integer({ min: 0, max: 50 }),
			lapses: fc.integer({ min: 0, max: 10 }),
			since: fc.oneof(fc.integer({ min: 0, max: DAY }), fc.integer({ min: 0, max: 400 * DAY })),
		});
		fc.assert(
			fc.property(stored, retention, rating, ({ since, ...c }, ret, r) => {
				const now = T0 + 500 * DAY;
				const card: CardState = { ...c, qid: "q", due: now, lastReview: now - since, lastSecs: 0, totalSecs: 0, elapsedDays: 0 };
				const run = (s: ReturnType<typeof createScheduler>) => {
					try {
						return { card: s.next(card, "q", now, r, 5), preview: s.preview(card, now) };
					} catch {
						return "refused";
					}
				};
				expect(run(createScheduler(ret))).toEqual(run(createReferenceScheduler(ret)));
			}),
			seeded({ numRuns: 1000 }),
		);
	});
});
