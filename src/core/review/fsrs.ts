// FSRS-6 as ts-fsrs 5.4 runs it with the settings the plugin uses: default weights, learning steps
// 1m/10m, relearning step 10m, short-term scheduling on, no fuzz, maximum interval 36500 days.
// ts-fsrs itself is 21 KB of main.js (and patches Date.prototype); tests/core/review/fsrs.test.ts
// checks this copy against it on random review histories, so an update there shows up here.
import type { Rating } from "../types";

/** The memory state FSRS carries from one review to the next (times in epoch ms). */
export interface FsrsCard {
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** 0 New, 1 Learning, 2 Review, 3 Relearning. */
	state: 0 | 1 | 2 | 3;
	lastReview: number | null;
}

const W = [
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
	0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];
const S_MIN = 0.001;
const S_MAX = 36500;
const MAX_INTERVAL = 36500;
const LEARNING_MIN = [1, 10];
const RELEARNING_MIN = [10];
const DAY_MS = 86_400_000;
const MIN_MS = 60_000;

const round8 = (n: number): number => Math.round(n * 1e8) / 1e8;
const clamp = (n: number, lo: number, hi: number): number => Math.min(Math.max(n, lo), hi);

// Same expressions, in the same order, as ts-fsrs: the results must match to the last bit.
const DECAY = -W[20];
const FACTOR = round8(Math.exp(Math.pow(DECAY, -1) * Math.log(0.9)) - 1);

/** Probability of recall after `elapsedDays` at `stability` (ts-fsrs' forgetting_curve). */
export function forgettingCurve(elapsedDays: number, stability: number): number {
	return round8(Math.pow(1 + (FACTOR * elapsedDays) / stability, DECAY));
}

export function fsrsCard(due: number): FsrsCard {
	return { due, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null };
}

const initDifficulty = (g: number): number => round8(W[4] - Math.exp((g - 1) * W[5]) + 1);

function nextMemory(d: number, s: number, t: number, g: Rating, r?: number): [number, number] {
	if (d === 0 && s === 0) return [clamp(initDifficulty(g), 1, 10), Math.max(W[g - 1], 0.1)];
	if (d < 1 || s < S_MIN) throw new Error(`Invalid memory state { difficulty: ${d}, stability: ${s} }`);
	r = r ?? forgettingCurve(t, s);
	let ns: number;
	if (t === 0) {
		const sinc = Math.pow(s, -W[19]) * Math.exp(W[17] * (g - 3 + W[18]));
		ns = round8(clamp(s * (g >= 2 ? Math.max(sinc, 1) : sinc), S_MIN, S_MAX));
	} else if (g === 1) {
		const forget = round8(
			clamp(W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp((1 - r) * W[14]), S_MIN, S_MAX),
		);
		ns = clamp(round8(s / Math.exp(W[17] * W[18])), S_MIN, forget);
	} else {
		const grow = Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp((1 - r) * W[10]) - 1);
		ns = round8(clamp(s * (1 + grow * (g === 2 ? W[15] : 1) * (g === 4 ? W[16] : 1)), S_MIN, S_MAX));
	}
	const deltaD = -W[6] * (g - 3);
	const nd = d + round8((deltaD * (10 - d)) / 9);
	return [clamp(round8(W[7] * initDifficulty(4) + (1 - W[7]) * nd), 1, 10), ns];
}

/** Days to the next review at `stability` for the retention asked (ts-fsrs' next_interval without fuzz). */
function interval(stability: number, retention: number): number {
	const modifier = round8((Math.pow(retention, 1 / DECAY) - 1) / FACTOR);
	return Math.round(Math.min(Math.max(1, Math.round(stability * modifier)), MAX_INTERVAL));
}

/** The card after grading it `rating` at `now`. */
export function fsrsNext(card: FsrsCard, now: number, rating: Rating, retention: number): FsrsCard {
	const { state, lastReview } = card;
	// Whole UTC calendar days since the last review, as ts-fsrs counts them.
	const elapsed = state !== 0 && lastReview ? Math.floor(now / DAY_MS) - Math.floor(lastReview / DAY_MS) : 0;
	const out = { ...card, lastReview: now, reps: card.reps + 1 };
	const toReview = (s: number): number => interval(s, retention);

	if (state === 2) {
		const r = forgettingCurve(elapsed, card.stability);
		const mem = ([1, 2, 3, 4] as const).map((g) => nextMemory(card.difficulty, card.stability, elapsed, g, r));
		if (rating === 1) {
			[out.difficulty, out.stability] = mem[0];
			out.lapses++;
			return learningStep(out, card, 1, 3, now, toReview);
		}
		let hard = toReview(mem[1][1]);
		let good = toReview(mem[2][1]);
		hard = Math.min(hard, good);
		good = Math.max(good, hard + 1);
		const easy = Math.max(toReview(mem[3][1]), good + 1);
		const days = rating === 2 ? hard : rating === 3 ? good : easy;
		[out.difficulty, out.stability] = mem[rating - 1];
		return { ...out, state: 2, learningSteps: 0, scheduledDays: days, due: now + days * DAY_MS };
	}
	[out.difficulty, out.stability] = nextMemory(card.difficulty, card.stability, elapsed, rating);
	return learningStep(out, card, rating, state === 0 ? 1 : state, now, toReview);
}

/** ts-fsrs' basic learning-steps strategy: minutes away and the step reached, or stay in review by interval. */
function learningStep(
	out: FsrsCard,
	card: FsrsCard,
	rating: Rating,
	toState: 1 | 3,
	now: number,
	toReview: (s: number) => number,
): FsrsCard {
	const steps = card.state === 2 || card.state === 3 ? RELEARNING_MIN : LEARNING_MIN;
	const cur = card.learningSteps || 0;
	let minutes = 0;
	let next = 0;
	if (cur < steps.length) {
		if (card.state === 2) {
			if (rating === 1) minutes = steps[Math.max(0, cur)];
		} else if (rating === 1) {
			minutes = steps[0];
		} else if (rating === 2) {
			minutes = steps.length === 1 ? Math.round(steps[0] * 1.5) : Math.round((steps[0] + steps[1]) / 2);
			next = cur;
		} else if (rating === 3 && cur + 1 < steps.length && cur + 1 >= 0 && steps[cur + 1]) {
			minutes = Math.round(steps[cur + 1]);
			next = cur + 1;
		}
	}
	minutes = Math.max(0, minutes);
	next = Math.max(0, next);
	if (minutes > 0 && minutes < 1440) {
		return { ...out, learningSteps: next, scheduledDays: 0, state: toState, due: now + Math.round(minutes) * MIN_MS };
	}
	const days = toReview(out.stability);
	return { ...out, state: 2, learningSteps: 0, scheduledDays: days, due: now + days * DAY_MS };
}
