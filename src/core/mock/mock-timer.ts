// The mock interview's state machine. Pure: every step takes the time as a parameter,
// so tests freeze it and the view drives it from its own clock.
//
// idle → answering (countdown) → revealed (done, or time out) → rated → answering next … → finished
import type { Rating } from "../types";

export type MockPhase = "idle" | "answering" | "revealed" | "rated" | "finished";

export interface MockAnswer {
	/** Seconds spoken (from the start of the question to "done" or the time out). */
	secs: number;
	timedOut: boolean;
	rating: Rating | null;
	remark: string;
}

export interface MockTimerState {
	phase: MockPhase;
	/** Index of the current question (0-based); equals `total` when finished. */
	index: number;
	total: number;
	targetSecs: number;
	/** When the current answer started (epoch ms); null outside "answering". */
	answerStartedAt: number | null;
	startedAt: number | null;
	endedAt: number | null;
	answers: MockAnswer[];
}

export function createMockTimer(total: number, targetSecs: number): MockTimerState {
	return {
		phase: "idle",
		index: 0,
		total,
		targetSecs: Math.max(1, Math.round(targetSecs)),
		answerStartedAt: null,
		startedAt: null,
		endedAt: null,
		answers: [],
	};
}

/** Starts the run with the first question (or finishes at once if there is none). */
export function startRun(s: MockTimerState, now: number): MockTimerState {
	if (s.phase !== "idle") return s;
	if (s.total === 0) return { ...s, phase: "finished", startedAt: now, endedAt: now };
	return { ...s, phase: "answering", index: 0, startedAt: now, answerStartedAt: now };
}

/** Whole seconds left to speak (never below 0); the target while not answering. */
export function remainingSecs(s: MockTimerState, now: number): number {
	if (s.phase !== "answering" || s.answerStartedAt === null) return s.targetSecs;
	return Math.max(0, s.targetSecs - Math.floor((now - s.answerStartedAt) / 1000));
}

/** Seconds spoken so far on the current answer. */
export function elapsedSecs(s: MockTimerState, now: number): number {
	if (s.phase !== "answering" || s.answerStartedAt === null) return 0;
	return Math.max(0, Math.floor((now - s.answerStartedAt) / 1000));
}

function reveal(s: MockTimerState, now: number, timedOut: boolean): MockTimerState {
	const secs = timedOut ? s.targetSecs : Math.min(s.targetSecs, elapsedSecs(s, now));
	const answers = s.answers.slice();
	answers[s.index] = { secs, timedOut, rating: null, remark: "" };
	return { ...s, phase: "revealed", answerStartedAt: null, answers };
}

/** Advances the clock: when the target time has run out, the answer is revealed. */
export function tick(s: MockTimerState, now: number): MockTimerState {
	if (s.phase === "answering" && remainingSecs(s, now) === 0) return reveal(s, now, true);
	return s;
}

/** The person says they are done speaking: reveal the model answer. */
export function finishAnswer(s: MockTimerState, now: number): MockTimerState {
	if (s.phase !== "answering") return s;
	if (remainingSecs(s, now) === 0) return reveal(s, now, true);
	return reveal(s, now, false);
}

/** Rates the revealed answer (may be changed until moving on). */
export function rateAnswer(s: MockTimerState, rating: Rating): MockTimerState {
	if (s.phase !== "revealed" && s.phase !== "rated") return s;
	const answers = s.answers.slice();
	answers[s.index] = { ...answers[s.index], rating };
	return { ...s, phase: "rated", answers };
}

/** Sets the optional one-line remark on the current answer (newlines become spaces). */
export function setRemark(s: MockTimerState, remark: string): MockTimerState {
	if (s.phase !== "revealed" && s.phase !== "rated") return s;
	const answers = s.answers.slice();
	answers[s.index] = { ...answers[s.index], remark: remark.replace(/\s*[\r\n]+\s*/g, " ") };
	return { ...s, answers };
}

/** Moves to the next question once rated, or finishes after the last. */
export function nextQuestion(s: MockTimerState, now: number): MockTimerState {
	if (s.phase !== "rated") return s;
	const index = s.index + 1;
	if (index >= s.total) return { ...s, phase: "finished", index: s.total, endedAt: now };
	return { ...s, phase: "answering", index, answerStartedAt: now };
}

/** Ends the run early (the questions not reached stay without answers). */
export function endRun(s: MockTimerState, now: number): MockTimerState {
	if (s.phase === "finished") return s;
	return { ...s, phase: "finished", answerStartedAt: null, endedAt: now };
}
