// The fast Markdown reader: the block scanner's tree as the mdast nodes the extractor reads
// (types, lines, list items, quotes, HTML values, inline nodes of paragraphs and headings), the
// same as remark's for those parts. remark (parseMarkdown) stays the reference the tests hold
// this to; inline markup is read by inline-reader.ts (simple-inline.ts first, for the common forms).
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { FastBlock } from "./block-scan";
import { scanBlocks } from "./block-tree";
import { listMarker } from "./block-rules";
import { atxText, collectDefinitions, type Definitions, hasMarkup, normalLabel, paragraphSource, plainText, readBlocks, textValue } from "./fast-inline";
import { type LinkTarget, readInline } from "./inline-reader";
import { simpleInline } from "./simple-inline";
import { fitted, HeadingNode, list, ListItemNode, ListNode, one, ParentNode, Point, SharedSpans, Span, UNREAD } from "./node-shapes";

/**
 * The blocks of `text`. Lines are numbered from 1 + `shift` (the piece's place in its note: no second pass
 * over the tree to move them). `lineStarts`: the offset of each line of `text`, when known.
 */
export function fastParseMarkdown(text: string, shift = 0, lineStarts?: number[]): Root {
	const { root: tree, flowOnly, starts } = scanBlocks(text, shift, lineStarts);
	// What to read before a paragraph so remark reads it alone as it read it in the text: after an
	// unclosed front matter fence nothing opens a quote or list; a paragraph that starts like a
	// list item (after indented code, where micromark would not open that item) stays one.
	const leadFor = (first: string): string => (flowOnly ? "---\n" : listMarker(first, 0) ? "    x\n" : "");
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
	// Definitions first (a reference may come before its definition), in the order of the text.
	const defs: Definitions = new Map();
	const read = new Map<FastBlock, RootContent[]>();
	const withDefinitions: FastBlock[] = [];
	const findDefinitions = (b: FastBlock): void => {
		for (const c of b.children) {
			if ((c.type === "paragraph" || (c.type === "heading" && c.setext)) && c.lines[0].charCodeAt(0) === 91 && DEFINITION_START.test(c.lines.join("\n"))) {
				const source = blockSource(c);
				const lead = leadFor(c.lines[0]);
				const blocks = readBlocks(source, c.lines.length + (c.setext ? 1 : 0), c.start, new Map(), lead);
				collectDefinitions(blocks, source, lead.length, defs);
				read.set(c, blocks);
				withDefinitions.push(c);
			} else if (c.children.length) findDefinitions(c);
		}
	};
	findDefinitions(tree);
	// Read again with the definitions when they hold a reference.
	if (defs.size) for (const c of withDefinitions) if (blockSource(c).includes("][") || read.get(c)?.some((n) => n.type !== "definition")) read.set(c, readBlocks(blockSource(c), c.lines.length + (c.setext ? 1 : 0), c.start, defs, leadFor(c.lines[0])));

	// The definitions' targets, for the inline reader (the first of a label wins).
	const targets = new Map<string, LinkTarget>();
	for (const blocks of read.values()) for (const d of blocks) if (d.type === "definition" && !targets.has(normalLabel(d.label ?? d.identifier))) targets.set(normalLabel(d.label ?? d.identifier), { url: d.url, title: d.title ?? null });

	// Inline nodes: plain text and simple markup here, the rest by the full inline reader.
	const inline = (b: FastBlock, lines: readonly string[], into: { children: PhrasingContent[] }): void => {
		if (!hasMarkup(lines)) {
			into.children = plainText(lines, b.start, spans);
			return;
		}
		into.children = simpleInline(textValue(lines), b.start, lines, defs.size > 0, spans) ?? readInline(lines.join("\n"), b.start, targets, spans, (k) => tabRest(lines[k], noteLine(b.start + k)));
	};
	/** Line `line` of the note as written (within `text`). */
	const noteLine = (line: number): string => {
		const i = line - 1 - shift;
		return text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] - 1 : text.length);
	};
	const node = (b: FastBlock): RootContent => {
		const pos = position(b);
		switch (b.type) {
			case "paragraph": {
				const p: Paragraph = new ParentNode("paragraph", UNREAD, pos);
				inline(b, b.lines, p);
				return p;
			}
			case "heading": {
				const lines = b.setext ? b.lines : one(atxText(b.lines[0]));
				const text = lines[0] !== "" || lines.length > 1;
				const h: Heading = new HeadingNode(b.depth, text ? UNREAD : list(), pos);
				if (text) inline(b, lines, h);
				return h;
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
	const children = (b: FastBlock): RootContent[] => {
		const kids = b.children;
		if (read.size === 0) {
			// A node for each block: in a copy of the blocks' array, whose store holds just them (see fitted).
			const out = kids.slice() as unknown as RootContent[];
			for (let i = 0; i < kids.length; i++) out[i] = node(kids[i]);
			return out;
		}
		const out = list<RootContent>();
		for (const c of kids) {
			const pre = read.get(c);
			if (pre) for (const n of pre) out.push(n);
			else out.push(node(c));
		}
		return fitted(out);
	};
	const root: Root = { type: "root", children: children(tree) };
	return root;
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

/** What a paragraph that starts with link definitions starts with: `[label]:` (no brackets inside but escaped). */
const DEFINITION_START = /^\[(?:[^[\]\\]|\\[\s\S]){0,999}\]:/;

/** A paragraph's or setext heading's text as one string for remark (with its underline). */
function blockSource(b: FastBlock): string {
	const source = paragraphSource(b.lines);
	return b.setext ? source + "\n" + (b.depth === 1 ? "===" : "---") : source;
}
