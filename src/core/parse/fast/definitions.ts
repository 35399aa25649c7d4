// Link reference definitions at the start of a paragraph (or setext heading), read as micromark
// reads them (micromark-core-commonmark's definition, with the label, destination, title and
// white space factories): `[label]: destination "title"`, one after another, each ending its
// line; what follows the last one is the block's text. Each attempt moves only forward: a failed
// one ends the reading, so a block is read in linear time.
import { decodeString } from "micromark-util-decode-string";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";

/** One definition: its label as written (escapes kept), decoded label, url and title, and lines. */
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

function isSpace(c: number): boolean {
	return c === 32 || c === 9;
}

function skipSpace(text: string, at: number): number {
	while (at < text.length && isSpace(text.charCodeAt(at))) at++;
	return at;
}

function countBreaks(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
	return n;
}

/** The definition at `at`, and the offset of the end of its last line; null where there is none. */
function readOne(text: string, at: number): { def: FoundDefinition; end: number } | null {
	if (text.charCodeAt(at) !== 91) return null;
	const labelEnd = scanLabel(text, at + 1);
	if (labelEnd < 0 || text.charCodeAt(labelEnd + 1) !== 58) return null;
	let i = skipWhitespace(text, labelEnd + 2);
	const dest = scanDestination(text, i);
	if (!dest) return null;
	i = dest.end;
	// A title (after white space), or none: then only white space to the end of the line.
	const title = scanTitle(text, i);
	let end: number;
	if (title) end = title.end;
	else {
		end = skipSpace(text, i);
		if (end < text.length && text.charCodeAt(end) !== 10) return null;
	}
	const raw = text.slice(at + 1, labelEnd);
	const def: FoundDefinition = {
		key: normalizeIdentifier(raw),
		label: decodeString(raw),
		url: decodeString(dest.url),
		title: title && title.value ? decodeString(title.value) : null,
		start: 0,
		end: 0,
	};
	return { def, end };
}

/**
 * The offset of the `]` ending a label whose text starts at `at`, or -1: at most 999 characters
 * (line breaks not counted), no bracket but escaped ones, something besides white space.
 */
function scanLabel(text: string, at: number): number {
	let size = 0;
	let seen = false;
	for (let i = at; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 93) return seen && size <= 999 ? i : -1;
		if (c === 91 || size > 999) return -1;
		if (c === 10) continue;
		size++;
		if (!seen) seen = !isSpace(c);
		if (c === 92) {
			const d = text.charCodeAt(i + 1);
			if (d === 91 || d === 92 || d === 93) {
				i++;
				size++;
			}
		}
	}
	return -1;
}

/** Past spaces, tabs and line breaks (a block's text holds no blank line: at most one break). */
function skipWhitespace(text: string, at: number): number {
	for (; at < text.length; at++) {
		const c = text.charCodeAt(at);
		if (!isSpace(c) && c !== 10) break;
	}
	return at;
}

/** A control character, as micromark counts them (a tab or line break among them). */
function isControl(c: number): boolean {
	return c < 32 || c === 127;
}

/** A destination at `at`: `<…>` on one line, or raw (no white space or controls, parentheses balanced). */
function scanDestination(text: string, at: number): { url: string; end: number } | null {
	const n = text.length;
	if (at >= n) return null;
	let c = text.charCodeAt(at);
	if (c === 60) {
		for (let i = at + 1; i < n; i++) {
			c = text.charCodeAt(i);
			if (c === 62) return { url: text.slice(at + 1, i), end: i + 1 };
			if (c === 60 || c === 10) return null;
			if (c === 92) {
				const d = text.charCodeAt(i + 1);
				if (d === 60 || d === 62 || d === 92) i++;
			}
		}
		return null;
	}
	if (c === 32 || c === 41 || isControl(c)) return null;
	let balance = 0;
	let i = at;
	for (; i < n; i++) {
		c = text.charCodeAt(i);
		if (balance === 0 && (c === 41 || c === 32 || c === 9 || c === 10)) break;
		if (c === 40) balance++;
		else if (c === 41) balance--;
		else if (c === 32 || isControl(c)) return null;
		else if (c === 92) {
			const d = text.charCodeAt(i + 1);
			if (d === 40 || d === 41 || d === 92) i++;
		}
	}
	if (balance !== 0) return null;
	return { url: text.slice(at, i), end: i };
}

/**
 * A title after the destination ending at `at`: white space first, then `"…"`, `'…'` or `(…)`
 * (over lines too; each next line's leading white space is not in it), then only white space to
 * the end of its line. `end`: where that line ends.
 */
function scanTitle(text: string, at: number): { value: string; end: number } | null {
	const n = text.length;
	const first = text.charCodeAt(at);
	if (at >= n || !(isSpace(first) || first === 10)) return null;
	const open = skipWhitespace(text, at);
	const m = text.charCodeAt(open);
	if (m !== 34 && m !== 39 && m !== 40) return null;
	const marker = m === 40 ? 41 : m;
	let value = "";
	let from = open + 1;
	for (let i = open + 1; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === marker) {
			value += text.slice(from, i);
			const end = skipSpace(text, i + 1);
			return end >= n || text.charCodeAt(end) === 10 ? { value, end } : null;
		}
		if (c === 10) {
			const next = skipSpace(text, i + 1);
			value += text.slice(from, i + 1);
			from = next;
			i = next - 1;
		} else if (c === 92) {
			const d = text.charCodeAt(i + 1);
			if (d === marker || d === 92) i++;
		}
	}
	return null;
}
