// The parse cache's shard layout (a JSON head, then the notes' text) and its codec: any parsed notes come
// back exactly after a trip through a file on disk (UTF-8), whatever characters they hold; a file cut
// short or pointing outside its text is refused, never read wrong. Questions come back as ready questions
// (the index's shape, not yet taken by an index).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExtractedQuestion, ParsedNote, Question, QuestionForm } from "../../src/core/types";
import { decode, encode, type StoredEntry } from "../../src/vault/cache-codec";
import { keysOf } from "../../src/core/index/question-index";
import { questionKey } from "../../src/core/normalize";
import { readShard, shardText, TailWriter } from "../../src/vault/shard-file";
import { seeded } from "../property-seed";

const FORMS: QuestionForm[] = ["heading", "prompt", "bold", "list", "qa", "callout"];
/** Characters a codec could get wrong: JSON's escapes, the head's line break, CJK, emoji, lone surrogates. */
const HARD = ['"', "\\", "\n", "\r", "\u2028", "\u0000", "{", "}", "[", ",", "中", "：", "😀", "\ud800", "\udfff", "é", "a", " "];
const text = fc.string({ unit: fc.oneof(fc.constantFrom(...HARD), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })), maxLength: 30 });

/** A part: empty, a piece of the answer (as the parser cuts them), or text of its own. */
const part = (md: string) =>
	fc.oneof(
		fc.constant(""),
		fc.tuple(fc.nat(md.length), fc.nat(md.length)).map(([a, b]) => md.slice(Math.min(a, b), Math.max(a, b))),
		text,
	);

const question: fc.Arbitrary<ExtractedQuestion> = text.chain((md) =>
	fc.record({
		text,
		form: fc.constantFrom(...FORMS),
		line: fc.nat(5000),
		endLine: fc.nat(5000),
		answerLines: fc.option(fc.record({ start: fc.integer({ min: 1, max: 5000 }), end: fc.nat(5000) }), { nil: null }),
		topic: fc.array(text, { maxLength: 3 }),
		answerMarkdown: fc.constant(md),
		answered: fc.boolean(),
		parts: fc.record({ hint: part(md), answer: part(md), context: part(md) }),
		star: fc.record({ situation: fc.boolean(), task: fc.boolean(), action: fc.boolean(), result: fc.boolean() }),
	}),
);

const note: fc.Arbitrary<ParsedNote> = fc.record({
	path: text.map((p) => `notes/${p}.md`),
	questions: fc.array(question, { maxLength: 6 }),
	warnings: fc.array(text, { maxLength: 2 }),
});

/** As the adapter writes and reads a file: UTF-8 (a lone surrogate would come back as U+FFFD). */
const throughDisk = (s: string): string => new TextDecoder().decode(new TextEncoder().encode(s));

/** Keys as the index makes them, unless given (the codec stores any string). */
function writeShard(notes: ParsedNote[], keys?: string[][]): string {
	const tail = new TailWriter();
	const entries: Record<string, StoredEntry> = {};
	notes.forEach((n, i) => (entries[`${i}`] = encode(n, 1000 + i, 10 * i, tail, keys?.[i] ?? n.questions.map((q) => questionKey(q.text)))));
	return shardText({ format: 5, parser: 1, keys: 1, options: "选项", shards: 1, index: 0, entries }, tail);
}

/**
 * The decoded notes, their questions cut to ExtractedQuestion's fields; each question's other fields (a
 * ready question's: its path, key, no id yet) are checked here.
 */
function readBack(file: string, count: number): (ParsedNote | null)[] {
	return decodedBack(file, count).map(extracted);
}

function decodedBack(file: string, count: number): (ParsedNote | null)[] {
	const shard = readShard(file);
	if (!shard) throw new Error("shard refused");
	return Array.from({ length: count }, (_, i) => decode(`${i}`, shard.head.entries?.[`${i}`], shard.source));
}

function extracted(n: ParsedNote | null): ParsedNote | null {
	if (!n) return null;
	const keys = keysOf(n.questions);
	const questions = n.questions.map((q, j) => {
		const { path, key, id, covered, variantOf, variants, ...rest } = q as Question;
		expect({ path, key, id, covered, variantOf, variants }).toEqual({ path: n.path, key: keys[j], id: "", covered: false, variantOf: null, variants: [] });
		return rest;
	});
	return { ...n, questions };
}

describe("parse cache shard layout", () => {
	it("gives back any parsed notes exactly after a trip through a UTF-8 file, and their questions' keys", () => {
		const withKeys = note.chain((n) => fc.tuple(fc.constant(n), fc.array(text, { minLength: n.questions.length, maxLength: n.questions.length })));
		fc.assert(
			fc.property(fc.array(withKeys, { maxLength: 4 }), (pairs) => {
				const notes = pairs.map(([n]) => n);
				const keys = pairs.map(([, k]) => k);
				const decoded = decodedBack(throughDisk(writeShard(notes, keys)), notes.length);
				// Keys written with a lone surrogate come back as written too (kept escaped in the head).
				expect(decoded.map((n) => keysOf(n!.questions))).toEqual(keys);
				expect(decoded.map(extracted)).toEqual(notes.map((n, i) => ({ ...n, path: `${i}` })));
			}),
			seeded({ numRuns: 200 }),
		);
	});

	it("writes its head in ASCII on one line (an English vault's shard stays a one-byte string)", () => {
		fc.assert(
			fc.property(fc.array(note, { maxLength: 3 }), (notes) => {
				const file = writeShard(notes);
				expect(file.slice(0, file.indexOf("\n"))).toMatch(/^[\x20-\x7e]*$/);
			}),
			seeded(),
		);
	});

	it("keeps an answer part that is a piece of the answer as a piece of it, not a second copy", () => {
		const md = "**Answer**: the long answer text here.";
		const n: ParsedNote = {
			path: "0",
			questions: [{ text: "Why?", form: "heading", line: 1, endLine: 3, answerLines: { start: 2, end: 3 }, topic: [], answerMarkdown: md, answered: true, parts: { hint: "", answer: md.slice(12), context: "" }, star: { situation: false, task: false, action: false, result: false } }],
			warnings: [],
		};
		const file = writeShard([n]);
		expect(file.slice(file.indexOf("\n") + 1)).toBe(`Why?${md}why`);
		expect(readBack(file, 1)[0]).toEqual(n);
	});

	it("refuses a shard cut short anywhere, and one whose head is unreadable", () => {
		fc.assert(
			fc.property(fc.array(note, { minLength: 1, maxLength: 3 }), fc.nat(), (notes, at) => {
				const file = writeShard(notes);
				fc.pre(file.length > 0);
				expect(readShard(file.slice(0, at % file.length))).toBeNull();
			}),
			seeded(),
		);
		expect(readShard("{not json\n")).toBeNull();
		expect(readShard("null\n")).toBeNull();
		expect(readShard('{"tail":3}\nab')).toBeNull();
	});

	it("refuses an entry that points outside the text or holds anything but whole numbers", () => {
		const n: ParsedNote = {
			path: "0",
			questions: [{ text: "Why?", form: "list", line: 1, endLine: 3, answerLines: null, topic: ["T"], answerMarkdown: "Because.", answered: true, parts: { hint: "", answer: "", context: "" }, star: { situation: true, task: false, action: false, result: true } }],
			warnings: [],
		};
		const file = writeShard([n]);
		const shard = readShard(file)!;
		const stored = shard.head.entries!["0"] as StoredEntry;
		expect(extracted(decode("0", stored, shard.source))).toEqual(n);
		const tailLength = file.length - shard.source.base;
		const tampered = (i: number, v: unknown): unknown => ({ ...stored, q: stored.q.map((x, j) => (j === i ? v : x)) });
		// Text past the end of the tail, a string from `x` that is not there, a form or flag that does not exist, a
		// topic that does not exist, a fraction, a string, a line before the first, a part past the answer's end, a
		// key past the end of the tail or in `x` and not there.
		const cases = [[0, tailLength], [7, tailLength], [0, -2], [1, 6 * 32], [1, 512], [6, 1], [2, 1.5], [2, "1"], [3, -5], [9, 9], [8, -2], [10, -1.5], [14, tailLength], [14, -2], [14, 0.5]] as const;
		for (const [i, v] of cases) expect(decode("0", tampered(i, v), shard.source), `q[${i}] = ${v}`).toBeNull();
		expect(decode("0", { ...stored, q: stored.q.slice(1) }, shard.source)).toBeNull();
		expect(decode("0", { ...stored, o: tailLength }, shard.source)).toBeNull();
		expect(decode("0", { ...stored, o: -1 }, shard.source)).toBeNull();
		expect(decode("0", { ...stored, t: [[1]] }, shard.source)).toBeNull();
		expect(decode("0", { ...stored, x: 5 }, shard.source)).toBeNull();
	});
});
