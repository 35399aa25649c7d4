// A note's text with its line starts, so lines are read as slices of the one string (never
// split into an array of lines and joined again).

import { isJsSpace } from "../js-space";

export interface NoteText {
	/** The note with "\n" line breaks and no byte-order mark. */
	text: string;
	/** The same text with comments blanked out (the same string when there are none). */
	masked: string;
	/** Offset of each line's first character; one entry per line. */
	starts: number[];
}

export function lineCount(note: NoteText): number {
	return note.starts.length;
}

/** 0-based line of a character offset. */
export function lineOfOffset(note: NoteText, offset: number): number {
	let lo = 0;
	let hi = note.starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (note.starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Line `n` (1-based) of `text` (the note's text or its masked copy); "" past the end. */
export function lineText(text: string, note: NoteText, n: number): string {
	return linesText(text, note, n, n);
}

/** Lines `from`..`to` (1-based, inclusive) of `text`, joined by "\n"; "" when the range is empty. */
export function linesText(text: string, note: NoteText, from: number, to: number): string {
	const count = note.starts.length;
	const s = Math.max(1, from);
	const e = Math.min(count, to);
	if (s > e) return "";
	return text.slice(note.starts[s - 1], e < count ? note.starts[e] - 1 : text.length);
}

/**
 * Whether line `n` of `text` holds nothing to read: blank (white space and quote marks, as
 * `/^[\s>]*$/`) or a thematic break (three or more of `-`, `*`, `_` among white space, as
 * `/^\s*(?:[-*_]\s*){3,}$/`); true past the end. Read by character codes, with no slice made.
 */
export function isBlankOrRuleLine(text: string, note: NoteText, n: number): boolean {
	const count = note.starts.length;
	if (n < 1 || n > count) return true;
	const end = n < count ? note.starts[n] - 1 : text.length;
	let quote = false;
	let marks = 0;
	for (let i = note.starts[n - 1]; i < end; i++) {
		const c = text.charCodeAt(i);
		if (isJsSpace(c)) continue;
		if (c === 0x3e) quote = true;
		else if (c === 0x2d || c === 0x2a || c === 0x5f) marks++;
		else return false;
		if (quote && marks > 0) return false;
	}
	return marks === 0 || marks >= 3;
}
