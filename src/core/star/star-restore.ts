// "Restore the original answer": put back the answer kept in the folded `> [!quote]- 原回答` callout
// in place of the STAR parts written by the conversion, at any time later (not only by Ctrl+Z).
// Block ids and footnote definitions, which the conversion moved into the parts, go back too.
import type { ParseOptions } from "../types";
import { type Pos, questionAtLine } from "./locate-answer";
import { lineEnd } from "./star-edit";
import { findPartLabel, findStarLabel } from "./star-labels";
import { FOOTNOTE_DEF, blockIdAtEnd, codeLines, footnoteEnd } from "./star-markers";
import { isOriginalCalloutHeader } from "./star-segments";

export interface RestoreEdit {
	from: Pos;
	to: Pos;
	text: string;
	/** The cursor after the edit: the start of the restored answer. */
	cursor: Pos;
}

const sameLetter = (a: string, b: string): boolean => a === b || a.toLowerCase() === b.toLowerCase();

/** Length of the common ending of two strings (a piece cut mid-sentence starts with a capital). */
function commonSuffix(a: string, b: string): number {
	let k = 0;
	while (k < a.length && k < b.length && sameLetter(a[a.length - 1 - k], b[b.length - 1 - k])) k++;
	return k;
}

const BEFORE_WORD = /[\s。！？!?.，；：,;:、）)」』”’"']/;

/**
 * How much of the line's ending `before` ends with, counted from a word or sentence start of the line
 * (the "。" or space before the matched words is another sentence's, no sign of the same line); 0 when
 * no whole word matches.
 */
function endingFit(line: string, before: string): number {
	const len = commonSuffix(line, before);
	for (let q = line.length - len; q < line.length; q++) {
		if ((q === 0 || BEFORE_WORD.test(line[q - 1])) && !/\s/.test(line[q])) return line.length - q;
	}
	return 0;
}

/** Where in `text` the words occur, overlapping ones too ("X. X." is twice in "X. X. X."). */
function occurrences(text: string, words: string): number {
	const hay = text.toLowerCase();
	const needle = words.toLowerCase();
	let n = 0;
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
	return n;
}

/**
 * The original line a block id of the parts goes back on: of the lines that end with words the part's
 * line ended with before the id (`before`), one after which the original holds those words as often
 * as the parts do up to the id (the parts keep the original's order: "X\nX ^id" became "X X ^id", and
 * "X ^id\nX" became "X ^id\n\nX"); of those, the one that ends most like `before`. Lines that have an
 * id (kept in the callout, or `taken`) get none. Words edited since: the longest common ending.
 */
function lineForId(original: readonly string[], taken: ReadonlySet<number>, before: string, partsBefore: string): number {
	const free = (k: number): boolean => !taken.has(k) && blockIdAtEnd(original[k]) === null;
	const fit = original.map((o, k) => (free(k) ? endingFit(o.trimEnd(), before) : 0));
	const fitting = fit.flatMap((f, k) => (f > 0 ? [k] : []));
	if (fitting.length === 0) {
		let longest = -1;
		let longestLen = 0;
		original.forEach((o, k) => {
			const len = free(k) ? commonSuffix(o.trimEnd(), before) : 0;
			if (len > 0 && len >= longestLen) [longest, longestLen] = [k, len];
		});
		return longest >= 0 ? longest : original.length - 1;
	}
	const miss = fitting.map((k) => {
		const words = before.slice(before.length - fit[k]);
		return Math.abs(occurrences(original.slice(0, k + 1).join("\n"), words) - occurrences(partsBefore, words));
	});
	let best = 0;
	miss.forEach((m, i) => {
		if (m < miss[best] || (m === miss[best] && fit[fitting[i]] > fit[fitting[best]])) best = i;
	});
	return fitting[best];
}

/** The kept callout nearest the cursor in the section: the first one that ends at or below the cursor. */
function calloutAt(lines: string[], first: number, last: number, cursorLine: number): { header: number; end: number } | null {
	let found: { header: number; end: number } | null = null;
	for (let i = first; i <= last; i++) {
		if (!isOriginalCalloutHeader(lines[i])) continue;
		let end = i;
		while (end + 1 <= last && /^[ \t]*>/.test(lines[end + 1])) end++;
		found = { header: i, end };
		if (end >= cursorLine) break;
		i = end;
	}
	return found;
}

/**
 * Where the converted parts start: the nearest Situation label above the callout, with no answer
 * label (示范回答) between. Headings do not stop it: a part may hold code with `#` lines.
 */
function partsStart(lines: string[], first: number, header: number, opts: ParseOptions): number {
	for (let i = header - 1; i >= first; i--) {
		if (findPartLabel(lines[i], opts.labels)) return -1;
		if (findStarLabel(lines[i], opts.labels)?.key === "situation") return i;
	}
	return -1;
}

/** The restore at the cursor; null when no kept original is there. A CRLF note gets CRLF text. */
export function planRestore(noteText: string, cursor: Pos, opts: ParseOptions): RestoreEdit | null {
	const eol = lineEnd(noteText);
	const edit = planRestoreLf(noteText.replace(/\r\n/g, "\n"), cursor, opts);
	return edit && eol !== "\n" ? { ...edit, text: edit.text.replace(/\n/g, eol) } : edit;
}

function planRestoreLf(noteText: string, cursor: Pos, opts: ParseOptions): RestoreEdit | null {
	const q = questionAtLine(noteText, cursor.line, opts);
	if (!q) return null;
	const lines = noteText.split("\n");
	const first = q.line;
	const last = Math.min(q.endLine - 1, lines.length - 1);
	const callout = calloutAt(lines, first, last, cursor.line);
	if (!callout) return null;
	const start = partsStart(lines, first, callout.header, opts);
	if (start < 0) return null;
	const indent = /^[ \t]*/.exec(lines[callout.header])?.[0] ?? "";
	const original = lines
		.slice(callout.header + 1, callout.end + 1)
		.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()).replace(/^> ?/, ""));
	// Block ids and footnote definitions the conversion moved into the parts.
	const notes: string[] = [];
	const withIds = [...original];
	const kept = new Set(original.map((o) => blockIdAtEnd(o)?.id));
	const taken = new Set<number>();
	const code = codeLines(lines.slice(start, callout.header));
	for (let i = start; i < callout.header; i++) {
		const line = lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i];
		if (FOOTNOTE_DEF.test(line)) {
			const end = footnoteEnd(lines, i);
			notes.push(lines.slice(i, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join("\n"));
			i = end - 1;
			continue;
		}
		const id = blockIdAtEnd(line);
		// Code the parts and the callout both hold is no id to move back.
		if (!id || (code[i - start] && kept.has(id.id))) continue;
		const partsBefore = [...lines.slice(start, i), line.slice(0, id.index)].join("\n");
		const k = lineForId(original, taken, line.slice(0, id.index).trimEnd(), partsBefore);
		taken.add(k);
		withIds[k] = `${withIds[k]} ^${id.id}`;
	}
	const restored = [...withIds, ...notes.flatMap((n) => ["", n])].map((l) => (l === "" ? "" : indent + l)).join("\n");
	return {
		from: { line: start, ch: 0 },
		to: { line: callout.end, ch: lines[callout.end].length },
		text: restored,
		cursor: { line: start, ch: indent.length },
	};
}
