// An inline reader for the markup most notes hold: `**bold**` and `*emphasis*` between words,
// spaces and CJK text, and brackets that form no link (`[[wikilinks]]` where the text defines no
// link). Anything it is not sure of (punctuation next to a `*`, `_`, code, escapes, entities,
// HTML, links) it leaves to remark: it returns null. Tested against remark (fast-markdown.test.ts).
import type { PhrasingContent } from "mdast";
import { BreakNode, fitted, lineSpan, list, ParentNode, TextNode } from "./node-shapes";

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
	/** Index of the run it pairs with, or -1 (-2: a hard break). */
	pair: number;
	/** Opens the span it pairs into. */
	opener?: boolean;
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
		if (open || close) runs.push({ at: i, size: e - i, open, close, pair: -1 });
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
	return runs.every((r) => r.pair >= 0) ? runs : null;
}

class Frame {
	line: number;
	nodes = list<PhrasingContent>();
	constructor(line: number) {
		this.line = line;
	}
}

/**
 * The inline nodes of `value` (a paragraph's lines, white space at their ends gone, joined by
 * "\n"; its first line is note line `line`), or null when remark must read it. `breaks`: which
 * line breaks (0 the first) are hard breaks. `links`: the text defines links, so brackets may
 * form some.
 */
export function simpleInline(value: string, line: number, breaks: ReadonlySet<number>, links: boolean): PhrasingContent[] | null {
	if (HARD.test(value)) return null;
	if (value.includes("[") && (links || value.includes("]("))) return null;
	let runs = pairRuns(value);
	if (!runs) return null;
	// Hard breaks end the text before them (and are nodes of their own), as runs do.
	if (breaks.size) {
		const hard: Run[] = [];
		let n = 0;
		for (let nl = value.indexOf("\n"); nl >= 0; nl = value.indexOf("\n", nl + 1), n++) if (breaks.has(n)) hard.push({ at: nl, size: 1, open: false, close: false, pair: -2 });
		runs = mergeByPlace(runs, hard);
	}
	// (No closures here: this runs for every paragraph with markup.)
	const stack: Frame[] = [new Frame(line)];
	let current = line;
	let from = 0;
	let fromLine = line;
	let nl = value.indexOf("\n");
	for (let k = 0; k < runs.length; k++) {
		const r = runs[k];
		for (; nl >= 0 && nl < r.at; nl = value.indexOf("\n", nl + 1)) current++;
		if (r.at > from) stack[stack.length - 1].nodes.push(new TextNode(value.slice(from, r.at), lineSpan(fromLine, current)));
		if (r.pair === -2) {
			stack[stack.length - 1].nodes.push(new BreakNode(lineSpan(current, current + 1)));
		} else if (r.opener) stack.push(new Frame(current));
		else {
			const top = stack.pop() as Frame;
			stack[stack.length - 1].nodes.push(new ParentNode(r.size === 2 ? "strong" : "emphasis", fitted(top.nodes), lineSpan(top.line, current)));
		}
		from = r.at + r.size;
		if (r.pair === -2) for (; nl >= 0 && nl < from; nl = value.indexOf("\n", nl + 1)) current++;
		fromLine = current;
	}
	for (; nl >= 0 && nl < value.length; nl = value.indexOf("\n", nl + 1)) current++;
	if (value.length > from) stack[stack.length - 1].nodes.push(new TextNode(value.slice(from), lineSpan(fromLine, current)));
	return fitted(stack[0].nodes);
}

/** Two lists of runs each in text order, as one (no run of one is at a place of the other: a break is a line break). */
function mergeByPlace(a: Run[], b: Run[]): Run[] {
	const out: Run[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].at < b[j].at) ? a[i++] : b[j++]);
	return out;
}
