// One note's text → its questions. Never throws: a note that cannot be read fully still gives
// what was found, with a warning.
import type { Node } from "unist";
import type { ExtractedQuestion, ParseOptions, ParsedNote } from "../types";
import { wikilinkSteps } from "../wikilinks";
import { cutPieces, openAtEnd, type Piece } from "./chunks";
import { extractQuestions, readableBlocks } from "./extract";
import { type Block, maskCommentsSteps, parseMarkdown } from "./markdown";
import type { NoteText } from "./note-text";
import { runSteps } from "../run-steps";

/** Bump when extraction results change, so cached results are thrown away. */
export const PARSER_VERSION = 4;

export interface ParseTuning {
	/**
	 * Size in characters of the pieces handed to the Markdown reader (one step each). remark's time
	 * grows faster than its input, so small pieces are faster in total, and keep each step short.
	 */
	chunkChars: number;
}

export const DEFAULT_TUNING: ParseTuning = { chunkChars: 4096 };

/**
 * parseNote in steps: yields after each piece of the note is read and every so often while
 * questions are extracted, so a caller can give the interface a turn between steps. The
 * generator's return value is the parsed note; running it to the end is `parseNote`.
 */
export function* parseNoteSteps(path: string, text: string, opts: ParseOptions, tuning: ParseTuning = DEFAULT_TUNING): Generator<void, ParsedNote, void> {
	const warnings: string[] = [];
	let links: string[] = [];
	let questions: ExtractedQuestion[] = [];
	try {
		const raw = (typeof text === "string" ? text : String(text ?? "")).replace(/^\ufeff/, "");
		try {
			links = yield* wikilinkSteps(raw);
		} catch (e) {
			warnings.push(`Could not read the links: ${message(e)}`);
		}
		// Lines as remark counts them (\r\n, \r and \n all end a line).
		const normal = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
		yield;
		const note: NoteText = { text: normal, masked: yield* maskCommentsSteps(normal), starts: [] };
		yield;
		const blocks: Block[] = [];
		const defs = definitions(note.masked);
		// Pieces are found as the reading goes (the scan records the line starts on its way).
		const pieces = cutPieces(note.masked, tuning, note.starts);
		const cap = 4 * tuning.chunkChars;
		for (let next = pieces.next(); !next.done; ) {
			let p = next.value;
			next = pieces.next();
			let open: string | null = null;
			try {
				for (;;) {
					const read = readPiece(p, note, defs);
					open = read.open;
					// A fence or HTML block still open at the cut: read on into the next piece (up to a point).
					if (open === null || next.done || p.end - p.start >= cap) {
						for (const b of read.blocks) blocks.push(b);
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
		try {
			questions = yield* extractQuestions(blocks, { note, opts, stepChars: 4 * tuning.chunkChars });
		} catch (e) {
			warnings.push(`Could not read the questions: ${message(e)}`);
		}
	} catch (e) {
		warnings.push(`Could not read the note: ${message(e)}`);
	}
	return { path, questions, links, warnings };
}

export function parseNote(path: string, text: string, opts: ParseOptions, tuning?: ParseTuning): ParsedNote {
	return runSteps(parseNoteSteps(path, text, opts, tuning));
}

const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm;

/**
 * Link reference definitions (`[x]: url`) of the whole note: `[text][x]` reads as a link in every
 * piece, as in the whole note, when they follow each piece (after its last line, so no line moves).
 */
function definitions(masked: string): string {
	if (!masked.includes("]:")) return "";
	const found = masked.match(DEFINITION);
	return found ? "\n\n" + found.join("\n") : "";
}

/** Reads one piece: its blocks, lines made the note's, and what is still open at its end. */
function readPiece(p: Piece, note: NoteText, defs: string): { blocks: Block[]; open: string | null } {
	const whole = p.start === 0 && p.end === note.masked.length;
	const text = p.prefix + note.masked.slice(p.start, p.end);
	const root = parseMarkdown(whole ? text : text + defs);
	const open = whole ? null : openAtEnd(root.children, text, countLines(text));
	const shift = p.line - (p.prefix ? 1 : 0);
	if (shift !== 0) shiftLines(root, shift);
	const blocks: Block[] = [];
	readableBlocks(root, note, blocks);
	return { blocks, open };
}

function countLines(text: string): number {
	let n = 1;
	for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) n++;
	return n;
}

function shiftLines(node: Node, by: number): void {
	const pos = node.position;
	if (pos) {
		pos.start.line += by;
		pos.end.line += by;
	}
	const children = (node as { children?: Node[] }).children;
	if (children) for (const c of children) shiftLines(c, by);
}

/** 0-based line of a character offset. */
function lineOfOffset(note: NoteText, offset: number): number {
	let lo = 0;
	let hi = note.starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (note.starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
