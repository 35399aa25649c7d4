// An inline reader for the markup most notes hold: `**bold**` and `*emphasis*` between words,
// spaces and CJK text, and brackets that form no link (`[[wikilinks]]` where the text defines no
// link). Anything it is not sure of (punctuation next to a `*`, `_`, code, escapes, entities,
// HTML, links) it leaves to remark: it returns null. Tested against remark (fast-markdown.test.ts).
import type { PhrasingContent } from "mdast";
import { hardBreakAfter } from "./fast-inline";
import { BreakNode, fitted, list, ParentNode, type SharedSpans, TextNode } from "./node-shapes";

/** Characters this reader leaves to remark. */
const HARD = /[\\&`_<]/;

/**
 * How remark-cjk-friendly's emphasis rules see a neighbour of a `*` run: " " white space (and
 * the start or end), "p" punctuation that is not CJK, "c" CJK (ideographs, kana, hangul, CJK and
 * full-width punctuation), "a" another letter or digit, "" unsure (left to remark).
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

interface Run {
	at: number;
	size: number;
	open: boolean;
	close: boolean;
	/** Index of the run it pairs with, or -1. */
	pair: number;
	/** Opens the span it pairs into. */
	opener: boolean;
}

/** The `*` runs of `value` paired as micromark pairs them (with remark-cjk-friendly), or null when unsure. */
function pairRuns(value: string): Run[] | null {
	const runs: Run[] = [];
	for (let i = value.indexOf("*"); i >= 0; i = value.indexOf("*", i)) {
		let e = i;
		while (value.charCodeAt(e) === 42) e++;
		const before = side(value.charCodeAt(i - 1));
		const after = side(value.charCodeAt(e));
		if (before === "" || after === "" || e - i > 2) return null;
		const beforeSpaceOrPunct = before === " " || before === "p";
		const afterSpaceOrPunct = after === " " || after === "p";
		const open = !afterSpaceOrPunct || (after === "p" && (beforeSpaceOrPunct || before === "c"));
		const close = !beforeSpaceOrPunct || (before === "p" && (afterSpaceOrPunct || after === "c"));
		// A run that neither opens nor closes is plain text.
		if (open || close) runs.push({ at: i, size: e - i, open, close, pair: -1, opener: false });
		i = e;
	}
	for (let k = 0; k < runs.length; k++) {
		const c = runs[k];
		if (!c.close) continue;
		let j = k - 1;
		for (; j >= 0; j--) {
			const o = runs[j];
			if (!o.open || o.pair >= 0) continue;
			// CommonMark's rule of three.
			if ((o.close || c.open) && c.size % 3 && !((o.size + c.size) % 3)) continue;
			break;
		}
		if (j < 0) {
			if (c.open) continue;
			return null;
		}
		// Runs of other sizes, or runs left between the two, read in ways this reader does not follow.
		if (runs[j].size !== c.size) return null;
		for (let m = j + 1; m < k; m++) if (runs[m].pair === -1) return null;
		runs[j].pair = k;
		runs[j].opener = true;
		c.pair = j;
	}
	for (const r of runs) if (r.pair < 0) return null;
	return runs;
}

class Frame {
	line: number;
	nodes = list<PhrasingContent>();
	constructor(line: number) {
		this.line = line;
	}
}

/**
 * The inline nodes of `value` (a paragraph's `lines`, white space at their ends gone, joined by
 * "\n"; its first line is note line `line`), or null when remark must read it (the lines tell
 * which line breaks are hard). `links`: the text defines links, so brackets may form some. The
 * nodes' spans come from `spans`.
 */
export function simpleInline(value: string, line: number, lines: readonly string[], links: boolean, spans: SharedSpans): PhrasingContent[] | null {
	if (HARD.test(value)) return null;
	if (value.includes("[") && (links || value.includes("]("))) return null;
	const runs = pairRuns(value);
	if (!runs) return null;
	// (No closures here: this runs for every paragraph with markup.)
	const stack: Frame[] = [new Frame(line)];
	let current = line;
	let from = 0;
	let fromLine = line;
	let nl = value.indexOf("\n");
	// Line breaks passed (the next one's index), on the way to each run and then to the end.
	let n = 0;
	for (let k = 0; k <= runs.length; k++) {
		const at = k < runs.length ? runs[k].at : value.length;
		for (; nl >= 0 && nl < at; nl = value.indexOf("\n", nl + 1), n++) {
			// A hard break ends the text before it, and is a node of its own.
			if (hardBreakAfter(lines[n])) {
				if (nl > from) stack[stack.length - 1].nodes.push(new TextNode(value.slice(from, nl), spans.span(fromLine, current)));
				stack[stack.length - 1].nodes.push(new BreakNode(spans.span(current, current + 1)));
				from = nl + 1;
				fromLine = current + 1;
			}
			current++;
		}
		if (k === runs.length) break;
		const r = runs[k];
		if (r.at > from) stack[stack.length - 1].nodes.push(new TextNode(value.slice(from, r.at), spans.span(fromLine, current)));
		if (r.opener) stack.push(new Frame(current));
		else {
			const top = stack.pop() as Frame;
			stack[stack.length - 1].nodes.push(new ParentNode(r.size === 2 ? "strong" : "emphasis", fitted(top.nodes), spans.span(top.line, current)));
		}
		from = r.at + r.size;
		fromLine = current;
	}
	if (value.length > from) stack[stack.length - 1].nodes.push(new TextNode(value.slice(from), spans.span(fromLine, current)));
	return fitted(stack[0].nodes);
}
