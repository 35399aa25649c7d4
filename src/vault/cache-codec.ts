// The parse cache's codec: a parsed note as a compact stored entry and back, checking every field as it
// is read. The note's strings go to the shard's tail (shard-file.ts) and the entry holds numbers: JSON.parse
// then makes one array of small integers per note, not a dozen objects and strings per question.
import type { ExtractedQuestion, ParsedNote, QuestionForm } from "../core/types";
import { readyQuestion, rememberKeys } from "../core/index/question-index";
import { NO_PARTS, STARS, starBits } from "./shared-strings";
import type { TailSource, TailWriter } from "./shard-file";

/**
 * A note as stored. Its strings are in the tail one after another from offset `o`, in the order read.
 * `q`: QUESTION_FIELDS numbers per question: text, flags (form × 32 + answered × 16 + STAR bits, + 256
 * when it has an answer range), line, endLine − line, answerStart − line, answerEnd − answerStart (both 0
 * without a range), topic (index into `t`), answerMarkdown, then hint, answer and context as two numbers
 * each: [offset, length] in the answer's markdown, or [-1, string] for text of their own, then the question's
 * key (questionKey of its text, so a warm start need not work it out again).
 * A string is one number: its length (the next so many characters of the tail), or −1 − i for `x[i]`:
 * a string that is not well-formed UTF-16 (a lone surrogate would not survive the file's UTF-8), kept
 * escaped in the head. Small numbers, so the head is short to read and to keep.
 */
export interface StoredEntry {
	m: number;
	s: number;
	o: number;
	q: number[];
	t: string[][];
	w: string[];
	x?: string[];
}

const QUESTION_FIELDS = 15;
const FORMS: readonly QuestionForm[] = ["heading", "prompt", "bold", "list", "qa", "callout"];
const FORM_INDEX = new Map(FORMS.map((f, i) => [f, i]));
const HAS_RANGE = 256;
/** Any surrogate (a quick test: most text has none), then a lone one (in a `u` regex a pair is one code point). */
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /\p{Cs}/u;

/** Appends a note's strings to the tail while its numbers are written. */
class EntryWriter {
	readonly q: number[] = [];
	x: string[] | undefined;
	constructor(private readonly tail: TailWriter) {}

	str(s: string): void {
		if (SURROGATE.test(s) && LONE_SURROGATE.test(s)) {
			(this.x ??= []).push(s);
			this.q.push(-this.x.length);
			return;
		}
		this.tail.add(s);
		this.q.push(s.length);
	}

	/** An answer part: a piece of the answer's markdown points into it. */
	part(md: string, part: string): void {
		const at = part ? md.indexOf(part) : 0;
		if (at >= 0) this.q.push(at, part.length);
		else {
			this.q.push(-1);
			this.str(part);
		}
	}
}

/** `keys`: each question's key, in the questions' order. */
export function encode(note: ParsedNote, m: number, s: number, tail: TailWriter, keys: readonly string[]): StoredEntry {
	const o = tail.length;
	const w = new EntryWriter(tail);
	const topics = new Map<string, number>();
	const t: string[][] = [];
	for (let i = 0; i < note.questions.length; i++) {
		const x = note.questions[i];
		// JSON, not a join: ["a\nb"] and ["a", "b"], [] and [""] are different topics.
		const path = JSON.stringify(x.topic);
		let topic = topics.get(path);
		if (topic === undefined) {
			topic = t.push(x.topic) - 1;
			topics.set(path, topic);
		}
		const range = x.answerLines;
		const flags = (FORM_INDEX.get(x.form) ?? 0) * 32 + (x.answered ? 16 : 0) + starBits(x.star) + (range ? HAS_RANGE : 0);
		w.str(x.text);
		w.q.push(flags, x.line, x.endLine - x.line, range ? range.start - x.line : 0, range ? range.end - range.start : 0, topic);
		const md = x.answerMarkdown;
		w.str(md);
		w.part(md, x.parts.hint);
		w.part(md, x.parts.answer);
		w.part(md, x.parts.context);
		w.str(keys[i]);
	}
	const entry: StoredEntry = { m, s, o, q: w.q, t, w: note.warnings };
	if (w.x) entry.x = w.x;
	return entry;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
export const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
/** A whole number 0 … 2³²−1 (false for anything else, strings included). */
const isUint = (v: unknown): v is number => (v as number) >>> 0 === v;
/** A whole number −2³¹ … 2³¹−1. */
const isSint = (v: unknown): v is number => ((v as number) | 0) === v;

/** Reads a stored note's strings from its shard's tail, in order. */
class EntryReader {
	private readonly end: number;
	private at: number;
	constructor(
		private readonly src: TailSource,
		start: number,
		private readonly x: string[] | undefined,
	) {
		this.end = src.text.length - src.base;
		this.at = start;
	}

	/** The string q[i] stands for; null when it goes past the tail or `x`. */
	str(v: unknown): string | null {
		if (!isSint(v)) return null;
		if (v < 0) return this.x?.[-1 - v] ?? null;
		if (this.at + v > this.end) return null;
		const from = this.src.base + this.at;
		this.at += v;
		return v === 0 ? "" : this.src.text.slice(from, from + v);
	}

	/** An answer part at q[i], q[i + 1]: a piece of `md`, or a string of its own. */
	part(md: string, a: unknown, b: unknown): string | null {
		if (a === -1) return this.str(b);
		if (!isUint(a) || !isUint(b) || a + b > md.length) return null;
		// The whole answer (a quarter of the parts) is the answer's string itself: one slice fewer.
		return b === 0 ? "" : b === md.length ? md : md.slice(a, a + b);
	}
}

/** The question stored at q[i], its key pushed to `keys`. */
function decodeQuestion(path: string, q: unknown[], i: number, r: EntryReader, topics: string[][], keys: string[]): ExtractedQuestion | null {
	const text = r.str(q[i]);
	const flags = q[i + 1];
	const line = q[i + 2];
	const dEnd = q[i + 3];
	const dStart = q[i + 4];
	const dRangeEnd = q[i + 5];
	const t = q[i + 6];
	if (text === null || !isUint(flags) || flags >= 512 || !isUint(line) || !isSint(dEnd) || !isSint(dStart) || !isSint(dRangeEnd) || !isUint(t)) return null;
	const form = FORMS[(flags >> 5) & 7];
	const topic = topics[t];
	const endLine = line + dEnd;
	const start = line + dStart;
	const end = start + dRangeEnd;
	if (form === undefined || topic === undefined || endLine < 0 || start < 0 || end < 0) return null;
	const md = r.str(q[i + 7]);
	if (md === null) return null;
	const hint = r.part(md, q[i + 8], q[i + 9]);
	const answer = r.part(md, q[i + 10], q[i + 11]);
	const context = r.part(md, q[i + 12], q[i + 13]);
	const key = r.str(q[i + 14]);
	if (hint === null || answer === null || context === null || key === null) return null;
	keys.push(key);
	// Made as the index will hold it (its first build takes this object rather than a copy).
	const parts = hint || answer || context ? { hint, answer, context } : NO_PARTS;
	return readyQuestion(text, form, line, endLine, flags & HAS_RANGE ? { start, end } : null, topic, md, (flags & 16) !== 0, parts, STARS[flags & 15], path, key);
}

/**
 * The note stored in `v`, its strings read from `src`; null when anything in it is malformed. Its
 * questions are ready questions (src/core/index/ready-question.ts): ExtractedQuestion's fields, then the
 * index's (path, key, and an id "" until an index takes them).
 */
export function decode(path: string, v: unknown, src: TailSource): ParsedNote | null {
	if (typeof v !== "object" || v === null) return null;
	const e = v as Record<string, unknown>;
	const q = e.q;
	if (!Array.isArray(q) || q.length % QUESTION_FIELDS !== 0 || !isUint(e.o) || !Array.isArray(e.t) || !e.t.every(isStringArray)) return null;
	if (!isStringArray(e.w) || (e.x !== undefined && !isStringArray(e.x))) return null;
	const r = new EntryReader(src, e.o, e.x);
	const questions: ExtractedQuestion[] = [];
	const keys: string[] = [];
	for (let i = 0; i < q.length; i += QUESTION_FIELDS) {
		const x = decodeQuestion(path, q, i, r, e.t, keys);
		if (!x) return null;
		questions.push(x);
	}
	rememberKeys(questions, keys);
	return { path, questions, warnings: e.w };
}
