// The parts of a link as micromark reads them: a label (`[…]`), a destination (`<…>` or raw, with
// balanced parentheses) and a title (`"…"`, `'…'`, `(…)`). Shared by inline links and link
// definitions. Each scanner takes the text and where to start, and returns where the part ends
// (one past it), or -1 when there is none there. Checked against remark (tests/core/parse/fast/).
import type { PhrasingContent } from "mdast";
import { decodeString } from "micromark-util-decode-string";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";

/** Where a defined link goes. */
export interface LinkTarget {
	url: string;
	title: string | null;
}

/** The text's link definitions, by label as micromark-util-normalize-identifier gives it. */
export type LinkTargets = ReadonlyMap<string, LinkTarget>;

/** micromark's most nested parentheses in a link's raw destination (a definition's has no bound). */
const BALANCE_MAX = 32;
/** micromark's longest label (characters inside the brackets). */
const LABEL_MAX = 999;

export function isLineEnding(c: number): boolean {
	return c === 10 || c === 13;
}

/** ASCII control characters, which micromark also counts tabs and line endings among. */
export function isControl(c: number): boolean {
	return c < 32 || c === 127;
}

/** Escapes and character references decoded, as in a destination, title or label. */
export function decodeLinkText(raw: string): string {
	return raw.includes("\\") || raw.includes("&") ? decodeString(raw) : raw;
}

/** Spaces, tabs and line endings from `i` (micromark's factoryWhitespace): where they end. */
export function skipWhitespace(s: string, i: number): number {
	for (;;) {
		const c = s.charCodeAt(i);
		if (c === 32 || c === 9 || c === 10 || c === 13) i++;
		else return i;
	}
}

/** Where a label that opens at `s[i]` (`[`) ends (after `]`), or -1; its text is s.slice(i + 1, end - 1). */
export function scanLabel(s: string, i: number): number {
	let size = 0;
	let seen = false;
	for (let j = i + 1; j < s.length; j++) {
		const c = s.charCodeAt(j);
		if (c === 91) return -1;
		if (c === 93) return seen ? j + 1 : -1;
		if (isLineEnding(c)) continue;
		if (++size > LABEL_MAX) return -1;
		if (!seen && c !== 32 && c !== 9) seen = true;
		if (c === 92) {
			const n = s.charCodeAt(j + 1);
			if (n === 91 || n === 92 || n === 93) {
				j++;
				// (The escaped character counts too: `\]` as the 1000th ends no label.)
				if (++size > LABEL_MAX) return -1;
			}
		}
	}
	return -1;
}

/** A destination's end and its text (without `<>`, not decoded), or null. */
export interface Destination {
	end: number;
	raw: string;
}

/** The destination starting at `i`, or null; `maxBalance`: the most nested parentheses it may hold. */
export function scanDestination(s: string, i: number, maxBalance = BALANCE_MAX): Destination | null {
	const c0 = s.charCodeAt(i);
	if (c0 === 60) {
		for (let j = i + 1; j < s.length; j++) {
			const c = s.charCodeAt(j);
			if (c === 62) return { end: j + 1, raw: s.slice(i + 1, j) };
			if (c === 60 || isLineEnding(c)) return null;
			if (c === 92) {
				const n = s.charCodeAt(j + 1);
				if (n === 60 || n === 62 || n === 92) j++;
			}
		}
		return null;
	}
	if (Number.isNaN(c0) || c0 === 32 || c0 === 41 || isControl(c0)) return null;
	let balance = 0;
	let j = i;
	for (; j < s.length; j++) {
		const c = s.charCodeAt(j);
		if (balance === 0 && (c === 41 || c === 32 || c === 9 || isLineEnding(c))) break;
		if (c === 40) {
			if (balance >= maxBalance) return null;
			balance++;
		} else if (c === 41) balance--;
		else if (c === 32 || isControl(c)) return null;
		else if (c === 92) {
			const n = s.charCodeAt(j + 1);
			if (n === 40 || n === 41 || n === 92) j++;
		}
	}
	if (balance !== 0) return null;
	return { end: j, raw: s.slice(i, j) };
}

/**
 * Where a title that opens at `s[i]` ends (after its closing mark), or -1; its text is
 * s.slice(i + 1, end - 1), line prefixes and all (see titleText).
 */
export function scanTitle(s: string, i: number): number {
	const open = s.charCodeAt(i);
	if (open !== 34 && open !== 39 && open !== 40) return -1;
	const close = open === 40 ? 41 : open;
	for (let j = i + 1; j < s.length; j++) {
		const c = s.charCodeAt(j);
		if (c === close) return j + 1;
		if (c === 92) {
			const n = s.charCodeAt(j + 1);
			if (n === close || n === 92) j++;
		}
	}
	return -1;
}

/** A title's text (between its marks): line prefixes dropped, decoded. */
export function titleText(inner: string): string {
	return decodeLinkText(inner.includes("\n") ? inner.replace(/\n[ \t]+/g, "\n") : inner);
}

/** A link's destination and title, where its resource ends. */
export interface Resource {
	end: number;
	url: string;
	title: string | null;
}

/** A resource `(destination "title")` at `q` (its `(`), or null. */
export function scanResource(s: string, q: number): Resource | null {
	let j = skipWhitespace(s, q + 1);
	if (s.charCodeAt(j) === 41) return { end: j + 1, url: "", title: null };
	const d = scanDestination(s, j);
	if (!d) return null;
	j = d.end;
	let title: string | null = null;
	const after = skipWhitespace(s, j);
	if (after > j) {
		j = after;
		const c = s.charCodeAt(j);
		if (c === 34 || c === 39 || c === 40) {
			const e = scanTitle(s, j);
			if (e < 0) return null;
			title = titleText(s.slice(j + 1, e - 1));
			j = skipWhitespace(s, e);
		}
	}
	if (s.charCodeAt(j) !== 41) return null;
	return { end: j + 1, url: decodeLinkText(d.raw), title };
}

/** An image's alt text: the text of what its brackets hold (raw HTML and inner images' alt too). */
export function altText(nodes: readonly PhrasingContent[]): string {
	let out = "";
	for (const n of nodes) {
		if ("value" in n) out += n.value;
		else if ("alt" in n && n.alt) out += n.alt;
		else if ("children" in n) out += altText(n.children);
	}
	return out;
}

/** The longest label of each map of definitions (counted once). */
const longest = new WeakMap<LinkTargets, number>();

/**
 * Whether s[from, to) names a definition. Read only as far as the longest label defined: the text
 * of nested brackets (`![a ![a …](u)](u)`) would otherwise be read again at each level.
 */
export function namesDefinition(s: string, from: number, to: number, defs: LinkTargets): boolean {
	if (defs.size === 0) return false;
	let most = longest.get(defs);
	if (most === undefined) {
		most = 0;
		for (const k of defs.keys()) most = Math.max(most, k.length);
		longest.set(defs, most);
	}
	// White space runs count as one (as normalizeIdentifier makes them); case changes never shorten.
	let size = 0;
	let space = false;
	for (let i = from; i < to; i++) {
		const c = s.charCodeAt(i);
		const white = c === 32 || c === 9 || c === 10 || c === 13;
		if (!white || !space) size++;
		space = white;
		if (size > most + 2) return false;
	}
	return defs.has(normalizeIdentifier(s.slice(from, to)));
}
