// The scheduler as it was written on ts-fsrs itself: the reference the in-house FSRS (src/core/review/fsrs.ts)
// must agree with. ts-fsrs stays a devDependency for this.
import { createEmptyCard, fsrs, forgetting_curve, type Card, type CardInput, type FSRS } from "ts-fsrs";
import type { CardState } from "../../../src/core/types";
import { clampRetention, type Scheduler } from "../../../src/core/review/scheduler";

const DAY_MS = 86_400_000;

export function createReferenceScheduler(retention: number): Scheduler {
	const r = clampRetention(retention);
	// Learning steps on (1 min, 10 min), no fuzz: the same log always replays to the same schedule.
	const engine: FSRS = fsrs({ request_retention: r, enable_fuzz: false, enable_short_term: true });

	return {
		retention: r,
		next(card, qid, at, rating, secs) {
			const { card: out } = engine.next(toInput(card, at), at, rating);
			return fromCard(out, qid, secs, (card?.totalSecs ?? 0) + secs, card?.lastReview ?? null);
		},
		preview(card, now) {
			const p = engine.repeat(toInput(card, now), now);
			return { 1: p[1].card.due.getTime(), 2: p[2].card.due.getTime(), 3: p[3].card.due.getTime(), 4: p[4].card.due.getTime() };
		},
		retrievability(card, now) {
			if (card.state === 0 || card.lastReview === null || card.stability <= 0) return 1;
			const elapsed = Math.max(0, (now - card.lastReview) / DAY_MS);
			return forgetting_curve(engine.parameters.w, elapsed, card.stability);
		},
	};
}

function toInput(card: CardState | null, now: number): Card | CardInput {
	if (!card) return createEmptyCard(now);
	// Spread an empty card for the deprecated elapsed_days (ts-fsrs 5 derives it from last_review).
	return {
		...createEmptyCard(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		last_review: card.lastReview,
	};
}

function fromCard(c: Card, qid: string, lastSecs: number, totalSecs: number, prevReview: number | null): CardState {
	const reviewed = c.last_review ? c.last_review.getTime() : null;
	return {
		qid,
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state,
		lastReview: reviewed,
		lastSecs,
		totalSecs,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		elapsedDays: prevReview === null || reviewed === null ? 0 : Math.max(0, Math.floor((reviewed - prevReview) / DAY_MS)),
	};
}
