// The quiz's queue: buildQueue (src/core/review/queue.ts) over the questions the filters pass, with the
// person's daily limits and interview date. The controller starts sessions from it; the model counts it.
import type { PrepServices } from "../../services";
import { parseDay } from "../../core/time-stamp";
import { buildQueue, type Queue } from "../../core/review/queue";
import { filterQuestions, type QuizFilters, type QuizMode } from "../../core/quiz/quiz-filter";

export function quizQueue(services: PrepServices, filters: QuizFilters, mode: QuizMode, now: number): Queue {
	const settings = services.getSettings();
	return buildQueue({
		questions: filterQuestions(services.getIndex(), filters, services.getPrepSet()?.hubOf),
		cards: services.reviews.cards(),
		now,
		mode,
		newPerDay: settings.newPerDay,
		newIntroducedToday: services.reviews.introducedOn(now),
		interviewDate: interviewDayOf(services),
		seed: now,
		hidden: services.reviews.hidden(now),
		maxReviewsPerDay: settings.maxReviewsPerDay,
		reviewsToday: services.reviews.reviewsOfKnownOn(now),
	});
}

/** Local midnight of the interview day, or null when no date is set. */
export function interviewDayOf(services: PrepServices): number | null {
	return parseDay(services.getSettings().interviewDate);
}
