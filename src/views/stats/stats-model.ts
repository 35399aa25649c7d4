// What the statistics view draws: the core's figures plus the practised questions, built from
// services only when the view is shown; tests build it from the same services.
import { dayStamp, parseDay } from "../../core/time-stamp";
import { daysToInterview } from "../../core/review/interview-date";
import { computeStats, type StatsReport } from "../../core/stats/review-stats";
import type { Lang } from "../../core/types";
import type { PrepServices } from "../../services";

/** 13 weeks of heatmap: the last quarter, as Anki's and GitHub's calendars read. */
export const HEATMAP_WEEKS = 13;
/** Days in the time-spoken chart. */
export const SPOKEN_DAYS = 30;

export interface PractisedQuestion {
	id: string;
	text: string;
	path: string;
	line: number;
	gradings: number;
	lastAt: number;
}

export interface StatsModel {
	lang: Lang;
	now: number;
	today: string;
	stats: StatsReport;
	/** The interview is set (the forecast runs up to it). */
	interview: boolean;
	/** Practised canonical questions, most recently graded first. */
	questions: PractisedQuestion[];
}

export function buildStatsModel(services: PrepServices): StatsModel {
	const settings = services.getSettings();
	const now = services.now();
	const { reviews } = services;
	const interviewAt = parseDay(settings.interviewDate);
	const stats = computeStats({
		events: reviews.allEvents(),
		cards: reviews.cards(),
		now,
		days: HEATMAP_WEEKS * 7,
		desiredRetention: reviews.retention,
		interviewAt,
	});
	const questions: PractisedQuestion[] = [];
	for (const q of services.getIndex().questions) {
		if (q.variantOf !== null) continue;
		const history = [q.id, ...q.variants].flatMap((id) => reviews.reviewsOf(id));
		if (history.length === 0) continue;
		const uids = new Set(history.map((e) => e.uid));
		questions.push({ id: q.id, text: q.text, path: q.path, line: q.line, gradings: uids.size, lastAt: history.reduce((m, e) => Math.max(m, e.at), -Infinity) });
	}
	questions.sort((a, b) => b.lastAt - a.lastAt);
	return { lang: services.lang(), now, today: dayStamp(now), stats, interview: daysToInterview(now, interviewAt) !== null, questions };
}
