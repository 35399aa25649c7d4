// Questions made in the index's own shape before any build. The parse cache decodes a note's questions
// this way, and the first build that indexes one under the path and key it was made with takes it as its
// Question, writing the grouping into it, instead of copying it: one object per question fewer on a warm
// start. Once taken (its id set) it is never written again: a later build that groups it otherwise
// copies it, as it copies any question, so an index once built never changes under its readers.
import type { ExtractedQuestion, Question } from "../types";
import { NO_VARIANTS } from "./note-state";

/** A question as ParsedNote holds it, in the shape of the index's Question, not yet taken by an index. */
export function readyQuestion(
	text: string, form: Question["form"], line: number, endLine: number, answerLines: Question["answerLines"], topic: string[],
	answerMarkdown: string, answered: boolean, parts: Question["parts"], star: Question["star"], path: string, key: string,
): ExtractedQuestion {
	const q: Question = {
		text, form, line, endLine, answerLines, topic, answerMarkdown, answered, parts, star,
		path, key, id: "", covered: false, variantOf: null, variants: NO_VARIANTS,
	};
	return q;
}

/**
 * The question itself as the index's, its grouping written in, when it is a ready question no index has
 * taken and it was made for this path and key; else null (the caller copies it).
 */
export function takeReady(x: ExtractedQuestion, path: string, key: string, id: string, covered: boolean, variantOf: string | null, variants: string[]): Question | null {
	const q = x as Question;
	// (A parsed question has no id: undefined, never "".)
	if (q.id !== "" || q.path !== path || q.key !== key) return null;
	// The index's one string of this key (the ready question's may be a slice of a cache file).
	q.key = key;
	q.id = id;
	q.covered = covered;
	q.variantOf = variantOf;
	q.variants = variants;
	return q;
}
