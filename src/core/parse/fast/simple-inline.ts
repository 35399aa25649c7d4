// An inline reader for the markup most notes hold: `**bold**` and `*emphasis*` between words,
// spaces and CJK text, and brackets that form no link (`[[wikilinks]]` where the text defines no
// link). Anything it is not sure of (punctuation next to a `*`, `_`, code, escapes, entities,
// HTML, links) it leaves to the full inline reader (inline-reader.ts): it returns null. Tested against remark
// (fast-markdown.test.ts).
import type { PhrasingContent } from "mdast";
import { hardBreakAfter } from "./fast-inline";
import { BreakNode, list, ParentNode, type SharedSpans, TextNode } from "./node-shapes";

/** Characters this reader leaves to the full inline reader. */
const HARD = /[\\&`_<]/;

/**
 * How remark-cjk-friendly's emphasis rules see a neighbour of a `*` run: " " white space (and
 * the start or end), "p" punctuation that is not CJK, "c" CJK (ideographs, kana, hangul, CJK and
 * full-width punctuation), "a" another letter or digit, "" unsure (left to the full inline reader).
 */
function side(c: number): " " | "p" | "c" | "a" | "" {
	if (Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 0x3000) return " ";
	if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return "a";
	if (c < 128) return c > 32 && c !== 127 ? "p" : "";
	if ((c >= 0x3001 && c <= 0x303e) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return "c";
	if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0xff01 && c <= 0xff60)) return "c";
	// General punctuation: dashes, curly quotes, ellipsis.
	if (c >= 0x2010 && c <= 0x2027) return "p";
	return "";
}

/**
 * The `*` runs of the text being read, as parallel arrays reused from call to call (no object per
 * run: this runs for every paragraph with markup). Run k is at `at[k]`, `size[k]` stars long;
 * `pair[k]` is the run it pairs with (-1: none), `opener[k]` 1 when it opens that span.
 */
class Runs {
	count = 0;
	at = new Int32Array(64);
	size = new Uint8Array(64);
	open = new Uint8Array(64);
	close = new Uint8Array(64);
	pair = new Int32Array(64);
	opener = new Uint8Array(64);

	add(at: number, size: number, open: boolean, close: boolean): void {
		const k = this.count++;
		if (k === this.at.length) this.grow();
		this.at[k] = at;
		this.size[k] = size;
		this.open[k] = open ? 1 : 0;
		this.close[k] = close ? 1 : 0;
		this.pair[k] = -1;
		this.opener[k] = 0;
	}

	private grow(): void {
		const n = this.at.length * 2;
		const at = new Int32Array(n);
		const size = new Uint8Array(n);
		const open = new Uint8Array(n);
		const close = new Uint8Array(n);
		const pair = new Int32Array(n);
		const opener = new Uint8Array(n);
		at.set(this.at);
		size.set(this.size);
		open.set(this.open);
		close.set(this.close);
		pair.set(this.pair);
		opener.set(this.opener);
		Object.assign(this, { at, size, open, close, pair, opener });
	}
}

const runs = new Runs();

/** Pairs the `*` runs of `value` into `runs` as micromark pairs them (with remark-cjk-friendly); false when unsure. */
function pairRuns(value: string): boolean {
	runs.count = 0;
	for (let i = value.indexOf("*"); i >= 0; i = value.indexOf("*", i)) {
		let e = i;
		while (value.charCodeAt(e) === 42) e++;
		const before = side(value.charCodeAt(i - 1));
		const after = side(value.charCodeAt(e));
		if (before === "" || after === "" || e - i > 2) return false;
		const beforeSpaceOrPunct = before === " " || before === "p";
		const afterSpaceOrPunct = after === " " || after === "p";
		const open = !afterSpaceOrPunct || (after === "p" && (beforeSpaceOrPunct || before === "c"));
		const close = !beforeSpaceOrPunct || (before === "p" && (afterSpaceOrPunct || after === "c"));
		// A run that neither opens nor closes is plain text.
		if (open || close) runs.add(i, e - i, open, close);
		i = e;
	}
	const { count, size, open, close, pair, opener } = runs;
	for (let k = 0; k < count; k++) {
		if (!close[k]) continue;
		let j = k - 1;
		for (; j >= 0; j--) {
			if (!open[j] || pair[j] >= 0) continue;
			// CommonMark's rule of three.
			if ((close[j] || open[k]) && size[k] % 3 && !((size[j] + size[k]) % 3)) continue;
			break;
		}
		if (j < 0) {
			if (open[k]) continue;
			return false;
		}
		// Runs of other sizes, or runs left between the two, read in ways this reader does not follow.
		if (size[j] !== size[k]) return false;
		for (let m = j + 1; m < k; m++) if (pair[m] === -1) return false;
		pair[j] = k;
		opener[j] = 1;
		pair[k] = j;
	}
	for (let k = 0; k < count; k++) if (pair[k] < 0) return false;
	return true;
}

/**
 * The nodes made so far, of every span still open (`frameFrom[d]`: where the nodes of the span d
 * deep start; `frameLine[d]`: its first line): reused from call to call, emptied after each.
 */
const nodes: (PhrasingContent | null)[] = list();
let frameFrom = new Int32Array(32);
let frameLine = new Int32Array(32);

/**
 * The inline nodes of `value` (a paragraph's `lines`, white space at their ends gone, joined by
 * "\n"; its first line is note line `line`), or null when the full inline reader must read it (the lines tell
 * which line breaks are hard). `links`: the text defines links, so brackets may form some. The
 * nodes' spans come from `spans`.
 */
export function simpleInline(value: string, line: number, lines: readonly string[], links: boolean, spans: SharedSpans): PhrasingContent[] | null {
	if (HARD.test(value)) return null;
	if (value.includes("[") && (links || value.includes("]("))) return null;
	if (!pairRuns(value)) return null;
	// (No closures here: this runs for every paragraph with markup.)
	const { count, at, size, opener } = runs;
	if (count + 1 > frameFrom.length) {
		frameFrom = new Int32Array(2 * count + 2);
		frameLine = new Int32Array(2 * count + 2);
	}
	let depth = 0;
	frameFrom[0] = 0;
	frameLine[0] = line;
	let top = 0;
	let current = line;
	let from = 0;
	let fromLine = line;
	let nl = value.indexOf("\n");
	// Line breaks passed (the next one's index), on the way to each run and then to the end.
	let n = 0;
	for (let k = 0; k <= count; k++) {
		const to = k < count ? at[k] : value.length;
		for (; nl >= 0 && nl < to; nl = value.indexOf("\n", nl + 1), n++) {
			// A hard break ends the text before it, and is a node of its own.
			if (hardBreakAfter(lines[n])) {
				if (nl > from) top = put(top, new TextNode(value.slice(from, nl), spans.span(fromLine, current)));
				top = put(top, new BreakNode(spans.span(current, current + 1)));
				from = nl + 1;
				fromLine = current + 1;
			}
			current++;
		}
		if (k === count) break;
		if (at[k] > from) top = put(top, new TextNode(value.slice(from, at[k]), spans.span(fromLine, current)));
		if (opener[k]) {
			depth++;
			frameFrom[depth] = top;
			frameLine[depth] = current;
		} else {
			// The span's nodes, in an array of just them (a copy: see fitted).
			const inner = nodes.slice(frameFrom[depth], top) as PhrasingContent[];
			top = clear(frameFrom[depth], top);
			top = put(top, new ParentNode(size[k] === 2 ? "strong" : "emphasis", inner, spans.span(frameLine[depth], current)));
			depth--;
		}
		from = at[k] + size[k];
		fromLine = current;
	}
	if (value.length > from) top = put(top, new TextNode(value.slice(from), spans.span(fromLine, current)));
	const out = nodes.slice(0, top) as PhrasingContent[];
	clear(0, top);
	return out;
}

/** Puts `node` at `top` of the node stack; returns the new top. */
function put(top: number, node: PhrasingContent): number {
	if (top === nodes.length) nodes.push(node);
	else nodes[top] = node;
	return top + 1;
}

/** Lets go of the nodes from `from` to `top` (the stack keeps no tree alive); returns `from`. */
function clear(from: number, top: number): number {
	for (let i = from; i < top; i++) nodes[i] = null;
	return from;
}
