// Inline content of the paragraphs and headings the block scanner found. Text without inline
// markup becomes one text node, as remark makes it; text with markup (and a paragraph that may
// hold link definitions) is read by remark itself, as a short string on its own, so emphasis,
// links and code spans read exactly as in the whole note.
import type { PhrasingContent, RootContent } from "mdast";
import type { Node, Position } from "unist";
import { parseMarkdown } from "../remark-reader";
import { setextLevel } from "./block-rules";
import { one, type SharedSpans, TextNode } from "./node-shapes";

/** Characters that may start inline markup (escapes, entities, code, emphasis, links, HTML, autolinks). */
const MARKUP = /[\\&`*_[<]/;

/** The note's link definitions a piece holds: label → its Markdown, first one of each label. */
export type Definitions = Map<string, string>;

/** A label as CommonMark matches it. */
export function normalLabel(label: string): string {
	return label.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();
}

/** Ends a line's trailing spaces and tabs (remark drops them before a line break and at the end). */
function trimEnd(s: string): string {
	let e = s.length;
	while (e > 0) {
		const c = s.charCodeAt(e - 1);
		if (c !== 32 && c !== 9) break;
		e--;
	}
	return e === s.length ? s : s.slice(0, e);
}

/** Whether lines hold inline markup, or a hard break (two spaces before a line break). */
export function hasMarkup(lines: readonly string[]): boolean {
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (MARKUP.test(l)) return true;
		if (i < lines.length - 1 && l.endsWith("  ")) return true;
	}
	return false;
}

/** Whether the line break after line `l` (not a paragraph's last) is hard: two spaces or more (no tab) before it. */
export function hardBreakAfter(l: string): boolean {
	if (!l.endsWith("  ")) return false;
	let e = l.length;
	while (e > 0 && l.charCodeAt(e - 1) === 32) e--;
	return !(e > 0 && l.charCodeAt(e - 1) === 9);
}

/**
 * Lines of a paragraph as one string remark reads as one paragraph. A later line that would
 * underline it (a lazy line in a quote or list, where it could not) is indented out of reach.
 */
export function paragraphSource(lines: readonly string[]): string {
	let out = lines[0];
	for (let i = 1; i < lines.length; i++) {
		const l = lines[i];
		const at = leadingSpace(l);
		out += (setextLevel(l, at) && at < 4 ? "\n    " : "\n") + l;
	}
	return out;
}

function leadingSpace(s: string): number {
	let i = 0;
	while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
	return i;
}

/** The lines as remark's text: white space at each line's ends gone, joined by "\n". */
export function textValue(lines: readonly string[]): string {
	let value = trimEnd(lines[0]);
	for (let i = 1; i < lines.length; i++) value += "\n" + trimEnd(lines[i].slice(leadingSpace(lines[i])));
	return value;
}

/** Plain text lines as remark's one text node, lines numbered from `line` (its span from `spans`). */
export function plainText(lines: readonly string[], line: number, spans: SharedSpans): PhrasingContent[] {
	const value = textValue(lines);
	if (!value) return [];
	const end = line + lines.length - 1;
	return one<PhrasingContent>(new TextNode(value, spans.span(line, end)));
}

/** The definitions a text refers to (`[x]`, `[text][x]`), as Markdown to put after it. */
export function definitionsFor(text: string, defs: Definitions): string {
	if (defs.size === 0 || !text.includes("[")) return "";
	const used = new Set<string>();
	for (const m of text.matchAll(/\[([^[\]\n]{1,999})\]/g)) {
		const d = defs.get(normalLabel(m[1]));
		if (d) used.add(d);
	}
	return used.size ? "\n\n" + [...used].join("\n\n") : "";
}

/**
 * remark's blocks for `source` (a paragraph, heading or setext heading on its own), the ones
 * within its `lines` lines only, numbered from `line`. `lead` (one line, or "") is read before it
 * and dropped: it puts remark in the state the text was in (see leadFor).
 */
export function readBlocks(source: string, lines: number, line: number, defs: Definitions, lead: string): RootContent[] {
	const root = parseMarkdown(lead + source + definitionsFor(source, defs));
	const leadLines = lead ? 1 : 0;
	const out: RootContent[] = [];
	for (const b of root.children) {
		const at = b.position?.start.line ?? 1;
		if (at <= leadLines) continue;
		if (at > lines + leadLines) break;
		shiftLines(b, line - 1 - leadLines);
		out.push(b);
	}
	return out;
}

/**
 * The definitions among remark's blocks of `source`, as Markdown, into `defs` (the first of a
 * label wins); `lead` characters were read before `source`.
 */
export function collectDefinitions(blocks: readonly RootContent[], source: string, lead: number, defs: Definitions): void {
	for (const b of blocks) {
		if (b.type !== "definition") continue;
		const label = normalLabel(b.label ?? b.identifier);
		if (defs.has(label)) continue;
		// Offsets are in `source` (after a "---\n" put before it in flow-only text).
		const from = (b.position?.start.offset ?? 0) - lead;
		const to = (b.position?.end.offset ?? source.length) - lead;
		defs.set(label, source.slice(from, to));
	}
}

/**
 * Moves a node and its children `by` lines (remark read them from a string starting elsewhere).
 * Nodes of one block may share a span (see SharedSpans): each span is moved once.
 */
export function shiftLines(node: Node, by: number): void {
	if (by !== 0) shiftTree(node, by, new Set());
}

function shiftTree(node: Node, by: number, moved: Set<Position>): void {
	const pos = node.position;
	if (pos && !moved.has(pos)) {
		moved.add(pos);
		pos.start.line += by;
		// (A span on one line has one Point for both: see lineSpan.)
		if (pos.end !== pos.start) pos.end.line += by;
	}
	const children = (node as { children?: Node[] }).children;
	if (children) for (const c of children) shiftTree(c, by, moved);
}

/** An ATX heading's text: without its opening and closing `#` runs. */
export function atxText(line: string): string {
	let i = 0;
	while (line.charCodeAt(i) === 35) i++;
	let s = line.slice(i);
	// A closing run of #s counts only after white space (or when it is all the heading holds).
	let e = trimEnd(s).length;
	let h = e;
	while (h > 0 && s.charCodeAt(h - 1) === 35) h--;
	if (h < e && (h === 0 || s.charCodeAt(h - 1) === 32 || s.charCodeAt(h - 1) === 9)) e = h;
	s = s.slice(0, e);
	let b = 0;
	while (b < s.length && (s.charCodeAt(b) === 32 || s.charCodeAt(b) === 9)) b++;
	return trimEnd(s.slice(b));
}
