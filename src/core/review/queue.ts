// What to practise next: due cards, new questions up to the daily limit, or all / unanswered ones.
import { seededRandom } from "../seeded-random";
import { matchesTopic, type NoteTopicFilter } from "../topic";
import type { CardState, Question } from "../types";
import { capDueForInterview, daysToInterview, newAllowance } from "./interview-date";

export type QueueMode = "due" | "all" | "unanswered";

/**
 * How far ahead a card in a learning step may be shown when nothing else is left (Anki's "learn ahead
 * limit"): a card due within this comes back in the same session, one due later leaves it.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** A card that comes back in the session at `due` (a learning step). */
export interface LearningCard {
	qid: string;
	due: number;
}

export interface QueueInput {
	/** Canonical questions of the index, in index order. */
	questions: Question[];
	cards: Map<string, CardState>;
	now: number;
	mode: QueueMode;
	filter?: NoteTopicFilter;
	newPerDay: number;
	newIntroducedToday: number;
	/** Epoch ms of any time on the interview day, or null. */
	interviewDate?: number | null;
	/** Seed for the shuffle of "all". */
	seed: number;
	/** Questions left out of every mode (suspended, or buried until later: ReviewStore.hidden). */
	hidden?: ReadonlySet<string>;
	/** Maximum reviews of due cards per day (settings), and how many were made today; due mode only. */
	maxReviewsPerDay?: number;
	reviewsToday?: number;
}

export interface Queue {
	qids: string[];
	/** Cards due now (all of them, whatever the mode), up to what the daily review cap leaves. */
	dueCount: number;
	/** Due cards the daily review cap holds back until tomorrow. */
	cappedOut: number;
	/** New questions in this queue (after the daily limit). */
	newCount: number;
	/** Due mode: cards in a learning step (new or relearning) due within LEARN_AHEAD_MS, soonest first. */
	learning: LearningCard[];
	/** Earliest time a card not yet due becomes due, or null. */
	nextDue: number | null;
	/** Questions never reviewed. */
	notPractised: number;
	daysToInterview: number | null;
}

export function matchesFilter(q: Question, filter: NoteTopicFilter | undefined): boolean {
	if (!filter) return true;
	if (filter.path && q.path !== filter.path) return false;
	if (filter.topic && !matchesTopic(q, filter.topic)) return false;
	return true;
}

/** When a card is due, with the interview rule applied. */
export function effectiveDue(card: CardState, now: number, interviewDate: number | null | undefined): number {
	return capDueForInterview(card.due, now, interviewDate, card.lastReview);
}

export function buildQueue(input: QueueInput): Queue {
	const { cards, now, mode } = input;
	const hidden = input.hidden;
	const questions = input.questions.filter((q) => matchesFilter(q, input.filter) && !hidden?.has(q.id));
	const days = daysToInterview(now, input.interviewDate);

	const due: { id: string; at: number }[] = [];
	const soon: LearningCard[] = [];
	const unseen: Question[] = [];
	let nextDue: number | null = null;
	for (const q of questions) {
		const card = cards.get(q.id);
		if (!card || card.reps === 0) {
			unseen.push(q);
			continue;
		}
		const at = effectiveDue(card, now, input.interviewDate);
		if (at <= now) due.push({ id: q.id, at });
		else {
			if ((card.state === 1 || card.state === 3) && at - now <= LEARN_AHEAD_MS) soon.push({ qid: q.id, due: at });
			if (nextDue === null || at < nextDue) nextDue = at;
		}
	}
	// Most overdue first; ties in index order (sort is stable).
	due.sort((a, b) => a.at - b.at);
	const cap = input.maxReviewsPerDay === undefined ? due.length : Math.max(0, input.maxReviewsPerDay - (input.reviewsToday ?? 0));
	const cappedOut = Math.max(0, due.length - cap);
	if (cappedOut > 0) due.length = cap;

	let qids: string[];
	let newCount = 0;
	let learning: LearningCard[] = [];
	if (mode === "all") {
		qids = shuffle(
			questions.map((q) => q.id),
			input.seed,
		);
	} else if (mode === "unanswered") {
		qids = questions.filter((q) => !q.covered).map((q) => q.id);
	} else {
		const allowance = newAllowance({
			newPerDay: input.newPerDay,
			introducedToday: input.newIntroducedToday,
			unseen: unseen.length,
			daysLeft: days,
		});
		const fresh = unseen.slice(0, allowance).map((q) => q.id);
		newCount = fresh.length;
		qids = [...due.map((d) => d.id), ...fresh];
		// Learning steps not yet due wait in the session as Anki's learn ahead: shown when due, or early
		// when nothing else is left; the session's counts show them as learning.
		learning = soon.sort((a, b) => a.due - b.due);
	}
	return { qids, dueCount: due.length, cappedOut, newCount, learning, nextDue, notPractised: unseen.length, daysToInterview: days };
}

/** Fisher–Yates with the seeded generator, so a session's order is reproducible. */
export function shuffle<T>(items: T[], seed: number): T[] {
	const out = items.slice();
	const rand = seededRandom(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
