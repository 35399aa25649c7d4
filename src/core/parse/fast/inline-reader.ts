// The inline reader: a paragraph's or heading's text as the mdast nodes remark makes of it (text,
// emphasis, strong, code, breaks, links and references, images, autolinks, raw HTML), by micromark's
// rules with remark-cjk-friendly's emphasis. Read left to right into a list of items (text, finished
// nodes, `*`/`_` runs, `[`/`![` starts); a `]` closes a link as soon as it is read, and emphasis is
// paired last, as micromark does. remark is its referee (tests/core/parse/fast/inline-reader.test.ts).
import type { PhrasingContent } from "mdast";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import { runFlanks } from "./emphasis-flanks";
import { autolink, characterReference, forgetMisses, type HtmlLineStart, htmlText, htmlValue } from "./inline-spans";
import { type InlineItem, ItemList, plainText } from "./inline-items";
import { altText, decodeLinkText, type LinkTargets, namesDefinition, type Resource, scanLabel, scanResource } from "./link-parts";
import { isSpaceOrTab } from "./block-rules";
import { pairEmphasis } from "./emphasis-pairs";
import { BreakNode, one, type SharedSpans } from "./node-shapes";

export type { LinkTarget, LinkTargets } from "./link-parts";

const isAsciiPunctuation = (c: number): boolean => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

/**
 * How many of the spaces a line of the text starts with stand for the rest of a tab a container's
 * marker took part of (line 0 is the first). micromark tells those from typed spaces in one place:
 * a code span drops a space at each end only when both are typed.
 */
export type TabRests = (line: number) => number;

/** The column (tabs filled to stops of 4) line `line` of the text (0: the first) starts at in the note. */
export type LineColumns = (line: number) => number;

/**
 * The inline nodes of `source`: a paragraph's lines joined by "\n" (a continuation line's indent
 * kept: code spans keep it, text drops it), its first line note line `line`; NUL already read as
 * U+FFFD (fastParseMarkdown does that once for the whole text).
 */
export function readInline(source: string, line: number, defs: LinkTargets, spans: SharedSpans, tabRests?: TabRests, columns?: LineColumns): PhrasingContent[] {
	forgetMisses();
	const reader = new InlineReader(source, line, defs, spans, tabRests, columns);
	reader.scan();
	const { items } = reader;
	pairEmphasis(items, items.first(), null);
	return items.nodes(items.first(), null);
}

class InlineReader {
	readonly items: ItemList;
	/** The `[` and `![` not yet closed, oldest first. */
	private starts: InlineItem[] = [];
	/** Link starts below this depth of `starts` can no longer make a link (no links in links). */
	private linkFloor = 0;
	/** Code spans: for each length of backtick run, from where no run of that length follows. */
	private noCloser = new Map<number, number>();
	private dataFrom = 0;

	constructor(
		private readonly s: string,
		line: number,
		private readonly defs: LinkTargets,
		spans: SharedSpans,
		private readonly tabRests?: TabRests,
		private readonly columns?: LineColumns,
	) {
		this.items = new ItemList(s, line, spans);
	}

	/** The pending plain text up to `to` as a text item. */
	private flush(to: number): void {
		if (to > this.dataFrom) this.items.text(this.s.slice(this.dataFrom, to), this.dataFrom, to);
	}

	/** Past a line ending's next line's indent (text drops it); returns where the text goes on. */
	private afterLineEnding(i: number): number {
		while (isSpaceOrTab(this.s.charCodeAt(i))) i++;
		this.dataFrom = i;
		return i;
	}

	scan(): void {
		const s = this.s;
		const n = s.length;
		let i = 0;
		while (i < n) {
			const c = s.charCodeAt(i);
			switch (c) {
				case 10:
					i = this.lineEnding(i);
					break;
				case 92: {
					const next = s.charCodeAt(i + 1);
					if (next === 10) {
						this.flush(i);
						this.items.node(new BreakNode(this.items.span(i, i + 2)), i, i + 2);
						i = this.afterLineEnding(i + 2);
					} else if (isAsciiPunctuation(next)) {
						this.flush(i);
						this.items.text(s[i + 1], i, i + 2);
						i = this.dataFrom = i + 2;
					} else i++;
					break;
				}
				case 38: {
					const ref = characterReference(s, i);
					if (ref) {
						this.flush(i);
						this.items.text(ref.value, i, ref.end);
						i = this.dataFrom = ref.end;
					} else i++;
					break;
				}
				case 96:
					i = this.codeSpan(i);
					break;
				case 42:
				case 95: {
					let e = i + 1;
					while (s.charCodeAt(e) === c) e++;
					this.flush(i);
					this.items.delimiter(c, i, e, runFlanks(s, i, e));
					i = this.dataFrom = e;
					break;
				}
				case 60:
					i = this.angle(i);
					break;
				case 33:
					if (s.charCodeAt(i + 1) === 91) i = this.labelStart(i, 2);
					else i++;
					break;
				case 91:
					i = this.labelStart(i, 1);
					break;
				case 93:
					i = this.labelEnd(i);
					break;
				default:
					i++;
			}
		}
		// White space at the end is dropped.
		let end = n;
		while (end > this.dataFrom && isSpaceOrTab(s.charCodeAt(end - 1))) end--;
		this.flush(end);
	}

	/** A soft line ending, or a hard break after two spaces or more (no tab). */
	private lineEnding(i: number): number {
		const s = this.s;
		let j = i;
		while (j > this.dataFrom && isSpaceOrTab(s.charCodeAt(j - 1))) j--;
		this.flush(j);
		if (i - j >= 2 && !s.slice(j, i).includes("\t")) this.items.node(new BreakNode(this.items.span(j, i + 1)), j, i + 1);
		else this.items.text("\n", i, i + 1);
		return this.afterLineEnding(i + 1);
	}

	/** A code span from the backtick run at `i`, or the run as text. */
	private codeSpan(i: number): number {
		const s = this.s;
		let e = i + 1;
		while (s.charCodeAt(e) === 96) e++;
		const size = e - i;
		const close = this.closingRun(e, size, i);
		if (close < 0) return e;
		this.flush(i);
		let value = s.slice(e, close);
		// One space or line ending is dropped from each end when both have one and the rest is not all such.
		if (this.padding(e) && this.padding(close - 1) && this.holdsData(e, close)) value = value.slice(1, -1);
		const end = close + size;
		this.items.node({ type: "inlineCode", value, position: this.items.span(i, end) }, i, end);
		this.dataFrom = end;
		return end;
	}

	/** Whether the character at `at` is a line ending or a typed space (not the rest of a tab). */
	private padding(at: number): boolean {
		const c = this.s.charCodeAt(at);
		if (c === 10) return true;
		if (c !== 32 || !this.tabRests) return c === 32;
		const k = this.items.lineIndex(at);
		return k === 0 || at - this.items.lineStart(k) >= this.tabRests(k);
	}

	/** Whether s[from, to) holds more than typed spaces and line endings (the rest of a tab counts as data). */
	private holdsData(from: number, to: number): boolean {
		for (let i = from; i < to; i++) {
			const c = this.s.charCodeAt(i);
			if ((c !== 32 && c !== 10) || !this.padding(i)) return true;
		}
		return false;
	}

	/** Where the next run of exactly `size` backticks from `from` starts, or -1. */
	private closingRun(from: number, size: number, opened: number): number {
		const s = this.s;
		const miss = this.noCloser.get(size);
		if (miss !== undefined && opened >= miss) return -1;
		for (let j = s.indexOf("`", from); j >= 0; j = s.indexOf("`", j)) {
			let e = j + 1;
			while (s.charCodeAt(e) === 96) e++;
			if (e - j === size) return j;
			j = e;
		}
		this.noCloser.set(size, miss === undefined ? opened : Math.min(miss, opened));
		return -1;
	}

	/** An autolink or raw HTML at `<`, or the `<` as text. */
	private angle(i: number): number {
		const s = this.s;
		const link = autolink(s, i);
		if (link) {
			this.flush(i);
			const text = plainText(s.slice(i + 1, link.end - 1), this.items.span(i + 1, link.end - 1));
			this.items.node({ type: "link", title: null, url: link.url, children: one(text), position: this.items.span(i, link.end) }, i, link.end);
			return (this.dataFrom = link.end);
		}
		const end = htmlText(s, i);
		if (end < 0) return i + 1;
		this.flush(i);
		const { tabRests, columns, items } = this;
		// (Asked only of raw HTML over several lines.)
		const lineAt = tabRests && columns ? (n: number): HtmlLineStart => ({ rest: tabRests(items.lineIndex(i) + n), column: columns(items.lineIndex(i) + n) }) : undefined;
		this.items.node({ type: "html", value: htmlValue(s.slice(i, end), lineAt), position: this.items.span(i, end) }, i, end);
		return (this.dataFrom = end);
	}

	private labelStart(i: number, size: 1 | 2): number {
		this.flush(i);
		const start = this.items.label(size === 2, i, i + size);
		start.depth = this.starts.length;
		this.starts.push(start);
		return (this.dataFrom = i + size);
	}

	private popStart(): void {
		this.starts.pop();
		if (this.linkFloor > this.starts.length) this.linkFloor = this.starts.length;
	}

	/** A `]`: the link or image it closes, or the `]` as text. */
	private labelEnd(p: number): number {
		const s = this.s;
		const starts = this.starts;
		while (starts.length && starts[starts.length - 1].balanced) this.popStart();
		const start = starts[starts.length - 1];
		if (!start) return p + 1;
		if (!start.image && start.depth < this.linkFloor) {
			start.balanced = true;
			return p + 1;
		}
		const defined = namesDefinition(s, start.to, p, this.defs);
		const q = p + 1;
		const c = s.charCodeAt(q);
		let end = -1;
		let resource: Resource | null = null;
		let reference: "shortcut" | "collapsed" | "full" = "shortcut";
		let referenceRaw = "";
		if (c === 40) {
			resource = scanResource(s, q);
			if (resource) end = resource.end;
			else if (defined) end = q;
		} else if (c === 91) {
			const e = scanLabel(s, q);
			if (e >= 0 && namesDefinition(s, q + 1, e - 1, this.defs)) {
				end = e;
				reference = "full";
				referenceRaw = s.slice(q + 1, e - 1);
			} else if (defined && s.charCodeAt(q + 1) === 93) {
				end = q + 2;
				reference = "collapsed";
			}
		} else if (defined) end = q;
		if (end < 0) {
			start.balanced = true;
			return p + 1;
		}
		this.flush(p);
		const items = this.items;
		pairEmphasis(items, start.next, null);
		const children = items.nodes(start.next, null);
		const position = items.span(start.from, end);
		let node: PhrasingContent;
		if (resource) {
			node = start.image
				? { type: "image", title: resource.title, url: resource.url, alt: altText(children), position }
				: { type: "link", title: resource.title, url: resource.url, children, position };
		} else {
			if (reference !== "full") referenceRaw = s.slice(start.to, p);
			const identifier = normalizeIdentifier(referenceRaw).toLowerCase();
			const label = decodeLinkText(referenceRaw);
			node = start.image
				? { type: "imageReference", identifier, label, referenceType: reference, alt: altText(children), position }
				: { type: "linkReference", identifier, label, referenceType: reference, children, position };
		}
		items.replaceFrom(start, node, end);
		this.popStart();
		if (!start.image) this.linkFloor = starts.length;
		return (this.dataFrom = end);
	}
}
