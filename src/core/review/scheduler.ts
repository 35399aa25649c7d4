// FSRS behind a small interface: the rest of the plugin deals in epoch ms and CardState only.
import type { CardState, Rating } from "../types";
import { forgettingCurve, fsrsCard, fsrsNext, type FsrsCard } from "./fsrs";

export const DEFAULT_RETENTION = 0.9;
const DAY_MS = 86_400_000;

export interface Scheduler {
	readonly retention: number;
	/** The card after one grading at `at` (a null card is a question never reviewed). */
	next(card: CardState | null, qid: string, at: number, rating: Rating, secs: number): CardState;
	/** When the card would be due after each rating at `now`. */
	preview(card: CardState | null, now: number): Record<Rating, number>;
	/** Probability of recalling the card at `now` (1 for a card never reviewed or still in learning). */
	retrievability(card: CardState, now: number): number;
}

/** Keep retention inside the range FSRS can work with. */
export function clampRetention(value: number): number {
	if (!Number.isFinite(value)) return DEFAULT_RETENTION;
	return Math.min(0.99, Math.max(0.7, value));
}

export function createScheduler(retention = DEFAULT_RETENTION): Scheduler {
	const r = clampRetention(retention);
	// Learning steps on (1 min, 10 min), no fuzz: the same log always replays to the same schedule.
	const step = (card: CardState | null, at: number, rating: Rating): FsrsCard => fsrsNext(card ?? fsrsCard(at), at, rating, r);

	return {
		retention: r,
		next(card, qid, at, rating, secs) {
			const c = step(card, at, rating);
			const prev = card?.lastReview ?? null;
			return {
				qid,
				due: c.due,
				stability: c.stability,
				difficulty: c.difficulty,
				reps: c.reps,
				lapses: c.lapses,
				state: c.state,
				lastReview: at,
				lastSecs: secs,
				totalSecs: (card?.totalSecs ?? 0) + secs,
				scheduledDays: c.scheduledDays,
				learningSteps: c.learningSteps,
				elapsedDays: prev === null ? 0 : Math.max(0, Math.floor((at - prev) / DAY_MS)),
			};
		},
		preview(card, now) {
			return { 1: step(card, now, 1).due, 2: step(card, now, 2).due, 3: step(card, now, 3).due, 4: step(card, now, 4).due };
		},
		retrievability(card, now) {
			if (card.state === 0 || card.lastReview === null || card.stability <= 0) return 1;
			return forgettingCurve(Math.max(0, (now - card.lastReview) / DAY_MS), card.stability);
		},
	};
}
