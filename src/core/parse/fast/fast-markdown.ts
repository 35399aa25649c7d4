// The fast Markdown reader: the block scanner's tree as the mdast nodes the extractor reads
// (types, lines, list items, quotes, HTML values, inline nodes of paragraphs and headings), the
// same as remark's for those parts. remark (parseMarkdown) stays the reference the tests hold
// this to; inline markup is read by inline-reader.ts (simple-inline.ts first, for the common forms).
import type { BlockContent, Definition, List, ListItem, PhrasingContent, Root, RootContent } from "mdast";
import type { FastBlock } from "./block-scan";
import { scanBlocks } from "./block-tree";
import { block } from "./fast-block";
import { readDefinitions, type ReadDefinitions } from "./definitions";
import { atxText, hasMarkup, plainText, textValue, withoutNul } from "./fast-inline";
import { type LinkTarget, readInline } from "./inline-reader";
import { simpleInline } from "./simple-inline";
import { fitted, list, ListItemNode, ListNode, one, ParentNode, Point, SharedSpans, Span } from "./node-shapes";
import { HeadingNode, type InlineLines, ParagraphNode } from "./lazy-inline";

/**
 * The blocks of `text`. Lines are numbered from 1 + `shift` (the piece's place in its note: no second pass
 * over the tree to move them). `lineStarts`: the offset of each line of `text`, when known.
 */
export function fastParseMarkdown(text: string, shift = 0, lineStarts?: number[]): Root {
	text = withoutNul(text);
	const { root: tree, starts } = scanBlocks(text, shift, lineStarts);
	// A top-level block's span has its offsets (what reading it costs is measured by them); the
	// others' spans are lines only, shared with the node made before on the same lines.
	const spans = new SharedSpans();
	const position = (b: FastBlock): Span => {
		if (b.parent !== tree) return spans.span(b.start, b.end);
		const span = new Span(
			new Point(b.start, starts[b.start - 1 - shift] ?? 0),
			new Point(b.end, b.end - shift < starts.length ? starts[b.end - shift] - 1 : text.length),
		);
		spans.reset(span);
		return span;
	};
	// Definitions first (a reference may come before its definition), in the order of the text: their
	// targets for the inline reader, by micromark's key of the label (the first of a label wins).
	const targets = new Map<string, LinkTarget>();
	const withDefinitions = new Map<FastBlock, ReadDefinitions>();
	const findDefinitions = (b: FastBlock): void => {
		for (const c of b.children) {
			if ((c.type === "paragraph" || (c.type === "heading" && c.setext)) && c.lines[0].charCodeAt(0) === 91) {
				const found = readDefinitions(c.lines, c.start);
				if (found.definitions.length === 0) continue;
				withDefinitions.set(c, found);
				for (const d of found.definitions) if (!targets.has(d.key)) targets.set(d.key, { url: d.url, title: d.title });
			} else if (c.children.length) findDefinitions(c);
		}
	};
	findDefinitions(tree);

	const reader = new TextInline(text, starts, shift, targets);
	const node = (b: FastBlock): RootContent => {
		const pos = position(b);
		switch (b.type) {
			case "paragraph":
				return new ParagraphNode(pos, reader, b.lines, b.start);
			case "heading": {
				const lines = b.setext ? b.lines : one(atxText(b.lines[0]));
				const text = lines[0] !== "" || lines.length > 1;
				return new HeadingNode(b.depth, pos, reader, text ? lines : null, b.start);
			}
			case "blockquote":
				return new ParentNode("blockquote", children(b) as BlockContent[], pos);
			case "list":
				return new ListNode(b.ordered, b.ordered ? b.listStart : null, children(b), pos) as List;
			case "listItem":
				return new ListItemNode(children(b), pos) as ListItem;
			case "code":
				return { type: "code", lang: null, meta: null, value: "", position: pos };
			case "html":
				return { type: "html", value: b.lines.join("\n"), position: pos };
			case "thematicBreak":
				return { type: "thematicBreak", position: pos };
			case "yaml":
				return { type: "yaml", value: "", position: pos };
			default:
				return { type: "toml", value: "", position: pos } as unknown as RootContent;
		}
	};
	// A block that starts with definitions: them, then its text (lines from the one after them) as a
	// paragraph, or as the heading it is (which micromark starts at the block's first line).
	const defined = (c: FastBlock, found: ReadDefinitions, out: RootContent[]): void => {
		for (const d of found.definitions) {
			const def: Definition = { type: "definition", identifier: d.key.toLowerCase(), label: d.label, url: d.url, title: d.title, position: position(blockOn(c, d.start, d.end)) };
			out.push(def);
		}
		if (found.rest.length === 0) return;
		const rest = blockOn(c, found.restLine, c.end);
		rest.lines = found.rest;
		if (c.type === "paragraph") out.push(node(rest));
		else {
			out.push(new HeadingNode(c.depth, position(c), reader, found.rest, rest.start));
		}
	};
	const children = (b: FastBlock): RootContent[] => {
		const kids = b.children;
		if (withDefinitions.size === 0) {
			// A node for each block: in a copy of the blocks' array, whose store holds just them (see fitted).
			const out = kids.slice() as unknown as RootContent[];
			for (let i = 0; i < kids.length; i++) out[i] = node(kids[i]);
			return out;
		}
		const out = list<RootContent>();
		for (const c of kids) {
			const found = withDefinitions.get(c);
			if (found) defined(c, found, out);
			else out.push(node(c));
		}
		return fitted(out);
	};
	const root: Root = { type: "root", children: children(tree) };
	return root;
}

/**
 * Inline nodes: plain text and simple markup here, the rest by the full inline reader. Read when a
 * paragraph's or heading's children are first asked for (lazy-inline.ts): this object is what such a
 * node keeps till then (not the reader's closures, which would keep the scanner's whole tree).
 */
class TextInline implements InlineLines {
	constructor(
		private readonly text: string,
		private readonly starts: readonly number[],
		private readonly shift: number,
		private readonly targets: ReadonlyMap<string, LinkTarget>,
	) {}

	read(lines: readonly string[], line: number, from: number, spans: SharedSpans): PhrasingContent[] {
		if (!hasMarkup(lines)) return plainText(lines, line, spans);
		const targets = this.targets;
		return (
			simpleInline(textValue(lines), line, lines, targets.size > 0, spans) ??
			readInline(lines.join("\n"), line, targets, spans, (k) => tabRest(lines[k], this.noteLine(from + k)), (k) => lineColumn(lines[k], this.noteLine(from + k)))
		);
	}

	/** Line `line` of the note as written (within the text read). */
	private noteLine(line: number): string {
		const i = line - 1 - this.shift;
		const { text, starts } = this;
		return text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] - 1 : text.length);
	}
}

/** The column `line` (a line as the scanner gives it) starts at in `written`, the rest of a tab counted. */
function lineColumn(line: string, written: string): number {
	const rest = tabRest(line, written);
	const at = written.length - (line.length - rest);
	let col = 0;
	for (let i = 0; i < at; i++) col += written.charCodeAt(i) === 9 ? 4 - (col % 4) : 1;
	return col - rest;
}

/** How many spaces `line` (a line as the scanner gives it) starts with that stand for the rest of a tab in `written`. */
function tabRest(line: string, written: string): number {
	if (written.endsWith(line)) return 0;
	for (let v = 1; v < line.length && line.charCodeAt(v - 1) === 32; v++) {
		const rest = line.length - v;
		if (written.endsWith(line.slice(v)) && written.charCodeAt(written.length - rest - 1) === 9) return v;
	}
	return 0;
}

/** A paragraph on lines `start`..`end` in `b`'s place (its lines to be set). */
function blockOn(b: FastBlock, start: number, end: number): FastBlock {
	const p = block("paragraph", b.parent, start);
	p.end = end;
	return p;
}
