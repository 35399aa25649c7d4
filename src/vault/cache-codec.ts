// The parse cache's codec: a parsed note as a compact stored entry and back, checking every field as it
// is read. The note's strings go to the shard's tail (shard-file.ts) and the entry holds numbers: JSON.parse
// then makes one array of small integers per note, not a dozen objects and strings per question.
import type { AnswerParts, ExtractedQuestion, ParsedNote, QuestionForm } from "../core/types";
import { NO_PARTS, STARS, starBits } from "./shared-strings";
import type { TailSource, TailWriter } from "./shard-file";

/**
 * A note as stored. `q`: QUESTION_FIELDS numbers per question: text (2), form, line, endLine,
 * answerStart, answerEnd (0 when there is no answer range), topic (index into `t`), answerMarkdown (2),
 * answered (0/1), hint (2), answer (2), context (2), STAR bits. A string is two numbers: offset and
 * length in the tail, or [i, -1] for `x[i]`: a string that is not well-formed UTF-16 (a lone surrogate
 * would not survive the file's UTF-8), kept escaped in the head.
 */
export interface StoredEntry {
	m: number;
	s: number;
	q: number[];
	t: string[][];
	l: string[];
	w: string[];
	x?: string[];
}

const QUESTION_FIELDS = 18;
const FORMS: readonly QuestionForm[] = ["heading", "prompt", "bold", "list", "qa", "callout"];
const FORM_INDEX = new Map(FORMS.map((f, i) => [f, i]));
/** Any surrogate (a quick test: most text has none), then a lone one (in a `u` regex a pair is one code point). */
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /\p{Cs}/u;

/** Appends a note's strings to the tail while its numbers are written. */
class EntryWriter {
	readonly q: number[] = [];
	x: string[] | undefined;
	constructor(private readonly tail: TailWriter) {}

	/** A string; returns its tail offset, or -1 when it went to `x` (or is empty). */
	put(s: string): number {
		if (!s) {
			this.q.push(0, 0);
			return -1;
		}
		if (SURROGATE.test(s) && LONE_SURROGATE.test(s)) {
			(this.x ??= []).push(s);
			this.q.push(this.x.length - 1, -1);
			return -1;
		}
		const at = this.tail.add(s);
		this.q.push(at, s.length);
		return at;
	}

	/** An answer part: a piece of the answer's markdown (at `mdAt` in the tail) points into it. */
	part(md: string, mdAt: number, part: string): void {
		const at = part && mdAt >= 0 ? md.indexOf(part) : -1;
		if (at >= 0) this.q.push(mdAt + at, part.length);
		else this.put(part);
	}
}

export function encode(note: ParsedNote, m: number, s: number, tail: TailWriter): StoredEntry {
	const w = new EntryWriter(tail);
	const topics = new Map<string, number>();
	const t: string[][] = [];
	for (const x of note.questions) {
		// JSON, not a join: ["a\nb"] and ["a", "b"], [] and [""] are different topics.
		const path = JSON.stringify(x.topic);
		let topic = topics.get(path);
		if (topic === undefined) {
			topic = t.push(x.topic) - 1;
			topics.set(path, topic);
		}
		w.put(x.text);
		w.q.push(FORM_INDEX.get(x.form) ?? 0, x.line, x.endLine, x.answerLines?.start ?? 0, x.answerLines?.end ?? 0, topic);
		const md = x.answerMarkdown;
		const mdAt = w.put(md);
		w.q.push(x.answered ? 1 : 0);
		w.part(md, mdAt, x.parts.hint);
		w.part(md, mdAt, x.parts.answer);
		w.part(md, mdAt, x.parts.context);
		w.q.push(starBits(x.star));
	}
	const entry: StoredEntry = { m, s, q: w.q, t, l: note.links, w: note.warnings };
	if (w.x) entry.x = w.x;
	return entry;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
export const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
/** A whole number 0 … 2³²−1 (false for anything else, strings included). */
const isUint = (v: unknown): v is number => (v as number) >>> 0 === v;

/** Reads a stored note's strings from its shard's tail. */
class EntryReader {
	private readonly end: number;
	constructor(
		private readonly src: TailSource,
		private readonly x: string[] | undefined,
	) {
		this.end = src.text.length - src.base;
	}

	/** The string at q[i], q[i + 1]; null when it points outside the tail or `x`. */
	str(q: unknown[], i: number): string | null {
		const at = q[i];
		const len = q[i + 1];
		if (!isUint(at)) return null;
		if (len === -1) return this.x && at < this.x.length ? this.x[at] : null;
		if (!isUint(len) || at + len > this.end) return null;
		const from = this.src.base + at;
		return len === 0 ? "" : this.src.text.slice(from, from + len);
	}
}

function decodeQuestion(q: unknown[], i: number, r: EntryReader, topics: string[][]): ExtractedQuestion | null {
	const text = r.str(q, i);
	const form = FORMS[q[i + 2] as number];
	const line = q[i + 3];
	const endLine = q[i + 4];
	const start = q[i + 5];
	const end = q[i + 6];
	const topic = topics[q[i + 7] as number];
	const md = r.str(q, i + 8);
	const answered = q[i + 10];
	const star = q[i + 17];
	if (text === null || !isUint(q[i + 2]) || form === undefined || !isUint(line) || !isUint(endLine) || !isUint(start) || !isUint(end)) return null;
	if (!isUint(q[i + 7]) || topic === undefined || md === null || (answered !== 0 && answered !== 1) || !isUint(star) || star > 15) return null;
	const hint = r.str(q, i + 11);
	const answer = r.str(q, i + 13);
	const context = r.str(q, i + 15);
	if (hint === null || answer === null || context === null) return null;
	const parts: AnswerParts = hint || answer || context ? { hint, answer, context } : NO_PARTS;
	return {
		text, form, line, endLine,
		answerLines: start > 0 ? { start, end } : null,
		topic, answerMarkdown: md, answered: answered === 1,
		parts,
		star: STARS[star],
	};
}

/** The note stored in `v`, its strings read from `src`; null when anything in it is malformed. */
export function decode(path: string, v: unknown, src: TailSource): ParsedNote | null {
	if (typeof v !== "object" || v === null) return null;
	const e = v as Record<string, unknown>;
	const q = e.q;
	if (!Array.isArray(q) || q.length % QUESTION_FIELDS !== 0 || !Array.isArray(e.t) || !e.t.every(isStringArray)) return null;
	if (!isStringArray(e.l) || !isStringArray(e.w) || (e.x !== undefined && !isStringArray(e.x))) return null;
	const r = new EntryReader(src, e.x);
	const questions: ExtractedQuestion[] = [];
	for (let i = 0; i < q.length; i += QUESTION_FIELDS) {
		const x = decodeQuestion(q, i, r, e.t);
		if (!x) return null;
		questions.push(x);
	}
	return { path, questions, links: e.l, warnings: e.w };
}

/** The head of every cache file: the cache is used only when all of it matches. */
export interface Manifest {
	format: number;
	parser: number;
	options: string;
	shards: number;
}
