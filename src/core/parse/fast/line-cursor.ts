// Where the block scanner is in the current line: offset, column (tabs stop every four columns),
// a tab consumed in part, and the next character that is not a space or tab. Offsets are in the
// whole text (the line is text[start of line, end)): no string is made for a line to be read.
import { isSpaceOrTab } from "./block-rules";
import { list } from "./node-shapes";

export class LineCursor {
	protected text = "";
	/** Offset of the line's end (its line break, or the text's end). */
	protected end = 0;
	protected offset = 0;
	protected column = 0;
	protected partialTab = false;
	protected nextNonspace = 0;
	protected nextNonspaceColumn = 0;
	protected indent = 0;
	protected blank = false;

	/** Starts on a new line. */
	protected startLine(start: number, end: number): void {
		this.end = end;
		this.offset = start;
		this.column = 0;
		this.partialTab = false;
	}

	protected findNextNonspace(): void {
		const text = this.text;
		const end = this.end;
		let i = this.offset;
		let cols = this.column;
		for (; i < end; i++) {
			const c = text.charCodeAt(i);
			if (c === 32) cols++;
			else if (c === 9) cols += 4 - (cols % 4);
			else break;
		}
		this.blank = i === end;
		this.nextNonspace = i;
		this.nextNonspaceColumn = cols;
		this.indent = cols - this.column;
	}

	protected advanceNextNonspace(): void {
		this.offset = this.nextNonspace;
		this.column = this.nextNonspaceColumn;
		this.partialTab = false;
	}

	/** Moves on `count` characters, or columns (a tab may be consumed in part). */
	protected advanceOffset(count: number, columns: boolean): void {
		const text = this.text;
		while (count > 0 && this.offset < this.end) {
			if (text.charCodeAt(this.offset) === 9) {
				const tab = 4 - (this.column % 4);
				if (columns) {
					this.partialTab = tab > count;
					const used = tab > count ? count : tab;
					this.column += used;
					this.offset += this.partialTab ? 0 : 1;
					count -= used;
				} else {
					this.partialTab = false;
					this.column += tab;
					this.offset++;
					count--;
				}
			} else {
				this.partialTab = false;
				this.offset++;
				this.column++;
				count--;
			}
		}
	}

	/** The line from `at` (-1: none of it), after `tab` columns left of a tab consumed in part. */
	protected rest(at: number, tab: number): string {
		if (at < 0) return "";
		return tab ? " ".repeat(tab) + this.text.slice(at + 1, this.end) : this.text.slice(at, this.end);
	}

	/** Past a quote's `>` and the one space or tab after it. */
	protected skipQuoteMarker(): void {
		this.advanceNextNonspace();
		this.advanceOffset(1, false);
		if (isSpaceOrTab(this.text.charCodeAt(this.offset))) this.advanceOffset(1, true);
	}

	/**
	 * Past a list marker of `length` characters and the spaces after it that belong to it (1 to 4;
	 * one when there are 5 or more, or none: then the content is indented code or the item is
	 * empty). Returns the item's padding: marker and those spaces, in columns.
	 */
	protected skipListMarker(length: number): number {
		const text = this.text;
		this.advanceNextNonspace();
		this.advanceOffset(length, true);
		const spacesStartCol = this.column;
		const spacesStartOffset = this.offset;
		do this.advanceOffset(1, true);
		while (this.column - spacesStartCol < 5 && isSpaceOrTab(text.charCodeAt(this.offset)));
		const blankItem = this.offset >= this.end;
		const spaces = this.column - spacesStartCol;
		if (spaces < 5 && spaces >= 1 && !blankItem) return length + spaces;
		this.column = spacesStartCol;
		this.offset = spacesStartOffset;
		this.partialTab = false;
		if (isSpaceOrTab(text.charCodeAt(this.offset))) this.advanceOffset(1, true);
		return length + 1;
	}
}

/** Offsets of each line's first character (lines end at "\n"; the text has one more line than line breaks). */
export function lineStarts(text: string): number[] {
	const starts = list<number>();
	starts.push(0);
	for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
	return starts;
}
