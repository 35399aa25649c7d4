// The plain data the quiz view draws: everything renderQuiz needs, nothing it has to look up.
import type { Lang, Question, Rating } from "../../core/types";
import type { QuizFilters, QuizMode } from "../../core/quiz/quiz-filter";
import type { QuizPhase, QuizStats } from "../../core/quiz/quiz-session";
import type { CardAnswer } from "../../core/quiz/card-answer";
import type { PauseReason } from "../../core/quiz/speaking-clock";
import type { SessionCounts } from "../../core/quiz/session-counts";
import type { StarPanel } from "../../core/star/star-report";
import type { StoryCard } from "../../core/star/story-card";

/** Grades whose next review the interview date brings forward (to the day before it). */
export interface InterviewCap {
	ratings: Rating[];
	/** Local midnight of the interview day. */
	interviewAt: number;
}

export type EmptyState =
	/** The first index build has found nothing yet: only the status line shows. */
	| { kind: "waiting" }
	| { kind: "noHub"; suggestions: string[] }
	| { kind: "noQuestions"; missingHubs: string[] }
	| { kind: "noMatch" }
	| { kind: "allAnswered" }
	| { kind: "nothingDue"; nextDue: number | null };

export interface CardModel {
	question: Question;
	phase: Exclude<QuizPhase, "done">;
	/** Seconds since the card showed, and the target (settings.targetSeconds). */
	elapsed: number;
	target: number;
	/** The timer stands still (a mock interview is open, the quiz hidden …), and why. */
	paused: boolean;
	pausedFor: readonly PauseReason[];
	/** The timer stopped at reveal: it shows the time spoken. */
	stopped: boolean;
	/** New, learning and review cards left in the session, and how many steps were taken. */
	counts: SessionCounts;
	/** After reveal: the grades the interview date caps, or null. */
	interviewCap: InterviewCap | null;
	/** Cards left in the session, this one included. */
	remaining: number;
	/** Never graded before. */
	isNew: boolean;
	lastReview: number | null;
	/** Epoch ms at which the question comes back after each rating (shown after reveal). */
	comesBack: Record<Rating, number> | null;
	/** Every copy's hint and answer (model answer, background, the rest), and what the question has. */
	answer: CardAnswer;
	/** The STAR check panel after reveal, where the check applies (src/core/star/star-report.ts). */
	star: StarPanel | null;
	/** The story bank after reveal: linked stories' STAR parts, or stories to link (src/core/star/story-card.ts). */
	stories?: StoryCard | null;
}

export interface SummaryModel {
	stats: QuizStats;
	/** Cards due now, and when the next one not yet due comes up. */
	dueNow: number;
	nextDue: number | null;
}

export interface QuizModel {
	lang: Lang;
	now: number;
	/** Indexing progress while the first build runs, or null when the index is ready. */
	indexing: { done: number; total: number } | null;
	mode: QuizMode;
	filters: QuizFilters;
	noteOptions: string[];
	topicOptions: string[];
	countdown: { days: number; notPractised: number } | null;
	/** Due now and new today under the filters (the Due mode's badge), null while indexing. */
	due: { due: number; fresh: number } | null;
	/** The session's last grade can be taken back (the undo control shows). */
	canUndo: boolean;
	empty: EmptyState | null;
	card: CardModel | null;
	summary: SummaryModel | null;
}
