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

/** ExtractedQuestion's fields, then the rest of Question's (a ready question has them all: ready-question.ts). */
const FIELDS = ["text", "form", "line", "endLine", "answerLines", "topic", "answerMarkdown", "answered", "parts", "star", "path", "key", "id", "covered", "variantOf", "variants"];
const EXTRACTED_FIELDS = 10;

/**
 * The question's keys are ExtractedQuestion's fields in FIELDS' order, or all of FIELDS (a ready question,
 * whose other fields a copy sets anew). Walked with for-in, not listed (Object.keys made an array per
 * question); an inherited key (never seen in practice) only makes the copy a spread, which copies the
 * same own fields in the same order.
 */
function hasPlainFields(q: ExtractedQuestion): boolean {
	let i = 0;
	for (const k in q) if (k !== FIELDS[i++]) return false;
	return i === EXTRACTED_FIELDS || i === FIELDS.length;
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

/** Keys known before any build, per question in the array's order (the parse cache keeps them). */
const knownKeys = new WeakMap<readonly ExtractedQuestion[], readonly string[]>();

/** These are the questions' keys (questionKey of each text, in their order): builds take them as they are. */
export function rememberKeys(questions: readonly ExtractedQuestion[], keys: readonly string[]): void {
	if (keys.length === questions.length) knownKeys.set(questions, keys);
}

/** Each question's key in the array's order: as remembered, as a build found them, else computed. */
export function keysOf(questions: readonly ExtractedQuestion[]): readonly string[] {
	const known = knownKeys.get(questions);
	if (known) return known;
	const data = noteMemo.get(questions);
	if (!data) return questions.map((q) => questionKey(q.text));
	const keys = new Array<string>(questions.length);
	for (let j = 0; j < data.order.length; j++) keys[data.order[j]] = data.keys[j];
	return keys;
}

/** A note's order, keys and kept-apart repeats; memoised per questions array when `memo`. */
export function noteData(questions: readonly ExtractedQuestion[], memo: boolean): NoteData {
	const hit = memo ? noteMemo.get(questions) : undefined;
	if (hit) return hit;
	const order = questions.map((_, i) => i);
	let sorted = true;
	for (let i = 1; i < questions.length && sorted; i++) if (questions[i].line < questions[i - 1].line) sorted = false;
	if (!sorted) order.sort((a, b) => questions[a].line - questions[b].line || a - b);
	const known = knownKeys.get(questions);
	const keys = known ? order.map((i) => known[i]) : order.map((i) => questionKey(questions[i].text));
	// The memo keeps them from here on (a build makes its strings the index's own): the remembered ones can go.
	if (known && memo) knownKeys.delete(questions);
	const keptApart = questions.length <= FEW_QUESTIONS ? keptApartByScan(questions, order, keys) : keptApartByMap(questions, order, keys);
	const data = { order, keys, keptApart, plainFields: questions.every(hasPlainFields) };
	if (memo) noteMemo.set(questions, data);
	return data;
}

/** Up to this many questions a note's repeats are found by looking back over its places, without a map. */
const FEW_QUESTIONS = 32;

/** Per place: answered, and an earlier answered place has the same key and form (the note's places in `order`). */
export function keptApartByMap(questions: readonly ExtractedQuestion[], order: readonly number[], keys: readonly string[]): boolean[] {
	const keptApart: boolean[] = [];
	// Answered spots seen so far in this note, per key: the forms.
	const answeredForms = new Map<string, string[]>();
	for (let j = 0; j < order.length; j++) {
		const q = questions[order[j]];
		const forms = answeredForms.get(keys[j]);
		keptApart.push(q.answered && forms !== undefined && forms.includes(q.form));
		if (q.answered) {
			if (forms) forms.push(q.form);
			else answeredForms.set(keys[j], [q.form]);
		}
	}
	return keptApart;
}

/** keptApartByMap for a note of few questions: each answered place looks back over the earlier ones (no map, no lists). */
export function keptApartByScan(questions: readonly ExtractedQuestion[], order: readonly number[], keys: readonly string[]): boolean[] {
	const keptApart = new Array<boolean>(order.length).fill(false);
	for (let j = 1; j < order.length; j++) {
		const q = questions[order[j]];
		if (!q.answered) continue;
		for (let e = 0; e < j; e++) {
			const p = questions[order[e]];
			if (p.answered && keys[e] === keys[j] && p.form === q.form) {
				keptApart[j] = true;
				break;
			}
		}
	}
	return keptApart;
}

export function byPath(a: { path: string }, b: { path: string }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
