// One note as a build sees it: its questions in line order with their keys, which repeats stay apart,
// and the index's copies of its questions (kept while nothing about them changes).
import type { ExtractedQuestion, Question } from "../types";
import { questionKey } from "../normalize";
import type { KeyData } from "./key-data";

/** Per questions array: the order by line, keys, and which repeats stay apart. Independent of the path. */
export interface NoteData {
	/** Indices into the questions, ordered by line (stable). */
	order: number[];
	keys: string[];
	/** The same words answered again in the same form in this note: a different question. */
	keptApart: boolean[];
	/** Every question has exactly ExtractedQuestion's fields (the index copies them field by field). */
	plainFields: boolean;
}

/** One note as the last build saw it: its questions, their order and keys, and the index's copies. */
export interface NoteState {
	path: string;
	questions: readonly ExtractedQuestion[];
	data: NoteData;
	/** The index's question per place in `data.order`. */
	indexedByPlace: (Question | undefined)[];
	/** The key of each place (keys live while a note holds them). */
	keysByPlace: KeyData[];
}

const FIELDS = ["text", "form", "line", "endLine", "answerLines", "topic", "answerMarkdown", "answered", "parts", "star"];

function hasPlainFields(q: ExtractedQuestion): boolean {
	const keys = Object.keys(q);
	return keys.length === FIELDS.length && keys.every((k, i) => k === FIELDS[i]);
}

/** Most questions have no variants: one shared (frozen) empty list. */
export const NO_VARIANTS = Object.freeze([]) as unknown as string[];

/**
 * The index's copy of a question. A literal with one field order gives every question one shape
 * (spread copies each get their own, and reading them is many times slower); other fields are kept.
 */
export function indexedCopy(q: ExtractedQuestion, plainFields: boolean, path: string, key: string, id: string, covered: boolean, variantOf: string | null, variants: string[]): Question {
	if (!plainFields) return { ...q, path, key, id, covered, variantOf, variants };
	return {
		text: q.text, form: q.form, line: q.line, endLine: q.endLine, answerLines: q.answerLines, topic: q.topic,
		answerMarkdown: q.answerMarkdown, answered: q.answered, parts: q.parts, star: q.star,
		path, key, id, covered, variantOf, variants,
	};
}

const noteMemo = new WeakMap<readonly ExtractedQuestion[], NoteData>();

/** A note's order, keys and kept-apart repeats; memoised per questions array when `memo`. */
export function noteData(questions: readonly ExtractedQuestion[], memo: boolean): NoteData {
	const hit = memo ? noteMemo.get(questions) : undefined;
	if (hit) return hit;
	const order = questions.map((_, i) => i);
	let sorted = true;
	for (let i = 1; i < questions.length && sorted; i++) if (questions[i].line < questions[i - 1].line) sorted = false;
	if (!sorted) order.sort((a, b) => questions[a].line - questions[b].line || a - b);
	const keys: string[] = [];
	const keptApart: boolean[] = [];
	// Answered spots seen so far in this note, per key: the forms.
	const answeredForms = new Map<string, string[]>();
	for (const i of order) {
		const q = questions[i];
		const k = questionKey(q.text);
		keys.push(k);
		const forms = answeredForms.get(k);
		keptApart.push(q.answered && forms !== undefined && forms.includes(q.form));
		if (q.answered) {
			if (forms) forms.push(q.form);
			else answeredForms.set(k, [q.form]);
		}
	}
	const data = { order, keys, keptApart, plainFields: questions.every(hasPlainFields) };
	if (memo) noteMemo.set(questions, data);
	return data;
}

export function byPath(a: { path: string }, b: { path: string }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
