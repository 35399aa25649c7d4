// Fake of `Editor` (https://docs.obsidian.md/Reference/TypeScript+API/Editor): text as lines, one
// selection, `transaction` applied as one undo step.
import type { EditorChange, EditorPosition, EditorRange, EditorRangeOrCaret, EditorSelection, EditorSelectionOrCaret, EditorTransaction } from "obsidian";

const cmp = (a: EditorPosition, b: EditorPosition) => a.line - b.line || a.ch - b.ch;

/** Imitates `Editor`. `new Editor(text)`; tests read `getValue()` and use `undo()`. */
export class Editor {
	private text: string;
	private anchor: EditorPosition = { line: 0, ch: 0 };
	private head: EditorPosition = { line: 0, ch: 0 };
	private undoStack: { text: string; anchor: EditorPosition; head: EditorPosition }[] = [];
	private redoStack: { text: string; anchor: EditorPosition; head: EditorPosition }[] = [];
	/** Test helper: number of undo steps recorded. */
	get undoDepth(): number {
		return this.undoStack.length;
	}
	constructor(text = "") {
		this.text = text;
	}
	getDoc(): this {
		return this;
	}
	refresh(): void {}
	getValue(): string {
		return this.text;
	}
	setValue(content: string): void {
		this.snapshot();
		this.text = content;
		this.anchor = this.head = this.clip(this.head);
	}
	private lines(): string[] {
		return this.text.split("\n");
	}
	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}
	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}
	lineCount(): number {
		return this.lines().length;
	}
	lastLine(): number {
		return this.lineCount() - 1;
	}
	private clip(p: EditorPosition): EditorPosition {
		const line = Math.max(0, Math.min(p.line, this.lastLine()));
		return { line, ch: Math.max(0, Math.min(p.ch, this.getLine(line).length)) };
	}
	posToOffset(pos: EditorPosition): number {
		const p = this.clip(pos);
		const ls = this.lines();
		let off = 0;
		for (let i = 0; i < p.line; i++) off += ls[i].length + 1;
		return off + p.ch;
	}
	offsetToPos(offset: number): EditorPosition {
		const ls = this.lines();
		let rest = Math.max(0, Math.min(offset, this.text.length));
		for (let i = 0; i < ls.length; i++) {
			if (rest <= ls[i].length) return { line: i, ch: rest };
			rest -= ls[i].length + 1;
		}
		return { line: ls.length - 1, ch: ls[ls.length - 1].length };
	}
	private from(): EditorPosition {
		return cmp(this.anchor, this.head) <= 0 ? this.anchor : this.head;
	}
	private to(): EditorPosition {
		return cmp(this.anchor, this.head) <= 0 ? this.head : this.anchor;
	}
	getSelection(): string {
		return this.getRange(this.from(), this.to());
	}
	somethingSelected(): boolean {
		return cmp(this.anchor, this.head) !== 0;
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}
	replaceSelection(replacement: string, _origin?: string): void {
		this.transaction({ replaceSelection: replacement });
	}
	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, _origin?: string): void {
		this.transaction({ changes: [{ text: replacement, from, to }] });
	}
	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		if (side === "from") return { ...this.from() };
		if (side === "to") return { ...this.to() };
		return { ...(side === "anchor" ? this.anchor : this.head) };
	}
	listSelections(): EditorSelection[] {
		return [{ anchor: { ...this.anchor }, head: { ...this.head } }];
	}
	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.anchor = this.head = this.clip(p);
	}
	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.anchor = this.clip(anchor);
		this.head = this.clip(head ?? anchor);
	}
	setSelections(ranges: EditorSelectionOrCaret[], main = 0): void {
		const r = ranges[main] ?? ranges[0];
		if (r) this.setSelection(r.anchor, r.head);
	}
	focus(): void {}
	blur(): void {}
	hasFocus(): boolean {
		return true;
	}
	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}
	scrollTo(_x?: number | null, _y?: number | null): void {}
	scrollIntoView(_range: EditorRange, _center?: boolean): void {}
	private snapshot(): void {
		this.undoStack.push({ text: this.text, anchor: this.anchor, head: this.head });
		this.redoStack = [];
	}
	undo(): void {
		const s = this.undoStack.pop();
		if (!s) return;
		this.redoStack.push({ text: this.text, anchor: this.anchor, head: this.head });
		({ text: this.text, anchor: this.anchor, head: this.head } = s);
	}
	redo(): void {
		const s = this.redoStack.pop();
		if (!s) return;
		this.undoStack.push({ text: this.text, anchor: this.anchor, head: this.head });
		({ text: this.text, anchor: this.anchor, head: this.head } = s);
	}
	exec(_command: string): void {}
	/** Imitates `transaction`: all changes against the original text, one undo step. */
	transaction(tx: EditorTransaction, _origin?: string): void {
		const changes: EditorChange[] = [...(tx.changes ?? [])];
		if (tx.replaceSelection !== undefined) changes.push({ text: tx.replaceSelection, from: this.from(), to: this.to() });
		this.snapshot();
		const spans = changes
			.map((c) => ({ start: this.posToOffset(c.from), end: this.posToOffset(c.to ?? c.from), text: c.text }))
			.sort((a, b) => b.start - a.start);
		let text = this.text;
		for (const s of spans) text = text.slice(0, s.start) + s.text + text.slice(s.end);
		const caretAfter = tx.replaceSelection !== undefined ? this.posToOffset(this.from()) + tx.replaceSelection.length : null;
		this.text = text;
		const sel: EditorRangeOrCaret | undefined = tx.selection ?? tx.selections?.[0];
		if (sel) this.setSelection(sel.from, sel.to ?? sel.from);
		else if (caretAfter !== null) this.setCursor(this.offsetToPos(caretAfter));
		else this.setSelection(this.clip(this.anchor), this.clip(this.head));
	}
	wordAt(pos: EditorPosition): EditorRange | null {
		const line = this.getLine(pos.line);
		let s = pos.ch;
		let e = pos.ch;
		while (s > 0 && /\w/.test(line[s - 1])) s--;
		while (e < line.length && /\w/.test(line[e])) e++;
		return s === e ? null : { from: { line: pos.line, ch: s }, to: { line: pos.line, ch: e } };
	}
	processLines<T>(
		read: (line: number, lineText: string) => T | null,
		write: (line: number, lineText: string, value: T | null) => EditorChange | void,
		ignoreEmpty = true,
	): void {
		const changes: EditorChange[] = [];
		for (let i = 0; i < this.lineCount(); i++) {
			const text = this.getLine(i);
			if (ignoreEmpty && text.trim() === "") continue;
			const change = write(i, text, read(i, text));
			if (change) changes.push(change);
		}
		if (changes.length) this.transaction({ changes });
	}
}
