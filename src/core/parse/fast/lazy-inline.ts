// Paragraphs and headings of the fast reader whose inline nodes are read when first asked for. About
// half of a note's paragraphs are never looked into (the extractor reads an answer's text from the
// note itself), and reading their markup was a tenth of a parse.
import type { PhrasingContent } from "mdast";
import { list, SharedSpans, type Span } from "./node-shapes";

/** Reads lines' inline nodes (one per fastParseMarkdown call: it holds that text's link targets). */
export interface InlineLines {
	/** Inline nodes of `lines`, numbered from `line`; `from`: their first line in the text read (for tabs). */
	read(lines: readonly string[], line: number, from: number, spans: SharedSpans): PhrasingContent[];
}

/** What a node needs to read its inline nodes later. */
class Pending {
	constructor(
		readonly reader: InlineLines,
		readonly lines: readonly string[],
		/** The lines' first line in the text read. */
		readonly from: number,
		/** The node's first line then: a node moved since (shiftLines) numbers its inline nodes from its new place. */
		readonly at: number,
	) {}

	read(position: Span): PhrasingContent[] {
		// Nodes on the node's own lines share its span (as the reader shares spans within a block).
		const spans = new SharedSpans();
		spans.reset(position);
		return this.reader.read(this.lines, this.from + position.start.line - this.at, this.from, spans);
	}
}

/** A node whose children are inline nodes read on first ask. */
abstract class LazyInline {
	position: Span;
	private kids: PhrasingContent[] | null = null;
	private pending: Pending | null;
	constructor(position: Span, pending: Pending | null) {
		this.position = position;
		this.pending = pending;
	}
	get children(): PhrasingContent[] {
		if (this.kids === null) {
			this.kids = this.pending ? this.pending.read(this.position) : list();
			this.pending = null;
		}
		return this.kids;
	}
	set children(kids: PhrasingContent[]) {
		this.kids = kids;
		this.pending = null;
	}
	/** Its inline nodes are not read yet (moving it need not read them). */
	get unread(): boolean {
		return this.kids === null;
	}
}

export class ParagraphNode extends LazyInline {
	type = "paragraph" as const;
	constructor(position: Span, reader: InlineLines, lines: readonly string[], from: number) {
		super(position, new Pending(reader, lines, from, position.start.line));
	}
}

export class HeadingNode extends LazyInline {
	type = "heading" as const;
	depth: 1 | 2 | 3 | 4 | 5 | 6;
	/** `lines`: its text's lines (none for a heading of no text). */
	constructor(depth: number, position: Span, reader: InlineLines, lines: readonly string[] | null, from: number) {
		super(position, lines ? new Pending(reader, lines, from, position.start.line) : null);
		this.depth = depth as HeadingNode["depth"];
	}
}

/** A paragraph or heading whose inline nodes are still to be read. */
export function inlineUnread(node: object): boolean {
	return node instanceof LazyInline && node.unread;
}
