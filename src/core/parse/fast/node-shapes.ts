// The fast reader's mdast nodes, made by constructors instead of object literals. V8 watches what
// becomes of a literal's objects: when many outlive a young-generation collection (a note's tree
// lives while the note is read), it makes that literal's objects in the old generation from then on,
// where each costs a slow allocation and a full collection to free. That turned the reader 2.5 times
// slower in some runs and not others. Objects made by a constructor are never moved up front; nor
// are arrays copied from another (array literals and `new Array()` are watched as object literals are).
import type { RootContent } from "mdast";

const NONE: never[] = [];

/** A new empty array that V8 never makes in the old generation up front (a copy of an empty one: no literal). */
export function list<T>(): T[] {
	return NONE.slice();
}

/**
 * A top-level block's start or end: its line and offset. Its column is always 1 (nobody reads it),
 * kept on the class, not in each point (a big note's tree is kept through the whole parse).
 */
export class Point {
	line: number;
	offset: number;
	constructor(line: number, offset: number) {
		this.line = line;
		this.offset = offset;
	}
	get column(): number {
		return 1;
	}
}

/** A line, for nodes whose offsets nobody reads: column 1 and offset 0, kept on the class. */
export class LinePoint {
	line: number;
	constructor(line: number) {
		this.line = line;
	}
	get column(): number {
		return 1;
	}
	get offset(): number {
		return 0;
	}
}

export class Span {
	start: Point | LinePoint;
	end: Point | LinePoint;
	constructor(start: Point | LinePoint, end: Point | LinePoint) {
		this.start = start;
		this.end = end;
	}
}

/**
 * The items in an array whose store holds just them. A pushed-to array keeps room for 17: a big
 * note's tree outlives young-generation collections, and each such array is copied twice at 150 bytes.
 */
export function fitted<T>(items: T[]): T[] {
	return items.slice();
}

const ONE: unknown[] = list();
ONE.push(null);

/** An array of just `item` (a copy of a one-item array, filled: no literal, no spare room). */
export function one<T>(item: T): T[] {
	const out = ONE.slice() as T[];
	out[0] = item;
	return out;
}

/**
 * Lines `start` to `end`, offsets 0 (inline nodes: the extractor reads their lines only). On one line
 * start and end are one Point (fewer objects in a big note's tree; shiftLines moves it once).
 */
export function lineSpan(start: number, end: number): Span {
	const from = new LinePoint(start);
	return new Span(from, start === end ? from : new LinePoint(end));
}

/**
 * Spans for nodes whose offsets nobody reads (inline nodes, blocks inside others): a node on the
 * lines of the one made before it shares its span (most nodes sit on their parent's lines). Spans
 * are shared within one top-level block only (`reset` at each): the parse memo moves a piece's
 * blocks one by one, and shiftLines moves each span of a block once.
 */
export class SharedSpans {
	private one: Span | null = null;
	private many: Span | null = null;

	/** Spans before this are not shared; `top` (a top-level block's own span) may be. */
	reset(top: Span): void {
		const oneLine = top.start.line === top.end.line;
		this.one = oneLine ? top : null;
		this.many = oneLine ? null : top;
	}

	span(start: number, end: number): Span {
		if (start === end) {
			const o = this.one;
			return o && o.start.line === start ? o : (this.one = lineSpan(start, end));
		}
		const m = this.many;
		return m && m.start.line === start && m.end.line === end ? m : (this.many = lineSpan(start, end));
	}
}

export class TextNode {
	type = "text" as const;
	value: string;
	position: Span;
	constructor(value: string, position: Span) {
		this.value = value;
		this.position = position;
	}
}

/** A node that holds others and nothing else: a quote, bold or emphasis (paragraphs: lazy-inline.ts). */
export class ParentNode<T extends "blockquote" | "strong" | "emphasis", C> {
	type: T;
	children: C[];
	position: Span;
	constructor(type: T, children: C[], position: Span) {
		this.type = type;
		this.children = children;
		this.position = position;
	}
}

export class ListNode {
	type = "list" as const;
	ordered: boolean;
	start: number | null;
	spread = false;
	children: RootContent[];
	position: Span;
	constructor(ordered: boolean, start: number | null, children: RootContent[], position: Span) {
		this.ordered = ordered;
		this.start = start;
		this.children = children;
		this.position = position;
	}
}

export class ListItemNode {
	type = "listItem" as const;
	spread = false;
	checked = null;
	children: RootContent[];
	position: Span;
	constructor(children: RootContent[], position: Span) {
		this.children = children;
		this.position = position;
	}
}

export class BreakNode {
	type = "break" as const;
	position: Span;
	constructor(position: Span) {
		this.position = position;
	}
}
