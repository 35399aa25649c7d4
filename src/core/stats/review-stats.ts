// Practice statistics from the review log: reviews and time spoken per day, true retention against
// the desired one, due cards per day up to the interview, and one question's history. Pure: the
// time is a parameter, days are local calendar days.
import { addDays, differenceInCalendarDays, startOfDay } from "date-fns";
import { capDueForInterview, daysToInterview } from "../review/interview-date";
import { dayStamp } from "../time-stamp";
import type { AnswerRecording, CardState, LogEvent, Rating, ReviewEvent } from "../types";

export interface StatsInput {
	/** Every live event, ordered by time (ReviewStore.allEvents). */
	events: readonly LogEvent[];
	/** Cards by question id (aliases may repeat a card; each counts once). */
	cards: ReadonlyMap<string, CardState>;
	now: number;
	/** How many days back the per-day figures and the retention cover (today included). */
	days: number;
	desiredRetention: number;
	/** Local midnight of the interview day, or null. */
	interviewAt: number | null;
}

export interface DayFigures {
	/** "2025-03-10", local. */
	day: string;
	reviews: number;
	/** Seconds spoken. */
	secs: number;
	/** Gradings with a recording, and the seconds of speech measured in those recordings. */
	recorded: number;
	measuredSecs: number;
}

export interface StatsReport {
	/** The last `days` days, oldest first, today last. */
	days: DayFigures[];
	totals: { reviews: number; secs: number; activeDays: number; recorded: number; measuredSecs: number };
	/** `actual` is null when no review after an interval fell in the window. */
	retention: { desired: number; actual: number | null; reviews: number };
	/** Due cards per day from today to the interview day (or the next 30 days); overdue ones count today. */
	forecast: { day: string; due: number }[];
}

/** A grading this long after the question's previous one is a review after an interval, not a learning step. */
export const INTERVAL_REVIEW_MS = 12 * 3_600_000;
const FORECAST_DAYS = 30;
const MAX_FORECAST_DAYS = 366;

export function computeStats(input: StatsInput): StatsReport {
	const { now } = input;
	const span = Math.max(1, Math.floor(input.days));
	const first = startOfDay(addDays(now, -(span - 1))).getTime();
	const days: DayFigures[] = [];
	for (let i = 0; i < span; i++) days.push({ day: dayStamp(addDays(first, i).getTime()), reviews: 0, secs: 0, recorded: 0, measuredSecs: 0 });

	const previous = new Map<string, number>();
	let kept = 0;
	let counted = 0;
	for (const e of input.events) {
		if (e.kind !== "review") continue;
		const before = previous.get(e.qid);
		previous.set(e.qid, e.at);
		if (e.at < first || e.at > now) continue;
		const slot = days[differenceInCalendarDays(e.at, first)];
		if (slot) {
			slot.reviews++;
			slot.secs += e.secs;
			if (e.recording) {
				slot.recorded++;
				slot.measuredSecs += e.recording.spokenSecs;
			}
		}
		// True retention as Anki reads it: only reviews after an interval, passed unless Again.
		if (before !== undefined && e.at - before >= INTERVAL_REVIEW_MS) {
			counted++;
			if (e.rating !== 1) kept++;
		}
	}

	return {
		days,
		totals: {
			reviews: days.reduce((n, d) => n + d.reviews, 0),
			secs: days.reduce((n, d) => n + d.secs, 0),
			activeDays: days.filter((d) => d.reviews > 0).length,
			recorded: days.reduce((n, d) => n + d.recorded, 0),
			// Tenths, as measured: a sum of many tenths drifts in binary.
			measuredSecs: Math.round(days.reduce((n, d) => n + d.measuredSecs, 0) * 10) / 10,
		},
		retention: { desired: input.desiredRetention, actual: counted > 0 ? kept / counted : null, reviews: counted },
		forecast: forecast(input),
	};
}

function forecast(input: StatsInput): { day: string; due: number }[] {
	const { now, interviewAt } = input;
	const toInterview = daysToInterview(now, interviewAt);
	const length = toInterview === null ? FORECAST_DAYS : Math.min(MAX_FORECAST_DAYS, toInterview + 1);
	const today = startOfDay(now).getTime();
	const out = Array.from({ length }, (_, i) => ({ day: dayStamp(addDays(today, i).getTime()), due: 0 }));
	const seen = new Set<CardState>();
	for (const card of input.cards.values()) {
		if (seen.has(card) || card.reps === 0) continue;
		seen.add(card);
		// The quiz's own rule: near the interview a card comes back the day before it.
		const due = capDueForInterview(card.due, now, interviewAt, card.lastReview);
		const i = Math.max(0, differenceInCalendarDays(due, today));
		if (i < length) out[i].due++;
	}
	return out;
}

export interface HistoryEntry {
	at: number;
	day: string;
	rating: Rating;
	secs: number;
	/** Graded in a mock interview (else in the quiz). */
	mock: boolean;
	/** The recorded answer and its speaking figures, when there is one. */
	recording?: AnswerRecording;
}

/** One question's gradings, newest first (a grading listed twice, under a variant too, once). */
export function questionHistory(reviews: readonly ReviewEvent[]): HistoryEntry[] {
	const seen = new Set<string>();
	return reviews
		.filter((e) => !seen.has(e.uid) && seen.add(e.uid) !== undefined)
		.map((e) => {
			const entry: HistoryEntry = { at: e.at, day: dayStamp(e.at), rating: e.rating, secs: e.secs, mock: e.mock !== undefined };
			if (e.recording) entry.recording = e.recording;
			return entry;
		})
		.sort((a, b) => b.at - a.at);
}
