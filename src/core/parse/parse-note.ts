// One note's text → its questions. Never throws: a note that cannot be read fully still gives
// what was found, with a warning.
import { shiftLines } from "./fast/fast-inline";
import type { Root } from "mdast";
import type { Node } from "unist";
import type { ExtractedQuestion, ParseOptions, ParsedNote } from "../types";
import { frontMatterNoQuestions } from "../excluded-notes";
import { boundNesting } from "./bound-lines";
import { cutPieces, endWithinPiece, openAtEnd, type Piece, type ScanSeen } from "./chunks";
import { type Definition, definitionLines, definitionsFor, firstByLabel, sameFirsts } from "./note-definitions";
import { extractQuestions, readableBlocks } from "./extract";
import { type Block, maskCommentsSteps } from "./mdast-text";
import { fastParseMarkdown } from "./fast/fast-markdown";
import { wholeNoteStarts } from "./whole-note";
import { lineOfOffset, type NoteText } from "./note-text";
import type { ParseMemo, PieceRead } from "./parse-memo";
import { runSteps } from "../run-steps";

/** A Markdown reader that gives a piece's whole tree (remark, the reference reader, in the tests and the bench). */
export type MarkdownReader = (text: string) => Root;

/** Bump when extraction results change, so cached results are thrown away. */
export const PARSER_VERSION = 33;

export interface ParseTuning {
	/**
	 * Size in characters of the pieces handed to the Markdown reader (one step each). remark's time
	 * grows faster than its input, so small pieces are faster in total, and keep each step short.
	 */
	chunkChars: number;
	/**
	 * The Markdown reader: "fast" (the line scanner of fast/), or a reader given here that reads
	 * every piece (remark's parseMarkdown from remark-reader.ts: the reference the fast one is held to).
	 */
	reader?: "fast" | MarkdownReader;
	/** The pieces read at the note's last parse, to reuse those unchanged (the live index's, for edits). */
	memo?: ParseMemo;
	/**
	 * Notes up to this many characters are read by the fast reader whole, in one step, when their
	 * lines read the same whole as in pieces (whole-note.ts), and no memo is given (an edit reuses the
	 * pieces it did not change); unset, every note is cut in pieces.
	 */
	wholeUpTo?: number;
}

/** A whole read is one step: 16K characters, as much as a step of the extraction reads (the slowest shape, 18 ms). */
export const DEFAULT_TUNING: ParseTuning = { chunkChars: 4096, reader: "fast", wholeUpTo: 16_384 };

/**
 * parseNote in steps: yields after each piece of the note is read and every so often while
 * questions are extracted, so a caller can give the interface a turn between steps. The
 * generator's return value is the parsed note; running it to the end is `parseNote`.
 */
export function* parseNoteSteps(path: string, text: string, opts: ParseOptions, tuning: ParseTuning = DEFAULT_TUNING): Generator<void, ParsedNote, void> {
	const warnings: string[] = [];
	let questions: ExtractedQuestion[] = [];
	try {
		const raw = (typeof text === "string" ? text : String(text ?? "")).replace(/^\ufeff/, "");
		// `interview-prep: no-questions`: the person turned extraction off for this note (its links still
		// count: the link graph is Obsidian's, or scan's own, never read here).
		if (frontMatterNoQuestions(raw)) return { path, questions, warnings };
		// Lines as remark counts them (\r\n, \r and \n all end a line).
		const normal = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
		yield;
		const note: NoteText = { text: normal, masked: yield* maskCommentsSteps(normal), starts: [] };
		yield;
		// Definition lines are guessed by their look, then checked against what remark made of them:
		// a guess that was not one (a paragraph's continuation, a line in a code block) is dropped
		// and the pieces are read again, so `[x]` reads the same whole and in pieces.
		const candidates = yield* definitionLines(note.masked, 4 * tuning.chunkChars);
		let read = yield* readPieces(note, tuning, candidates);
		const real = candidates.filter((d) => read.defLines.has(d.line));
		// A piece is given only each label's first definition: wrong guesses that leave those as they were
		// would read the same again (a note of `[a]: /u` lines continuing paragraphs read twice).
		if (read.pieces > 1 && real.length < candidates.length && !sameFirsts(candidates, real)) {
			note.starts = [];
			// The first reading's trees go before the second's are made (a note of definitions holds tens of MB).
			read.blocks.length = 0;
			read = yield* readPieces(note, tuning, real);
		}
		for (const w of read.warnings) warnings.push(w);
		const blocks = read.blocks;
		try {
			questions = yield* extractQuestions(blocks, { note, opts, stepChars: 4 * tuning.chunkChars, memo: tuning.memo });
		} catch (e) {
			warnings.push(`Could not read the questions: ${message(e)}`);
		}
	} catch (e) {
		warnings.push(`Could not read the note: ${message(e)}`);
	}
	return { path, questions, warnings };
}

export function parseNote(path: string, text: string, opts: ParseOptions, tuning?: ParseTuning): ParsedNote {
	return runSteps(parseNoteSteps(path, text, opts, tuning));
}

interface PiecesRead {
	blocks: Block[];
	pieces: number;
	warnings: string[];
	/** Note lines where remark found a definition. */
	defLines: Set<number>;
}

/** Reads the note piece by piece (one step each). */
function* readPieces(note: NoteText, tuning: ParseTuning, defs: readonly Definition[]): Generator<void, PiecesRead, void> {
	const blocks: Block[] = [];
	const warnings: string[] = [];
	let count = 0;
	const defLines = new Set<number>();
	const byLabel = firstByLabel(defs);
	// Pieces are found as the reading goes (the scan records the line starts on its way).
	const seen: ScanSeen = { deep: false };
	// A note of ordinary size is one piece: no cut scan (its line starts are found on the way). Not
	// an edited note's: there the pieces the edit did not touch are taken from the last parse.
	const whole = (tuning.reader ?? "fast") === "fast" && tuning.wholeUpTo && !tuning.memo ? wholeNoteStarts(note.masked, tuning.wholeUpTo) : null;
	if (whole) note.starts = whole;
	const pieces: Iterator<Piece, void> = whole ? [{ start: 0, end: note.masked.length, line: 0, prefix: "" }].values() : cutPieces(note.masked, tuning, note.starts, seen);
	const cap = 4 * tuning.chunkChars;
	for (let next = pieces.next(); !next.done; ) {
		let p = next.value;
		next = pieces.next();
		count++;
		let open: string | null = null;
		try {
			for (;;) {
				const readIt = (q: Piece): PieceRead => readPiece(q, note, byLabel, tuning.reader ?? "fast", seen.deep);
				const read = tuning.memo ? tuning.memo.piece(p, note, byLabel, readIt) : readIt(p);
				open = read.open;
				// A fence or HTML block still open at the cut: read on into the next piece (up to a point).
				if (open === null || next.done || p.end - p.start >= cap) {
					for (const b of read.blocks) blocks.push(b);
					for (const l of read.defLines) defLines.add(l);
					break;
				}
				p = { ...p, end: next.value.end };
				next = pieces.next();
			}
		} catch (e) {
			warnings.push(`Could not read lines ${p.line + 1}–${lineOfOffset(note, p.end) + 1}: ${message(e)}`);
		}
		// The next piece starts inside what is still open, as remark sees it.
		if (!next.done) next.value.prefix = open === null ? "" : open + "\n";
		yield;
	}
	return { blocks, pieces: count, warnings, defLines };
}

/** Reads one piece: its blocks, lines made the note's, what is still open at its end, and where it defines links. */
function readPiece(p: Piece, note: NoteText, byLabel: ReadonlyMap<string, Definition>, reader: "fast" | MarkdownReader, deep: boolean): { blocks: Block[]; open: string | null; defLines: number[] } {
	if (p.plain) return { blocks: [plainParagraph(note.masked.slice(p.start, p.end), p.line + 1)], open: null, defLines: [] };
	// Blank lines (a long comment masked) are no block: no need to ask remark, which is slow on them.
	if (!p.prefix && isBlank(note.masked, p.start, p.end)) return { blocks: [], open: null, defLines: [] };
	const whole = p.start === 0 && p.end === note.masked.length;
	// Lines that would make remark quadratic are bounded first (lines keep their numbers), once the
	// scan has seen one (it has passed this piece's lines: none of them needs it before then).
	const piece = p.prefix + note.masked.slice(p.start, p.end);
	const text = deep ? boundNesting(piece) : piece;
	const source = whole ? text : text + definitionsFor(text, byLabel);
	const shift = p.line - (p.prefix ? 1 : 0);
	// The fast reader numbers lines in the note already; remark's need moving by `shift`.
	// The piece's lines (its prefix is one line): the cut scan has numbered them already.
	const lastLine = lineOfOffset(note, p.end);
	const contentLines = (p.prefix ? 1 : 0) + lastLine - p.line + 1;
	const fast = reader === "fast";
	const root = fast ? fastParseMarkdown(source, shift, text === piece ? sourceStarts(note, p, lastLine, source, text.length) : undefined) : reader(source);
	const moved = fast ? shift : 0;
	const open = whole ? null : openAtEnd(root.children, text, contentLines, moved);
	if (open === null && source !== text) endWithinPiece(root.children, contentLines + moved);
	const defLines: number[] = [];
	if (byLabel.size) collectDefinitions(root, contentLines + moved, shift - moved, defLines);
	if (shift !== moved) shiftLines(root, shift - moved);
	const blocks: Block[] = [];
	readableBlocks(root, note, blocks);
	return { blocks, open, defLines };
}

/**
 * Offsets of the lines of `source` (the piece after its prefix line, then from `tail` on the
 * definitions put after it): the piece's from the cut scan's, so the reader need not look for them.
 */
function sourceStarts(note: NoteText, p: Piece, lastLine: number, source: string, tail: number): number[] {
	// A copy of the note's starts of the piece's lines (and one more before them for the prefix
	// line): an array of the right size, not one grown line by line; then each is made the piece's.
	const starts = note.starts.slice(Math.max(0, p.prefix ? p.line - 1 : p.line), lastLine + 1);
	let k = 0;
	if (p.prefix) starts[k++] = 0;
	// (A piece cut inside a long line starts mid-line.)
	starts[k++] = p.prefix.length;
	const base = p.start - p.prefix.length;
	for (let l = p.line + 1; l <= lastLine; l++) starts[k++] = note.starts[l] - base;
	for (let nl = source.indexOf("\n", tail); nl >= 0; nl = source.indexOf("\n", nl + 1)) starts.push(nl + 1);
	return starts;
}

/** A paragraph of one line's text as it is (what remark would make of it, without its markup). */
function plainParagraph(value: string, line: number): Block {
	const position = { start: { line, column: 1, offset: 0 }, end: { line, column: value.length + 1, offset: value.length } };
	return { type: "paragraph", children: [{ type: "text", value, position }], position };
}

/** Note lines of the definitions remark found in the piece's own lines (in lists and quotes too). */
function collectDefinitions(node: Node, contentLines: number, shift: number, into: number[]): void {
	const children = (node as { children?: Node[] }).children;
	if (!children) return;
	for (const c of children) {
		const line = c.position?.start.line;
		if (line === undefined || line > contentLines) continue;
		if (c.type === "definition") into.push(line + shift);
		else collectDefinitions(c, contentLines, shift, into);
	}
}

/** Only spaces, tabs and line breaks in text[from, to). */
function isBlank(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 10) return false;
	}
	return true;
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
