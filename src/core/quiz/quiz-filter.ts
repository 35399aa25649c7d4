// Which questions a quiz session draws from: modes, the note and topic filters, and their dropdown options.
import type { Question, QuestionIndex } from "../types";
import type { QueueMode } from "../review/queue";
import { matchesTopic, TOPIC_SEPARATOR, type NoteTopicFilter } from "../topic";
import { copiesOf } from "../answer-state";

export type QuizMode = QueueMode;
export const QUIZ_MODES: readonly QuizMode[] = ["due", "all", "unanswered"];

export interface QuizFilters {
	/** Vault path of one note, or "" for all notes. */
	path: string;
	/** A topic path ("一、客户服务 › 投诉"), or one topic heading, or "" for all topics. */
	topic: string;
	/** One question's id (a variant's id finds the question it merged into), or "" / absent for all ("Practise this question"). */
	question?: string;
	/** One hub's notes (the deck overview's hub row), or "" / absent for all; needs the prep set's hubOf. */
	hub?: string;
}

export const NO_FILTERS: QuizFilters = { path: "", topic: "" };

/** What opening the quiz may ask for: a note, a topic, one question, a mode (the rest as it was). */
export interface QuizRequest extends NoteTopicFilter {
	question?: string;
	hub?: string;
	mode?: QuizMode;
}


/**
 * Canonical questions (variants are practised through the question they merged into) passing the filters.
 * A merged question passes when any of its copies does: it shows under every note and topic holding one.
 */
export function filterQuestions(index: QuestionIndex, filters: QuizFilters, hubOf: Readonly<Record<string, string>> = {}): Question[] {
	const one = filters.question ?? "";
	const hub = filters.hub ?? "";
	const passes = (q: Question): boolean =>
		(one === "" || q.id === one) && (hub === "" || hubOf[q.path] === hub) && (filters.path === "" || q.path === filters.path) && matchesTopic(q, filters.topic);
	return index.questions.filter((q) => q.variantOf === null && (passes(q) || copiesOf(q, index).some(passes)));
}

/** Notes that hold questions (a variant's note too: its question shows there), in index order. */
export function noteOptions(index: QuestionIndex): string[] {
	const seen = new Set<string>();
	for (const q of index.questions) seen.add(q.path);
	return [...seen];
}

/** Topic paths (and their parents) of the questions in the chosen note, variants' too, in order of first appearance. */
export function topicOptions(index: QuestionIndex, path: string): string[] {
	const seen = new Set<string>();
	for (const q of index.questions) {
		if (path !== "" && q.path !== path) continue;
		for (let depth = 1; depth <= q.topic.length; depth++) seen.add(q.topic.slice(0, depth).join(TOPIC_SEPARATOR));
	}
	return [...seen];
}
