// The parse cache's codec: a parsed note as a compact stored entry (questions as arrays, answer parts as
// offsets into the answer when they are pieces of it) and back, checking every field as it is read.
import type { AnswerParts, ExtractedQuestion, ParsedNote, QuestionForm } from "../core/types";
import { STARS, shareShapes, starBits } from "./shared-strings";

/**
 * A question as stored: [text, form, line, endLine, answerStart, answerEnd, topic, answerMarkdown,
 * answered (0/1), hint, answer, context, star bits]. answerStart/End are 0 when there is no answer
 * range; a part is a string, or [offset, length] into answerMarkdown.
 */
type StoredPart = string | [number, number];
type StoredQuestion = [string, string, number, number, number, number, string[], string, number, StoredPart, StoredPart, StoredPart, number];

export interface StoredEntry {
	m: number;
	s: number;
	q: StoredQuestion[];
	l: string[];
	w: string[];
}

const FORMS: readonly QuestionForm[] = ["heading", "prompt", "bold", "list", "qa", "callout"];

function storePart(md: string, part: string): StoredPart {
	if (!part) return "";
	const at = md.indexOf(part);
	return at >= 0 ? [at, part.length] : part;
}

export function encode(note: ParsedNote, m: number, s: number): StoredEntry {
	const q = note.questions.map((x): StoredQuestion => {
		const star = starBits(x.star);
		const md = x.answerMarkdown;
		return [
			x.text, x.form, x.line, x.endLine, x.answerLines?.start ?? 0, x.answerLines?.end ?? 0, x.topic, md, x.answered ? 1 : 0,
			storePart(md, x.parts.hint), storePart(md, x.parts.answer), storePart(md, x.parts.context), star,
		];
	});
	return { m, s, q, l: note.links, w: note.warnings };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
export const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function readPart(md: string, v: unknown): string | null {
	if (typeof v === "string") return v;
	if (!Array.isArray(v) || v.length !== 2 || !isInt(v[0]) || !isInt(v[1]) || v[0] + v[1] > md.length) return null;
	return md.slice(v[0], v[0] + v[1]);
}

function decodeQuestion(v: unknown): ExtractedQuestion | null {
	if (!Array.isArray(v) || v.length !== 13) return null;
	const [text, form, line, endLine, start, end, topic, md, answered, hint, answer, context, star] = v as unknown[];
	if (typeof text !== "string" || !FORMS.includes(form as QuestionForm) || !isInt(line) || !isInt(endLine) || !isInt(start) || !isInt(end)) return null;
	if (!isStringArray(topic) || typeof md !== "string" || (answered !== 0 && answered !== 1) || !isInt(star)) return null;
	const parts = { hint: readPart(md, hint), answer: readPart(md, answer), context: readPart(md, context) };
	if (parts.hint === null || parts.answer === null || parts.context === null) return null;
	return {
		text, form: form as QuestionForm, line, endLine,
		answerLines: start > 0 ? { start, end } : null,
		topic, answerMarkdown: md, answered: answered === 1,
		parts: parts as AnswerParts,
		star: STARS[star & 15],
	};
}

export function decode(path: string, v: unknown): ParsedNote | null {
	if (typeof v !== "object" || v === null) return null;
	const e = v as Record<string, unknown>;
	if (!Array.isArray(e.q) || !isStringArray(e.l) || !isStringArray(e.w)) return null;
	const questions: ExtractedQuestion[] = [];
	for (const x of e.q) {
		const q = decodeQuestion(x);
		if (!q) return null;
		questions.push(q);
	}
	return shareShapes({ path, questions, links: e.l, warnings: e.w });
}

/** The head of every cache file: the cache is used only when all of it matches. */
export interface Manifest {
	format: number;
	parser: number;
	options: string;
	shards: number;
}

export interface ShardFile extends Manifest {
	index: number;
	entries: Record<string, StoredEntry>;
}
