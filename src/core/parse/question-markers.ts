// The person's last word on a line of a note, written as a tag (Obsidian shows it as a small pill,
// lists it in the tag pane, and it survives sync, renames and any Markdown tool):
// `#interview-question` makes the heading, paragraph line or list item a question whatever its words;
// `#not-interview-question` keeps it from being one. The tags are not part of the question's text,
// so marking a question keeps its identity (and its review history).
import type { PhrasingContent } from "mdast";

export const ASK_TAG = "#interview-question";
export const NOT_TAG = "#not-interview-question";

export type Marker = "ask" | "not";

/** A tag ends where Obsidian's does: at anything that is not a letter, digit, `_`, `-` or `/`. */
const TAG_END = "(?![\\p{L}\\p{N}_/-])";
// Preceded by the start or white space (`a#interview-question` is no tag).
const MARKER = new RegExp(`(^|\\s)#(not-)?interview-question${TAG_END}`, "gu");
const STRIP = new RegExp(`(^|\\s)#(?:not-)?interview-question${TAG_END}`, "gu");

/** The marker a line's text carries (the last one written wins), or null. */
export function markerInText(text: string): Marker | null {
	if (!text.includes("interview-question")) return null;
	let found: Marker | null = null;
	for (const m of text.matchAll(MARKER)) found = m[2] ? "not" : "ask";
	return found;
}

/** The marker in inline nodes' own text (not in code spans or link targets). */
export function markerOf(nodes: readonly PhrasingContent[]): Marker | null {
	let found: Marker | null = null;
	for (const n of nodes) {
		if (n.type === "text") found = markerInText(n.value) ?? found;
		else if (n.type === "strong" || n.type === "emphasis" || n.type === "delete") found = markerOf(n.children) ?? found;
	}
	return found;
}

const TAGS_IN_LINE = new RegExp(`(^|[ \\t]+)#(?:not-)?interview-question${TAG_END}`, "gu");

/** A line of the note without its marker tags, and without the spaces before them; the rest as written. */
export function removeMarkerTags(line: string): string {
	return line.includes("interview-question") ? line.replace(TAGS_IN_LINE, "") : line;
}

/** The text without marker tags (they are never part of a question's words). */
export function withoutMarkers(text: string): string {
	return text.includes("interview-question") ? text.replace(STRIP, "$1").replace(/[ \t]{2,}/g, " ").trim() : text;
}
