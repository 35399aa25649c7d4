// A small editor for the STAR command tests: text, one selection, and `transaction` that records each
// change with its inverse, so `undo` replays the inverse (not a snapshot) and proves the change exact.
import type { EditorPosition, EditorTransaction } from "obsidian";

interface Recorded {
	from: number;
	removed: string;
	inserted: string;
}

export class RecordingEditor {
	text: string;
	anchor: EditorPosition;
	head: EditorPosition;
	/** One entry per transaction (one undo step each). */
	readonly history: Recorded[][] = [];

	constructor(text: string, anchor: EditorPosition = { line: 0, ch: 0 }, head: EditorPosition = anchor) {
		this.text = text;
		this.anchor = anchor;
		this.head = head;
	}

	/** `|` marks the cursor; two `|` mark a selection (anchor first). */
	static fromMarked(marked: string): RecordingEditor {
		const { text, anchor, head } = parseMarked(marked);
		return new RecordingEditor(text, anchor, head);
	}

	/** The text with `|` at the cursor, or at both ends of the selection. */
	marked(): string {
		return markText(this.text, this.anchor, this.head);
	}

	getValue(): string {
		return this.text;
	}

	private order(): [EditorPosition, EditorPosition] {
		const a = this.anchor;
		const h = this.head;
		return a.line < h.line || (a.line === h.line && a.ch <= h.ch) ? [a, h] : [h, a];
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		if (side === "from") return { ...this.order()[0] };
		if (side === "to") return { ...this.order()[1] };
		return { ...(side === "anchor" ? this.anchor : this.head) };
	}

	somethingSelected(): boolean {
		return this.anchor.line !== this.head.line || this.anchor.ch !== this.head.ch;
	}

	transaction(tx: EditorTransaction): void {
		// Changes are against the text before the transaction: apply from the end backwards.
		const spans = (tx.changes ?? [])
			.map((c) => {
				const from = toOffset(this.text, c.from);
				const to = toOffset(this.text, c.to ?? c.from);
				if (to < from) throw new Error("change ends before it starts");
				return { from, to, text: c.text };
			})
			.sort((a, b) => b.from - a.from);
		const step: Recorded[] = [];
		for (const s of spans) {
			step.push({ from: s.from, removed: this.text.slice(s.from, s.to), inserted: s.text });
			this.text = this.text.slice(0, s.from) + s.text + this.text.slice(s.to);
		}
		this.history.push(step);
		if (tx.selection) {
			this.anchor = tx.selection.from;
			this.head = tx.selection.to ?? tx.selection.from;
		}
	}

	/** Apply the inverse of the last transaction's changes. */
	undo(): void {
		const step = this.history.pop();
		if (!step) return;
		for (const r of [...step].reverse()) {
			this.text = this.text.slice(0, r.from) + r.removed + this.text.slice(r.from + r.inserted.length);
		}
	}
}

export function toOffset(text: string, pos: EditorPosition): number {
	const lines = text.split("\n");
	if (pos.line < 0 || pos.line >= lines.length) throw new Error(`line ${pos.line} outside the text`);
	if (pos.ch < 0 || pos.ch > lines[pos.line].length) throw new Error(`column ${pos.ch} outside line ${pos.line}`);
	let offset = 0;
	for (let i = 0; i < pos.line; i++) offset += lines[i].length + 1;
	return offset + pos.ch;
}

export function toPos(text: string, offset: number): EditorPosition {
	const before = text.slice(0, offset).split("\n");
	return { line: before.length - 1, ch: before[before.length - 1].length };
}

export function parseMarked(marked: string): { text: string; anchor: EditorPosition; head: EditorPosition } {
	const first = marked.indexOf("|");
	if (first < 0) throw new Error("no cursor mark");
	const second = marked.indexOf("|", first + 1);
	const text = marked.replace(/\|/g, "");
	const anchor = toPos(text, first);
	const head = second < 0 ? anchor : toPos(text, second - 1);
	return { text, anchor, head };
}

export function markText(text: string, anchor: EditorPosition, head: EditorPosition): string {
	const a = toOffset(text, anchor);
	const h = toOffset(text, head);
	if (a === h) return `${text.slice(0, a)}|${text.slice(a)}`;
	const [lo, hi] = a < h ? [a, h] : [h, a];
	return `${text.slice(0, lo)}|${text.slice(lo, hi)}|${text.slice(hi)}`;
}
