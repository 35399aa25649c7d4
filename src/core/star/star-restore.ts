// "Restore the original answer": put back the answer kept in the folded `> [!quote]- 原回答` callout
// in place of the STAR parts written by the conversion, at any time later (not only by Ctrl+Z).
// Block ids and footnote definitions, which the conversion moved into the parts, go back too.
import type { ParseOptions } from "../types";
import { type Pos, questionAtLine } from "./locate-answer";
import { lineEnd } from "./star-edit";
import { findPartLabel, findStarLabel } from "./star-labels";
import { FOOTNOTE_DEF, blockIdAtEnd, codeLines, footnoteEnd, restoredIdLine } from "./star-markers";
import { isOriginalCalloutHeader } from "./star-segments";
import { idPlacer } from "./restore-ids";

export interface RestoreEdit {
	from: Pos;
	to: Pos;
	text: string;
	/** The cursor after the edit: the start of the restored answer. */
	cursor: Pos;
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
	const parts = lines.slice(start, callout.header).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
	const code = codeLines(parts);
	const placeId = idPlacer(original, opts.labels);
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
		const k = placeId(parts, i - start, id.index);
		withIds[k] = restoredIdLine(withIds[k], id.id);
	}
	const restored = [...withIds, ...notes.flatMap((n) => ["", n])].map((l) => (l === "" ? "" : indent + l)).join("\n");
	return {
		from: { line: start, ch: 0 },
		to: { line: callout.end, ch: lines[callout.end].length },
		text: restored,
		cursor: { line: start, ch: indent.length },
	};
}
