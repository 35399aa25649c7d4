// Which questions a quiz session draws from: modes, the note and topic filters, and their dropdown options.
import type { Question, QuestionIndex } from "../types";
import type { QueueMode } from "../review/queue";

export type QuizMode = QueueMode;
export const QUIZ_MODES: readonly QuizMode[] = ["due", "all", "unanswered"];

export interface QuizFilters {
	/** Vault path of one note, or "" for all notes. */
	path: string;
	/** A topic path ("一、客户服务 › 投诉"), or one topic heading, or "" for all topics. */
	topic: string;
}

export const NO_FILTERS: QuizFilters = { path: "", topic: "" };

/** How a topic path is shown and matched. */
import { matchesTopic, TOPIC_SEPARATOR } from "../topic";

/** Canonical questions (variants are practised through the question they merged into) passing the filters. */
export function filterQuestions(index: QuestionIndex, filters: QuizFilters): Question[] {
	return index.questions.filter(
		(q) => q.variantOf === null && (filters.path === "" || q.path === filters.path) && matchesTopic(q, filters.topic),
	);
}

/** Notes that hold canonical questions, in index order. */
export function noteOptions(index: QuestionIndex): string[] {
	const seen = new Set<string>();
	for (const q of index.questions) if (q.variantOf === null) seen.add(q.path);
	return [...seen];
}

/** Topic paths (and their parents) of the questions in the chosen note, in order of first appearance. */
export function topicOptions(index: QuestionIndex, path: string): string[] {
	const seen = new Set<string>();
	for (const q of index.questions) {
		if (q.variantOf !== null || (path !== "" && q.path !== path)) continue;
		for (let depth = 1; depth <= q.topic.length; depth++) seen.add(q.topic.slice(0, depth).join(TOPIC_SEPARATOR));
	}
	return [...seen];
}
