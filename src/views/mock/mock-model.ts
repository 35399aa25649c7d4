// The plain data the mock interview draws: everything renderMock needs, nothing it has to look up.
import type { Lang, Rating } from "../../core/types";
import type { CopyHint } from "../../core/quiz/card-answer";
import type { StarPanel } from "../../core/star/star-report";

/** Before the run: how many questions were drawn and the time for each (0 questions: nothing to start). */
export interface MockIntroModel {
	kind: "intro";
	count: number;
	targetSecs: number;
}

/** What shows once the answer is over (done, or the time ran out). */
export interface MockRevealModel {
	/** Seconds spoken, and whether the time ran out. */
	secs: number;
	timedOut: boolean;
	rating: Rating | null;
	remark: string;
	/** The hints of every copy of the question; never shown as the model answer. */
	hints: CopyHint[];
	/** The model answer's markdown and the note it comes from; null when the question has none. */
	modelAnswer: { markdown: string; path: string } | null;
	/** The STAR check panel where the check applies (src/core/star/star-report.ts). */
	star: StarPanel | null;
}

export interface MockQuestionModel {
	kind: "question";
	/** 0-based. */
	index: number;
	total: number;
	text: string;
	targetSecs: number;
	/** Whole seconds left to speak (the countdown while answering). */
	left: number;
	/** Null while the person is answering. */
	revealed: MockRevealModel | null;
}

export interface MockSummaryRow {
	text: string;
	secs: number;
	targetSecs: number;
	rating: Rating | null;
	/** Ran out of time. */
	over: boolean;
}

export interface MockSummaryModel {
	kind: "summary";
	/** The run's figures in one line (the same line the log note says). */
	line: string;
	rows: MockSummaryRow[];
	/** Questions asked that had no model answer. */
	unanswered: string[];
	/** The log note: being written, or written at this path. */
	log: { writing: boolean; path: string | null };
}

export type MockModel = { lang: Lang } & (MockIntroModel | MockQuestionModel | MockSummaryModel);
