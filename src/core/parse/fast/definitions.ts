// Link reference definitions at the start of a paragraph (or setext heading), read as micromark
// reads them (micromark-core-commonmark's definition): `[label]: destination "title"`, one after
// another, each ending its line; what follows the last one is the block's text. The label,
// destination and title are scanned by link-parts.ts, as in links. Each attempt moves only
// forward, and a failed one ends the reading: a block is read in linear time.
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import { decodeLinkText, scanDestination, scanLabel, scanTitle, skipWhitespace, titleText } from "./link-parts";

/** One definition: its key, decoded label, url and title, and lines. */
export interface FoundDefinition {
	/** micromark's key for it (normalizeIdentifier of the label as written); mdast's identifier is it lower-cased. */
	key: string;
	label: string;
	url: string;
	title: string | null;
	/** Its first and last line, numbered as the block's lines are. */
	start: number;
	end: number;
}

export interface ReadDefinitions {
	definitions: FoundDefinition[];
	/** The block's lines after the definitions (the first one without its leading white space). */
	rest: string[];
	/** Line of rest[0]. */
	restLine: number;
}

const NONE: FoundDefinition[] = [];

/**
 * The definitions at the start of a block's `lines` (the first without leading white space, the
 * others as the line has them after its containers), the first line numbered `line`.
 */
export function readDefinitions(lines: readonly string[], line: number): ReadDefinitions {
	if (lines[0].charCodeAt(0) !== 91) return { definitions: NONE, rest: lines.slice(), restLine: line };
	const text = lines.join("\n");
	const definitions: FoundDefinition[] = [];
	let at = 0;
	let index = 0;
	for (;;) {
		const d = readOne(text, skipSpace(text, at));
		if (!d) break;
		const lastIndex = index + countBreaks(text, at, d.end);
		d.def.start = line + index;
		d.def.end = line + lastIndex;
		definitions.push(d.def);
		index = lastIndex + 1;
		if (index >= lines.length) break;
		at = d.end + 1;
	}
	if (definitions.length === 0) return { definitions, rest: lines.slice(), restLine: line };
	const rest = lines.slice(index);
	if (rest.length) rest[0] = rest[0].slice(skipSpace(rest[0], 0));
	return { definitions, rest, restLine: line + index };
}

/** Whether the block's lines are all definitions (then micromark takes no setext underline after them). */
export function definitionsOnly(lines: readonly string[]): boolean {
	return lines[0].charCodeAt(0) === 91 && readDefinitions(lines, 1).rest.length === 0;
}

function skipSpace(text: string, at: number): number {
	for (let c = text.charCodeAt(at); c === 32 || c === 9; c = text.charCodeAt(at)) at++;
	return at;
}

function atLineEnd(text: string, at: number): boolean {
	return at >= text.length || text.charCodeAt(at) === 10;
}

function countBreaks(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
	return n;
}

/** The definition at `at`, and the offset of the end of its last line; null where there is none. */
function readOne(text: string, at: number): { def: FoundDefinition; end: number } | null {
	if (text.charCodeAt(at) !== 91) return null;
	const labelEnd = scanLabel(text, at);
	if (labelEnd < 0 || text.charCodeAt(labelEnd) !== 58) return null;
	// White space (one line break at most: a block holds no blank line), then the destination.
	const dest = scanDestination(text, skipWhitespace(text, labelEnd + 1), Infinity);
	if (!dest) return null;
	// A title after white space, with only white space after it on its line; or none (a title
	// that fails is no title): then only white space after the destination on its line.
	let title: string | null = null;
	let end = -1;
	const open = skipWhitespace(text, dest.end);
	if (open > dest.end) {
		const close = scanTitle(text, open);
		const after = close < 0 ? -1 : skipSpace(text, close);
		if (after >= 0 && atLineEnd(text, after)) {
			end = after;
			// (An empty title is none.)
			if (close - open > 2) title = titleText(text.slice(open + 1, close - 1));
		}
	}
	if (end < 0) {
		end = skipSpace(text, dest.end);
		if (!atLineEnd(text, end)) return null;
	}
	const raw = text.slice(at + 1, labelEnd - 1);
	return { def: { key: normalizeIdentifier(raw), label: decodeLinkText(raw), url: decodeLinkText(dest.raw), title, start: 0, end: 0 }, end };
}
