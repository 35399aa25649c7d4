// The edit behind "Make this an interview question" and "This line is not an interview question":
// which tag to write (or remove) on the cursor's line so the extractor reads it the person's way.
// Pure: the note's text in, one line's new text out; the command applies it as one transaction.
import { parseNote } from "./parse/parse-note";
import { ASK_TAG, markerInText, NOT_TAG, removeMarkerTags, type Marker } from "./parse/question-markers";
import type { ParseOptions } from "./types";

export type MarkerPlan =
	/** Replace line `line` (0-based) with `text`; `wrote` is the tag added, or null when one was only removed. */
	| { kind: "edit"; line: number; text: string; wrote: string | null; removed: string | null; question: string }
	/** Already the way the person wants it: nothing to write. */
	| { kind: "already" }
	/** Not a line a question can be written on (blank, code, table, properties, a rule). */
	| { kind: "no-line" }
	/** The tag would not make it a question there (e.g. a sub-heading inside another question's answer). */
	| { kind: "cannot" };

/** Where a tag goes: before a heading's closing #s, a block id, a `</summary>`, trailing spaces. */
const TAIL = /(\s+#+|\s+\^[\w-]+|\s*<\/summary>.*|)(\s*)$/;

/** The line with the tag written at the end of its words. */
function withTag(line: string, tag: string): string {
	const m = TAIL.exec(line);
	const at = m ? m.index : line.length;
	const body = line.slice(0, at).replace(/\s+$/, "");
	return `${body} ${tag}${line.slice(at)}`;
}

/** Lines in fenced code or the front matter, and lines that cannot hold a question. */
function isWritable(lines: readonly string[], at: number): boolean {
	const line = lines[at] ?? "";
	if (!line.trim() || /^\s*(?:\||[-*_](?:\s*[-*_]){2,}\s*$|`{3,}|~{3,}|\[[^\]]+\]:)/.test(line)) return false;
	let fence: string | null = null;
	for (let i = 0; i < at; i++) {
		const l = lines[i];
		if (i === 0 && /^---\s*$/.test(l)) {
			// Front matter: up to its closing line.
			let end = 1;
			while (end < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[end])) end++;
			if (at <= end) return false;
			i = end;
			continue;
		}
		const f = /^\s{0,3}(`{3,}|~{3,})/.exec(l);
		if (!f) continue;
		if (fence === null) fence = f[1];
		else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
	}
	return fence === null;
}

/** Plans the tag edit on line `line` (0-based) of `text` so that it asks (`want` "ask") or does not. */
export function planMarker(text: string, line: number, want: Marker, opts: ParseOptions): MarkerPlan {
	const lines = text.split("\n");
	if (line < 0 || line >= lines.length || !isWritable(lines, line)) return { kind: "no-line" };
	const asks = (t: string): string | null => parseNote("marker.md", t, opts).questions.find((q) => q.line === line + 1)?.text ?? null;
	const replace = (newLine: string): string => [...lines.slice(0, line), newLine, ...lines.slice(line + 1)].join("\n");
	const current = lines[line];
	const mark = markerInText(current);
	const now = asks(text);
	if (want === "ask" ? now !== null && mark !== "not" : now === null) return { kind: "already" };
	// Taking the other tag away may be enough (the line's own words decide again).
	if (mark !== null && mark !== want) {
		const bare = removeMarkerTags(current);
		const q = asks(replace(bare));
		if (want === "ask" ? q !== null : q === null) return { kind: "edit", line, text: bare, wrote: null, removed: mark === "not" ? NOT_TAG : ASK_TAG, question: q ?? now ?? "" };
	}
	const tag = want === "ask" ? ASK_TAG : NOT_TAG;
	const tagged = withTag(mark === null ? current : removeMarkerTags(current), tag);
	const q = asks(replace(tagged));
	if (want === "ask" ? q === null : q !== null) return { kind: "cannot" };
	return { kind: "edit", line, text: tagged, wrote: tag, removed: mark === null ? null : mark === "not" ? NOT_TAG : ASK_TAG, question: q ?? now ?? "" };
}
