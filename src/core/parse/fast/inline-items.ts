// The inline reader's items, in a list linked both ways (a link or an emphasis replaces a run of
// them in place, however long the text): plain text, finished nodes, `*`/`_` runs not yet paired,
// and `[`/`![` not yet closed. What is left unpaired at the end reads as text.
import type { PhrasingContent } from "mdast";
import { fitted, list, one, type SharedSpans, type Span, TextNode } from "./node-shapes";

export const TEXT = 0;
export const NODE = 1;
export const DELIM = 2;
export const LABEL = 3;

export class InlineItem {
	kind: number;
	/** The text's offsets the item covers (a run's shrink as it is paired). */
	from: number;
	to: number;
	text = "";
	node: PhrasingContent | null = null;
	prev: InlineItem | null = null;
	next: InlineItem | null = null;
	/** A run's character (42 `*`, 95 `_`), its length left, and whether it may open or close. */
	marker = 0;
	size = 0;
	open = false;
	close = false;
	/** A label start: `![`, its depth among the open starts, and whether its `]` failed. */
	image = false;
	depth = 0;
	balanced = false;
	constructor(kind: number, from: number, to: number) {
		this.kind = kind;
		this.from = from;
		this.to = to;
	}
}

/** A text node of `value` over `position`. */
export function plainText(value: string, position: Span): PhrasingContent {
	return new TextNode(value, position);
}

export class ItemList {
	private readonly head = new InlineItem(TEXT, 0, 0);
	private tail: InlineItem = this.head;
	/** Offsets of the text's line endings. */
	private readonly breaks: number[] = [];

	constructor(
		private readonly s: string,
		private readonly line: number,
		private readonly spans: SharedSpans,
	) {
		for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) this.breaks.push(i);
	}

	first(): InlineItem | null {
		return this.head.next;
	}

	/** The note line of offset `at` (a line ending's own offset is on the line it ends). */
	lineOf(at: number): number {
		return this.line + this.lineIndex(at);
	}

	/** The text's line (from 0) of offset `at`. */
	lineIndex(at: number): number {
		const b = this.breaks;
		let lo = 0;
		let hi = b.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (b[mid] < at) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** The offset where the text's line `k` (from 0) starts. */
	lineStart(k: number): number {
		return k === 0 ? 0 : this.breaks[k - 1] + 1;
	}

	/** The span of offsets [from, to) (lines only). */
	span(from: number, to: number): Span {
		return this.spans.span(this.lineOf(from), this.lineOf(to));
	}

	private add(item: InlineItem): InlineItem {
		item.prev = this.tail;
		this.tail.next = item;
		this.tail = item;
		return item;
	}

	text(value: string, from: number, to: number): void {
		this.add(new InlineItem(TEXT, from, to)).text = value;
	}

	node(node: PhrasingContent, from: number, to: number): void {
		this.add(new InlineItem(NODE, from, to)).node = node;
	}

	delimiter(marker: number, from: number, to: number, flanks: number): void {
		const d = this.add(new InlineItem(DELIM, from, to));
		d.marker = marker;
		d.size = to - from;
		d.open = (flanks & 1) !== 0;
		d.close = (flanks & 2) !== 0;
	}

	label(image: boolean, from: number, to: number): InlineItem {
		const l = this.add(new InlineItem(LABEL, from, to));
		l.image = image;
		return l;
	}

	/** Replaces `start` and everything after it by `node`, which ends at `to`. */
	replaceFrom(start: InlineItem, node: PhrasingContent, to: number): void {
		const prev = start.prev as InlineItem;
		prev.next = null;
		this.tail = prev;
		this.node(node, start.from, to);
	}

	/** Replaces the items strictly between `a` and `b` by `node` (offsets from, to). */
	replaceBetween(a: InlineItem, b: InlineItem, node: PhrasingContent, from: number, to: number): void {
		const item = new InlineItem(NODE, from, to);
		item.node = node;
		item.prev = a;
		item.next = b;
		a.next = item;
		b.prev = item;
	}

	remove(item: InlineItem): void {
		const prev = item.prev as InlineItem;
		prev.next = item.next;
		if (item.next) item.next.prev = prev;
		else this.tail = prev;
	}

	/** The nodes of the items from `first` up to `stop` (not included): plain text items read as one text node. */
	nodes(first: InlineItem | null, stop: InlineItem | null): PhrasingContent[] {
		const out = list<PhrasingContent>();
		let value = "";
		let from = -1;
		let to = 0;
		for (let it = first; it && it !== stop; it = it.next) {
			if (it.kind === NODE) {
				if (from >= 0) out.push(plainText(value, this.span(from, to)));
				from = -1;
				out.push(it.node as PhrasingContent);
				continue;
			}
			const v = it.kind === TEXT ? it.text : it.kind === DELIM ? this.s.slice(it.from, it.to) : it.image ? "![" : "[";
			if (from < 0) {
				from = it.from;
				value = v;
			} else value += v;
			to = it.to;
		}
		if (from >= 0) out.push(plainText(value, this.span(from, to)));
		// One node (most spans): an array of just it; more: a copy without the room pushing leaves (see fitted).
		return out.length === 1 ? one(out[0]) : fitted(out);
	}
}
