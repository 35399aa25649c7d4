// "Restore the original answer": put back the answer kept in the folded `> [!quote]- 原回答` callout
// in place of the STAR parts written by the conversion, at any time later (not only by Ctrl+Z).
// Block ids and footnote definitions, which the conversion moved into the parts, go back too.
import type { ParseOptions } from "../types";
import { type Pos, questionAtLine } from "./locate-answer";
import { lineEnd } from "./star-edit";
import { findPartLabel, findStarLabel } from "./star-labels";
import { FOOTNOTE_DEF, blockIdAtEnd, footnoteEnd } from "./star-markers";
import { isOriginalCalloutHeader } from "./star-segments";

export interface RestoreEdit {
	from: Pos;
	to: Pos;
	text: string;
	/** The cursor after the edit: the start of the restored answer. */
	cursor: Pos;
}

/** Length of the common ending of two strings. */
function commonSuffix(a: string, b: string): number {
	let k = 0;
	while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
	return k;
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
	for (let i = start; i < callout.header; i++) {
		const line = lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i];
		if (FOOTNOTE_DEF.test(line)) {
			const end = footnoteEnd(lines, i);
			notes.push(lines.slice(i, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join("\n"));
			i = end - 1;
			continue;
		}
		const id = blockIdAtEnd(line);
		if (!id) continue;
		// Back on the original line that ends the way the part's line ended before the id.
		const before = line.slice(0, id.index).trimEnd();
		let best = -1;
		let bestLen = 0;
		original.forEach((o, k) => {
			const len = commonSuffix(o.trimEnd(), before);
			if (len > 0 && len >= bestLen && blockIdAtEnd(o) === null) [best, bestLen] = [k, len];
		});
		if (best < 0) best = original.length - 1;
		original[best] = `${original[best]} ^${id.id}`;
	}
	const restored = [...original, ...notes.flatMap((n) => ["", n])].map((l) => (l === "" ? "" : indent + l)).join("\n");
	return {
		from: { line: start, ch: 0 },
		to: { line: callout.end, ch: lines[callout.end].length },
		text: restored,
		cursor: { line: start, ch: indent.length },
	};
}
