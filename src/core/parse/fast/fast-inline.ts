// Text of the paragraphs and headings the block scanner found, as remark gives it: text without
// inline markup becomes one text node (text with markup goes to simple-inline.ts or
// inline-reader.ts); lines of a tree moved as a whole; an ATX heading's text.
import type { PhrasingContent } from "mdast";
import type { Node, Position } from "unist";
import { one, type SharedSpans, TextNode } from "./node-shapes";
import { inlineUnread } from "./lazy-inline";

/** Characters that may start inline markup (escapes, entities, code, emphasis, links, HTML, autolinks). */
const MARKUP = /[\\&`*_[<]/;

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
	// Inline nodes not read yet are read where the node is by then: they need no moving.
	if (inlineUnread(node)) return;
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

/** micromark reads U+0000 as U+FFFD (one code unit for one: offsets stay). */
export function withoutNul(text: string): string {
	return text.includes("\0") ? text.replace(/\0/g, "\ufffd") : text;
}
