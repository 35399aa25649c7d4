// The state of one quiz session as plain data: which card is in hand, what is showing, what comes next.
// Every step returns a new state; time comes in as a parameter. The view records gradings in the
// review store; this module only says which grading to record, so none is ever lost.
import type { Question, Rating } from "../types";
import { LEARN_AHEAD_MS, type LearningCard } from "../review/queue";
import { clockSeconds, pauseClock, resumeClock, startClock, stopClock, type PauseReason, type SpeakingClock } from "./speaking-clock";

export type QuizPhase = "front" | "hint" | "revealed" | "done";

export interface QuizStats {
	/** Gradings made in this session. */
	reviewed: number;
	/** Gradings that were Again. */
	forgotten: number;
	/** Seconds spoken, summed over graded cards. */
	secondsSpoken: number;
	skipped: number;
}

export interface QuizSessionState {
	/** Question ids still to come, in order (the card in hand is not in it). */
	queue: string[];
	/**
	 * Cards graded in this session whose learning step comes within LEARN_AHEAD_MS, soonest first: each
	 * comes back ahead of the queue once due, or early when nothing else is left.
	 */
	learning: LearningCard[];
	/**
	 * The card in hand, as it was when shown (refreshed while its id still exists). Kept even when
	 * its question vanishes from the index mid-review, so the grading still goes to the id shown.
	 */
	current: Question | null;
	phase: QuizPhase;
	/** The card in hand's speaking timer: starts when it shows, stops at reveal, stands still while paused. */
	clock: SpeakingClock;
	stats: QuizStats;
	/** The last grading or skip of this session, until it is undone or the session ends (one step of undo). */
	lastGraded: UndoPoint | null;
}

/** What undoing the last grading or skip restores. */
export interface UndoPoint {
	/** The card graded or skipped, as it was shown. */
	card: Question;
	/** The session's counts before that step. */
	stats: QuizStats;
	/** The step was a skip: nothing to take out of the review store. */
	skipped: boolean;
}

/** What the caller records in the review store after a grading. */
export interface Grading {
	qid: string;
	rating: Rating;
	/** Whole seconds spoken, from the card showing to the grading. */
	secs: number;
	at: number;
}

export type QuestionLookup = (qid: string) => Question | undefined;

const EMPTY_STATS: QuizStats = { reviewed: 0, forgotten: 0, secondsSpoken: 0, skipped: 0 };

/**
 * The next card, checked at every move: a card in learning that is due, else the next queued card whose
 * question still exists, else the soonest card in learning shown early (learn ahead); done when none is left.
 */
function advance(state: QuizSessionState, queue: string[], lookup: QuestionLookup, now: number): QuizSessionState {
	const learning = state.learning.filter((c) => lookup(c.qid) !== undefined);
	const show = (current: Question, rest: string[], waiting: LearningCard[]): QuizSessionState => ({
		...state,
		queue: rest,
		learning: waiting,
		current,
		phase: "front",
		clock: startClock(now, state.clock.paused),
	});
	if (learning.length > 0 && learning[0].due <= now) return show(lookup(learning[0].qid) as Question, queue, learning.slice(1));
	const rest = [...queue];
	while (rest.length > 0) {
		const qid = rest.shift() as string;
		const question = lookup(qid);
		if (question) return show(question, rest, learning);
	}
	const ahead = learning.findIndex((c) => c.due - now <= LEARN_AHEAD_MS);
	if (ahead >= 0) return show(lookup(learning[ahead].qid) as Question, [], learning.slice(ahead + 1));
	return { ...state, queue: [], learning: [], current: null, phase: "done", clock: startClock(now, state.clock.paused) };
}

/** Insert in due order (a later card with the same due goes after: first graded, first back). */
function addLearning(learning: LearningCard[], card: LearningCard): LearningCard[] {
	const at = learning.findIndex((c) => c.due > card.due);
	return at < 0 ? [...learning, card] : [...learning.slice(0, at), card, ...learning.slice(at)];
}

/** A session over these ids, and cards in a learning step that come back at their time (from the queue). */
export function startSession(
	qids: readonly string[],
	lookup: QuestionLookup,
	now: number,
	learning: readonly LearningCard[] = [],
): QuizSessionState {
	const unique = [...new Set(qids)];
	const blank: QuizSessionState = {
		queue: [],
		learning: learning.filter((c) => !unique.includes(c.qid)).sort((a, b) => a.due - b.due),
		current: null,
		phase: "done",
		clock: startClock(now),
		stats: { ...EMPTY_STATS },
		lastGraded: null,
	};
	return advance(blank, unique, lookup, now);
}

export function showHint(state: QuizSessionState): QuizSessionState {
	return state.phase === "front" ? { ...state, phase: "hint" } : state;
}

/** Show the answer: speaking is over, so the timer stops here. */
export function reveal(state: QuizSessionState, now: number): QuizSessionState {
	if (state.phase !== "front" && state.phase !== "hint") return state;
	return { ...state, phase: "revealed", clock: stopClock(state.clock, now) };
}

/** Seconds spoken on the card in hand, pauses left out (0 when no card is in hand). */
export function elapsedSeconds(state: QuizSessionState, now: number): number {
	return state.current ? clockSeconds(state.clock, now) : 0;
}

/** Stand the speaking timer still for this reason; a second pause for it keeps the first. */
export function pauseTimer(state: QuizSessionState, reason: PauseReason, now: number): QuizSessionState {
	const clock = pauseClock(state.clock, reason, now);
	return clock === state.clock ? state : { ...state, clock };
}

/** That reason is over: the timer runs on from where it stood once no other reason holds. */
export function resumeTimer(state: QuizSessionState, reason: PauseReason, now: number): QuizSessionState {
	const clock = resumeClock(state.clock, reason, now);
	return clock === state.clock ? state : { ...state, clock };
}

export function isPaused(state: QuizSessionState): boolean {
	return state.clock.paused.length > 0;
}

/** Cards left, counting the one in hand and those in a learning step. */
export function remaining(state: QuizSessionState): number {
	return state.queue.length + state.learning.length + (state.current ? 1 : 0);
}

/**
 * Grade the card in hand and move on. `comesBackAt` is when the schedule brings the card back after
 * this rating (null: not known); within LEARN_AHEAD_MS it stays in the session as a card in learning,
 * so an Again comes back after its step, not at the end. Returns null grading when there is no card.
 */
export function gradeCard(
	state: QuizSessionState,
	rating: Rating,
	now: number,
	lookup: QuestionLookup,
	comesBackAt: number | null,
): { state: QuizSessionState; grading: Grading | null } {
	const card = state.current;
	if (!card) return { state, grading: null };
	const secs = elapsedSeconds(state, now);
	const grading: Grading = { qid: card.id, rating, secs, at: now };
	const stats: QuizStats = {
		...state.stats,
		reviewed: state.stats.reviewed + 1,
		forgotten: state.stats.forgotten + (rating === 1 ? 1 : 0),
		secondsSpoken: state.stats.secondsSpoken + secs,
	};
	// Any rating whose step comes within the learn-ahead limit keeps the card (Anki's learning steps: a new
	// card's Good comes back in 10 minutes); the counts show it as learning.
	const staysInSession = comesBackAt !== null && comesBackAt - now <= LEARN_AHEAD_MS && lookup(card.id) !== undefined;
	const learning = staysInSession ? addLearning(state.learning, { qid: card.id, due: comesBackAt }) : state.learning;
	const lastGraded: UndoPoint = { card, stats: state.stats, skipped: false };
	return { state: advance({ ...state, stats, lastGraded, learning }, state.queue, lookup, now), grading };
}

/**
 * Take back the last grading or skip of the session: its card is in hand again on its front (timer from
 * now), the card that was in hand goes back to the head of the queue, and the counts are as before it.
 * The caller removes a grading from the review store. Returns the same state when there is none.
 */
export function undoGrade(state: QuizSessionState, now: number): QuizSessionState {
	const last = state.lastGraded;
	if (!last) return state;
	const id = last.card.id;
	const ahead = state.current ? [state.current.id, ...state.queue] : state.queue;
	return {
		...state,
		queue: ahead.filter((qid) => qid !== id),
		learning: state.learning.filter((c) => c.qid !== id),
		current: last.card,
		phase: "front",
		clock: startClock(now, state.clock.paused),
		stats: last.stats,
		lastGraded: null,
	};
}

/** Leave the card in hand for this session and show the next one (undone like a grading). */
export function skipCard(state: QuizSessionState, now: number, lookup: QuestionLookup): QuizSessionState {
	if (!state.current) return state;
	const stats = { ...state.stats, skipped: state.stats.skipped + 1 };
	const lastGraded: UndoPoint = { card: state.current, stats: state.stats, skipped: true };
	return advance({ ...state, stats, lastGraded }, state.queue, lookup, now);
}

/**
 * The index changed: drop queued ids that no longer exist, refresh the card in hand when its id still
 * exists (same phase, same timer), and keep its last snapshot when it does not, so it can still be graded.
 */
export function reconcile(state: QuizSessionState, lookup: QuestionLookup): QuizSessionState {
	const queue = state.queue.filter((qid) => lookup(qid) !== undefined);
	const learning = state.learning.filter((c) => lookup(c.qid) !== undefined);
	const current = state.current ? (lookup(state.current.id) ?? state.current) : null;
	return { ...state, queue, learning, current };
}

/** Whether the card in hand is still in the index (false: its words changed or its note went away). */
export function currentIsStale(state: QuizSessionState, lookup: QuestionLookup): boolean {
	return state.current !== null && lookup(state.current.id) === undefined;
}
