// What the coverage view draws: the core report plus the view's own context (language, index
// state, hub suggestions, interview countdown). Built from services here; tests build it by hand.
import { parseDay } from "../../core/time-stamp";
import type { Lang, Question } from "../../core/types";
import type { IndexStatus, PrepServices } from "../../services";
import { computeCoverage, type CoverageReport } from "../../core/coverage";
import { daysToInterview } from "../../core/review/interview-date";
import { deckOverview, suspendedQuestions, type DeckOverview } from "../../core/deck-overview";

export interface CoverageModel {
	lang: Lang;
	report: CoverageReport;
	status: IndexStatus;
	/** The person set at least one hub. */
	hubSet: boolean;
	/** Notes that look like hubs, offered when none is set. */
	suggestions: string[];
	/** Whole days to the interview (0 = today), or null. */
	interviewDays: number | null;
	/** New and due per hub, note and topic (buried and suspended left out). */
	deck: DeckOverview;
	/** Suspended questions, listed with a way back. */
	suspended: Question[];
}

/** "2025-06-01" → local midnight of that day, or null. */
export function buildCoverageModel(services: PrepServices): CoverageModel {
	const settings = services.getSettings();
	const now = services.now();
	const { reviews } = services;
	const report = computeCoverage({
		index: services.getIndex(),
		prep: services.getPrepSet(),
		now,
		cards: reviews.cards(),
		retrievability: (card, at) => reviews.retrievability(card.qid, at) ?? 0,
		reviewsOf: (qid) => reviews.reviewsOf(qid),
		targetSeconds: settings.targetSeconds,
		mockRuns: reviews.mockRuns(),
	});
	const hubSet = settings.hubs.length > 0;
	const index = services.getIndex();
	const interviewDate = parseDay(settings.interviewDate);
	const deck = deckOverview({ index, prep: services.getPrepSet(), cards: reviews.cards(), hidden: reviews.hidden(now), now, interviewDate });
	return {
		deck,
		suspended: suspendedQuestions(index, reviews.controlState().suspended),
		lang: services.lang(),
		report,
		status: services.getStatus(),
		hubSet,
		suggestions: hubSet ? [] : services.suggestHubs(),
		interviewDays: daysToInterview(now, parseDay(settings.interviewDate)),
	};
}
