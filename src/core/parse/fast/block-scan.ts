// A line-level block scanner after CommonMark's block algorithm (as commonmark.js runs it): each
// line first continues the open containers it can (quotes, list items), then may open new blocks,
// and what is left goes to the open leaf (paragraph, code, HTML) or starts a paragraph; a line
// that only a paragraph can take continues it lazily. It finds block structure and lines only:
// inline markup is read later, and only in the short strings that need it (fast-inline.ts). The tree
// of open blocks, and how blocks open and close in it: open-blocks.ts.
import { atxDepth, fenceCloses, fenceOpen, HTML_END, htmlStart, isSpaceOrTab, isThematicBreak, listMarker, setextLevel } from "./block-rules";
import { type FastBlock, type FastType, isBlankFrom, pushLine, sameList, touch } from "./fast-block";
import { definitionsOnly } from "./definitions";
import { OpenBlocks } from "./open-blocks";

export type { FastBlock, FastType };

export class BlockScanner extends OpenBlocks {
	/** Indented code opened on a lazy line: micromark ends it on that line. */
	private oneLine = false;
	/** micromark's "interrupt": a list item may not open empty or numbered other than 1 (this line). */
	private interrupt = false;

	/**
	 * `flowOnly`: no quotes or list items open anywhere. remark-frontmatter's attempt at front matter
	 * that never closes holds micromark's containers off for the whole text.
	 */
	constructor(text: string, firstLine = 1, private readonly flowOnly = false) {
		super();
		this.text = text;
		this.lineNo = firstLine - 1;
	}

	/** 0: the open block goes on at this line; 1: it does not; 2: the line closed it (a closing fence). */
	private continues(b: FastBlock): 0 | 1 | 2 {
		switch (b.type) {
			case "blockquote":
				if (this.indent <= 3 && this.text.charCodeAt(this.nextNonspace) === 62) {
					this.skipQuoteMarker();
					touch(b, this.lineNo);
					return 0;
				}
				return 1;
			case "listItem":
				if (this.blank) {
					if (b.children.length === 0) return 1;
					// As micromark: a blank line gives up at most the item's indent (an HTML block keeps the rest).
					if (this.indent >= b.markerOffset + b.padding) this.advanceOffset(b.markerOffset + b.padding, true);
					else this.advanceNextNonspace();
				} else if (this.indent >= b.markerOffset + b.padding) this.advanceOffset(b.markerOffset + b.padding, true);
				else return 1;
				return 0;
			case "code":
				if (b.fence) {
					if (this.indent <= 3 && this.text.charCodeAt(this.nextNonspace) === b.fence && fenceCloses(this.text, this.nextNonspace, this.end, b.fence, b.fenceLength)) {
						touch(b, this.lineNo);
						this.close(b);
						return 2;
					}
					for (let i = b.fenceIndent; i > 0 && this.offset < this.end && isSpaceOrTab(this.text.charCodeAt(this.offset)); i--) this.advanceOffset(1, true);
					return 0;
				}
				if (this.indent >= 4) this.advanceOffset(4, true);
				else if (this.blank) this.advanceNextNonspace();
				else return 1;
				return 0;
			case "html":
				return this.blank && (b.html === 6 || b.html === 7) ? 1 : 0;
			case "paragraph":
				return this.blank ? 1 : 0;
			case "heading":
			case "thematicBreak":
				return 1;
			default:
				return 0;
		}
	}

	/** Reads the line text[start, end) (no line break); lines are numbered on from the constructor's first line. */
	addLine(start: number, end: number): void {
		this.lineNo++;
		this.startLine(start, end);
		this.oldTip = this.tip;
		let container = this.root;
		// (No read at index -1 of a block without children: V8 looks that up as a property name.)
		for (let kids = container.children; kids.length > 0 && kids[kids.length - 1].open; kids = container.children) {
			container = kids[kids.length - 1];
			this.findNextNonspace();
			const r = this.continues(container);
			if (r === 2) return;
			if (r === 1) {
				container = container.parent ?? this.root;
				break;
			}
		}
		this.allClosed = container === this.oldTip;
		this.lastMatched = container;
		// As micromark: when every container went on, an open paragraph or indented code (even past
		// blank lines) is interrupted by a list item.
		const tip = this.tip;
		this.interrupt = (tip.type === "paragraph" || (tip.type === "code" && !tip.fence)) && (container === tip || container === tip.parent);
		let matchedLeaf = container.type !== "paragraph" && (container.type === "code" || container.type === "html");
		// Where the line's text after its containers starts, white space kept (micromark keeps it in
		// code spans): the string is made only for a paragraph that takes it.
		let restAt = -1;
		let restTab = 0;
		while (!matchedLeaf) {
			this.findNextNonspace();
			const r = this.startsBlock(container);
			if (r === 0) {
				restAt = this.offset;
				restTab = this.partialTab ? 4 - (this.column % 4) : 0;
				this.advanceNextNonspace();
				break;
			}
			container = this.tip;
			if (r === 2) matchedLeaf = true;
		}
		if (this.oneLine) {
			this.oneLine = false;
			this.addToLeaf(this.tip);
			this.close(this.tip);
			return;
		}
		if (!this.allClosed && !this.blank && this.tip.type === "paragraph") {
			// Lazy continuation of the open paragraph.
			pushLine(this.tip, this.rest(restAt, restTab));
			touch(this.tip, this.lineNo);
			return;
		}
		this.closeUnmatched();
		const t = container.type;
		if (t === "code" || t === "html") this.addToLeaf(container);
		else if (t === "paragraph") {
			pushLine(container, this.rest(restAt, restTab));
			touch(container, this.lineNo);
		} else if (t !== "heading" && t !== "thematicBreak" && this.offset < end && !this.blank) {
			const p = this.addChild("paragraph");
			pushLine(p, this.text.slice(this.nextNonspace, end));
		}
	}

	private addToLeaf(b: FastBlock): void {
		const rest = this.rest(this.offset, this.partialTab ? 4 - (this.column % 4) : 0);
		if (b.type === "code") {
			// Indented code ends at its last line with content (or with four columns of white space).
			if (b.fence || !this.blank || this.indent >= 4) touch(b, this.lineNo);
			return;
		}
		pushLine(b, rest);
		touch(b, this.lineNo);
		// (On its first line, the end is looked for after the opening `<x`; a `<?`'s own `?` may end it: `<?>`.)
		const end = HTML_END[b.html];
		if (end && end.test(b.lines.length === 1 ? rest.slice(rest.indexOf("<") + (b.html === 3 ? 1 : 2)) : rest)) this.close(b);
	}

	/** Tries every block start at this line: 0 none, 1 a container opened, 2 a leaf opened. */
	private startsBlock(container: FastBlock): 0 | 1 | 2 {
		const text = this.text;
		const end = this.end;
		const at = this.nextNonspace;
		const c = at < end ? text.charCodeAt(at) : NaN;
		if (this.indent >= 4) {
			// Indented code (never inside a paragraph).
			if (this.tip.type === "paragraph" || this.blank) return 0;
			this.advanceOffset(4, true);
			// On a lazy line (as micromark reads one: a quote or item not continued, none opened) the
			// code goes after the containers and ends on this line: its next line is code of its own.
			this.oneLine = this.lazy();
			this.closeUnmatched();
			this.addChild("code");
			return 2;
		}
		if (c === 62 && !this.flowOnly) {
			this.skipQuoteMarker();
			this.pierce();
			this.closeUnmatched();
			this.addChild("blockquote");
			return 1;
		}
		if (c === 35) {
			const depth = atxDepth(text, at, end);
			if (depth) {
				this.advanceNextNonspace();
				this.closeUnmatched();
				const h = this.addChild("heading");
				h.depth = depth;
				pushLine(h, text.slice(at, end));
				this.offset = end;
				return 2;
			}
		}
		if (c === 96 || c === 126) {
			const f = fenceOpen(text, at, end);
			if (f) {
				this.closeUnmatched();
				const code = this.addChild("code");
				code.fence = f.char;
				code.fenceLength = f.length;
				code.fenceIndent = this.indent;
				this.offset = end;
				return 2;
			}
		}
		if (c === 60) {
			const kind = htmlStart(text, at, end, container.type === "paragraph");
			// A lone tag (kind 7) on a lazy line after a paragraph: micromark's check of whether it ends
			// the paragraph waits for the next line, and till then the containers stay open: the HTML
			// goes inside them, as if the line had continued them (on the text's last line it does not).
			if (kind === 7 && !this.allClosed && this.tip.type === "paragraph" && end < text.length) this.lastMatched = this.tip.parent ?? this.root;
			if (kind) {
				this.closeUnmatched();
				this.addChild("html").html = kind;
				return 2;
			}
		}
		if ((c === 61 || c === 45) && container.type === "paragraph") {
			const level = setextLevel(text, at, end);
			// Under definitions only, micromark takes no underline: the paragraph ends, and the line
			// is read again after it (a thematic break, or a paragraph's first line).
			if (level && definitionsOnly(container.lines)) {
				this.close(container);
				return 1;
			}
			if (level) {
				this.closeUnmatched();
				container.setext = true;
				container.type = "heading";
				container.depth = level;
				touch(container, this.lineNo);
				this.offset = end;
				return 2;
			}
		}
		if ((c === 42 || c === 45 || c === 95) && isThematicBreak(text, at, end)) {
			this.closeUnmatched();
			this.addChild("thematicBreak");
			this.offset = end;
			return 2;
		}
		const m = this.flowOnly ? null : listMarker(text, at, end);
		if (!m) return 0;
		// An item interrupting a paragraph (or indented code) must hold text, and an ordered one be `1.`.
		// (micromark keeps the flag for the rest of the line, through the containers it opens.)
		if (this.interrupt && ((m.ordered && !(m.end - at === 2 && text.charCodeAt(at) === 49)) || isBlankFrom(text, m.end, end))) return 0;
		const markerOffset = this.indent;
		const padding = this.skipListMarker(m.end - at);
		this.pierce();
		this.closeUnmatched();
		if (this.tip.type !== "list" || !sameList(this.tip, m)) {
			const list = this.addChild("list");
			list.delimiter = m.delimiter;
			list.listStart = m.start;
		}
		const item = this.addChild("listItem");
		item.delimiter = m.delimiter;
		item.markerOffset = markerOffset;
		item.padding = padding;
		return 1;
	}
}
