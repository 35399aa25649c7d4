// The quiz as plain data (QuizModel) from the session in hand and what the services know now: the
// status line, countdown, toolbar, the card (answer, intervals, STAR panel, stories) or why there is none.
import type { PrepServices } from "../../services";
import type { CardState, Question } from "../../core/types";
import { daysToInterview } from "../../core/review/interview-date";
import { filterQuestions, noteOptions, topicOptions, type QuizFilters, type QuizMode } from "../../core/quiz/quiz-filter";
import { elapsedSeconds, isPaused, remaining, type QuizSessionState } from "../../core/quiz/quiz-session";
import { cardAnswer } from "../../core/quiz/card-answer";
import { kindOfCard, sessionCounts } from "../../core/quiz/session-counts";
import { interviewCap } from "./card-extras";
import type { CardModel, EmptyState, QuizModel } from "./quiz-model";
import { starPanelOf, storyCardOf } from "./quiz-star";
import { interviewDayOf, quizQueue } from "./quiz-queue";

/** What the controller holds that the model shows. */
export interface QuizModelInput {
	mode: QuizMode;
	filters: QuizFilters;
	session: QuizSessionState;
	/** The session's last grade or skip can be taken back. */
	canUndo: boolean;
}

export function buildQuizModel(s: PrepServices, input: QuizModelInput): QuizModel {
	const { mode, filters, session } = input;
	const now = s.now();
	const index = s.getIndex();
	const settings = s.getSettings();
	const status = s.getStatus();
	const cards = s.reviews.cards();
	const interviewAt = interviewDayOf(s);

	const allCanonical = index.questions.filter((q) => q.variantOf === null);
	const days = daysToInterview(now, interviewAt);
	const countdown = days === null ? null : { days, notPractised: allCanonical.filter((q) => !isPractised(cards.get(q.id))).length };

	// What the Due mode holds under the filters: its button's count, and the summary's figures.
	const dueQueue = quizQueue(s, filters, "due", now);
	const base: QuizModel = {
		lang: s.lang(),
		now,
		indexing: status.state === "ready" ? null : { done: status.done, total: status.total },
		mode,
		filters: { ...filters },
		noteOptions: noteOptions(index),
		topicOptions: topicOptions(index, filters.path),
		countdown,
		due: status.state === "ready" ? { due: dueQueue.dueCount, fresh: dueQueue.newCount } : null,
		canUndo: input.canUndo,
		empty: null,
		card: null,
		summary: null,
	};

	if (status.state !== "ready" && allCanonical.length === 0) return { ...base, empty: { kind: "waiting" } };
	if (settings.hubs.length === 0 && allCanonical.length === 0) {
		return { ...base, empty: { kind: "noHub", suggestions: s.suggestHubs().slice(0, 5) } };
	}
	if (allCanonical.length === 0) {
		return { ...base, empty: { kind: "noQuestions", missingHubs: s.getPrepSet()?.missingHubs ?? [] } };
	}

	if (session.current) return { ...base, card: cardModel(s, session, cards, interviewAt, now) };

	if (session.stats.reviewed > 0 || session.stats.skipped > 0) {
		return { ...base, summary: { stats: session.stats, dueNow: dueQueue.dueCount, nextDue: dueQueue.nextDue } };
	}
	return { ...base, empty: emptyState(s, mode, filters, dueQueue.nextDue) };
}

function emptyState(s: PrepServices, mode: QuizMode, filters: QuizFilters, nextDue: number | null): EmptyState {
	if (filterQuestions(s.getIndex(), filters, s.getPrepSet()?.hubOf).length === 0) return { kind: "noMatch" };
	if (mode === "unanswered") return { kind: "allAnswered" };
	if (mode === "due") return { kind: "nothingDue", nextDue };
	return { kind: "noMatch" };
}

function cardModel(s: PrepServices, session: QuizSessionState, cards: Map<string, CardState>, interviewAt: number | null, now: number): CardModel {
	const q = session.current as Question;
	const card = cards.get(q.id) ?? null;
	const phase = session.phase === "done" ? "front" : session.phase;
	const revealed = phase === "revealed";
	return {
		question: q,
		phase,
		elapsed: elapsedSeconds(session, now),
		paused: isPaused(session),
		pausedFor: session.clock.paused,
		stopped: session.clock.stopped,
		counts: sessionCounts(session, (qid) => kindOfCard(cards.get(qid))),
		interviewCap: revealed ? interviewCap(s.reviews, q.id, now, interviewAt) : null,
		target: s.getSettings().targetSeconds,
		remaining: remaining(session),
		isNew: !isPractised(card ?? undefined),
		lastReview: card?.lastReview ?? null,
		comesBack: revealed ? s.reviews.previewIntervals(q.id, now, interviewAt) : null,
		answer: cardAnswer(q, s.getIndex()),
		star: revealed ? starPanelOf(q, s) : null,
		stories: revealed ? storyCardOf(q, s) : null,
	};
}

function isPractised(card: CardState | undefined): boolean {
	return card !== undefined && card.reps > 0;
}
