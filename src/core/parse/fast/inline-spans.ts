// The inline constructs that are read in one go from where they start, as micromark reads them:
// character references, autolinks and raw HTML. Each returns where the construct ends (one past
// it), or -1 when there is none at `i`.
import { decodeNamedCharacterReference } from "decode-named-character-reference";
import { decodeNumericCharacterReference } from "micromark-util-decode-numeric-character-reference";
import { isSpaceOrTab } from "./block-rules";
import { isControl, isLineEnding } from "./link-parts";

const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isAlpha(c) || isDigit(c);
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** The characters of an email's local part. */
const isAtext = (c: number): boolean =>
	(c >= 35 && c <= 39) || c === 42 || c === 43 || (c >= 45 && c <= 57) || c === 61 || c === 63 || (c >= 65 && c <= 90) || (c >= 94 && c <= 126);

/**
 * s.indexOf(needle, from), remembering where a needle was not found in the text being read: many
 * openings without a close (`<!--` a thousand times) would each read to the end again. The reader
 * calls forgetMisses before each text.
 */
const missFrom = new Map<string, number>();
export function forgetMisses(): void {
	if (missFrom.size) missFrom.clear();
}
export function findAfter(s: string, needle: string, from: number): number {
	const miss = missFrom.get(needle);
	if (miss !== undefined && from >= miss) return -1;
	const at = s.indexOf(needle, from);
	if (at < 0) missFrom.set(needle, miss === undefined ? from : Math.min(miss, from));
	return at;
}

/** A character reference at `i` (`&`): its end and the text it stands for, or null. */
export function characterReference(s: string, i: number): { end: number; value: string } | null {
	let j = i + 1;
	if (s.charCodeAt(j) === 35) {
		j++;
		const hex = s.charCodeAt(j) === 120 || s.charCodeAt(j) === 88;
		if (hex) j++;
		const from = j;
		const max = hex ? 6 : 7;
		while (j - from < max && (hex ? isHex(s.charCodeAt(j)) : isDigit(s.charCodeAt(j)))) j++;
		if (j === from || s.charCodeAt(j) !== 59) return null;
		return { end: j + 1, value: decodeNumericCharacterReference(s.slice(from, j), hex ? 16 : 10) };
	}
	const from = j;
	while (j - from < 31 && isAlnum(s.charCodeAt(j))) j++;
	if (j === from || s.charCodeAt(j) !== 59) return null;
	const value = decodeNamedCharacterReference(s.slice(from, j));
	return value === false ? null : { end: j + 1, value };
}

/** An autolink at `i` (`<`): its end and its URL (an email's with `mailto:`), or null. */
export function autolink(s: string, i: number): { end: number; url: string } | null {
	let j = i + 1;
	if (isAlpha(s.charCodeAt(j))) {
		// A scheme: a letter and 1 to 31 of letters, digits, `+`, `-`, `.`, then `:`.
		let k = j + 1;
		while (k - j < 32 && (isAlnum(s.charCodeAt(k)) || s.charCodeAt(k) === 43 || s.charCodeAt(k) === 45 || s.charCodeAt(k) === 46)) k++;
		if (k - j >= 2 && s.charCodeAt(k) === 58) {
			for (k++; k < s.length; k++) {
				const c = s.charCodeAt(k);
				if (c === 62) return { end: k + 1, url: s.slice(i + 1, k) };
				if (c === 32 || c === 60 || isControl(c)) return null;
			}
			return null;
		}
	} else if (s.charCodeAt(j) === 64) return null;
	// An email: atext up to `@`, then labels of letters, digits and inner dashes (63 at most), dot-separated.
	while (isAtext(s.charCodeAt(j))) j++;
	if (s.charCodeAt(j) !== 64 || j === i + 1) return null;
	let afterDash = false;
	let size = 0;
	for (j++; ; j++) {
		const c = s.charCodeAt(j);
		const labelStart = size === 0;
		if (labelStart && !isAlnum(c)) return null;
		if (!afterDash && !labelStart && c === 46) {
			size = 0;
			continue;
		}
		if (!afterDash && !labelStart && c === 62) return { end: j + 1, url: "mailto:" + s.slice(i + 1, j) };
		if (!(c === 45 || isAlnum(c)) || size++ >= 63) return null;
		afterDash = c === 45;
	}
}

/**
 * Raw HTML at `i` (`<`): an open or closing tag, comment, processing instruction, declaration or
 * CDATA section, possibly over several lines. Its end, or -1.
 */
export function htmlText(s: string, i: number): number {
	const c1 = s.charCodeAt(i + 1);
	if (c1 === 33) {
		const c2 = s.charCodeAt(i + 2);
		if (c2 === 45) {
			if (s.charCodeAt(i + 3) !== 45) return -1;
			// `<!-->` and `<!--->` are comments too.
			if (s.charCodeAt(i + 4) === 62) return i + 5;
			if (s.charCodeAt(i + 4) === 45 && s.charCodeAt(i + 5) === 62) return i + 6;
			const e = findAfter(s, "-->", i + 4);
			return e < 0 ? -1 : e + 3;
		}
		if (c2 === 91) {
			if (s.slice(i + 3, i + 9) !== "CDATA[") return -1;
			const e = findAfter(s, "]]>", i + 9);
			return e < 0 ? -1 : e + 3;
		}
		if (!isAlpha(c2)) return -1;
		const e = findAfter(s, ">", i + 3);
		return e < 0 ? -1 : e + 1;
	}
	if (c1 === 63) {
		const e = findAfter(s, "?>", i + 2);
		return e < 0 ? -1 : e + 2;
	}
	if (c1 === 47) {
		let j = i + 2;
		if (!isAlpha(s.charCodeAt(j))) return -1;
		while (isAlnum(s.charCodeAt(j)) || s.charCodeAt(j) === 45) j++;
		j = skipSpace(s, j);
		return s.charCodeAt(j) === 62 ? j + 1 : -1;
	}
	if (!isAlpha(c1)) return -1;
	let j = i + 2;
	while (isAlnum(s.charCodeAt(j)) || s.charCodeAt(j) === 45) j++;
	return tagRest(s, j);
}

/** Spaces, tabs and line endings from `j`. */
function skipSpace(s: string, j: number): number {
	while (isSpaceOrTab(s.charCodeAt(j)) || isLineEnding(s.charCodeAt(j))) j++;
	return j;
}

const isNameStart = (c: number): boolean => isAlpha(c) || c === 58 || c === 95;
const isNameChar = (c: number): boolean => isAlnum(c) || c === 45 || c === 46 || c === 58 || c === 95;

/** An open tag's attributes and end from `j` (just after its name). */
function tagRest(s: string, j: number): number {
	for (;;) {
		let c = s.charCodeAt(j);
		const spaced = isSpaceOrTab(c) || isLineEnding(c);
		j = skipSpace(s, j);
		c = s.charCodeAt(j);
		if (c === 62) return j + 1;
		if (c === 47) return s.charCodeAt(j + 1) === 62 ? j + 2 : -1;
		// An attribute needs white space before it.
		if (!spaced || !isNameStart(c)) return -1;
		while (isNameChar(s.charCodeAt(j))) j++;
		const afterName = skipSpace(s, j);
		if (s.charCodeAt(afterName) !== 61) continue;
		j = skipSpace(s, afterName + 1);
		c = s.charCodeAt(j);
		if (c === 34 || c === 39) {
			const e = findAfter(s, c === 34 ? "\"" : "'", j + 1);
			if (e < 0) return -1;
			j = e + 1;
			const n = s.charCodeAt(j);
			if (!(n === 47 || n === 62 || isSpaceOrTab(n) || isLineEnding(n))) return -1;
			continue;
		}
		if (Number.isNaN(c) || c === 60 || c === 61 || c === 62 || c === 96) return -1;
		while (j < s.length) {
			c = s.charCodeAt(j);
			if (c === 34 || c === 39 || c === 60 || c === 61 || c === 96) return -1;
			if (c === 47 || c === 62 || isSpaceOrTab(c) || isLineEnding(c)) break;
			j++;
		}
		if (j >= s.length) return -1;
	}
}

/** Where a line after a line ending in raw HTML starts: see htmlValue. */
export interface HtmlLineStart {
	/** How many spaces it starts with that stand for the rest of a tab a container took part of. */
	rest: number;
	/** The column (tabs filled to stops of 4) its first character stands at in the note. */
	column: number;
}

const AT_MARGIN: HtmlLineStart = { rest: 0, column: 0 };

/**
 * Raw HTML's text as mdast keeps it. After each line ending micromark drops three white-space codes:
 * a space is one, a tab one and each further column it fills another (from the tab's own column in the
 * note), the rest of a tab a container took part of one per column. Of what stays, a tab's columns are
 * written as the tab, columns of a tab whose own code went as spaces. `lineAt(n)`: where the n-th line
 * after the first starts (at the margin when not given).
 */
export function htmlValue(raw: string, lineAt?: (n: number) => HtmlLineStart): string {
	if (!raw.includes("\n")) return raw;
	let out = "";
	let done = 0;
	let n = 0;
	for (let nl = raw.indexOf("\n"); nl >= 0; nl = raw.indexOf("\n", nl + 1)) {
		n++;
		const { rest, column } = lineAt ? lineAt(n) : AT_MARGIN;
		let dropped = 0;
		let kept = "";
		let atTab = false;
		// One code: 0 a space, 1 a tab, 2 a column a tab fills after its own.
		const code = (kind: number): void => {
			if (dropped < 3) {
				dropped++;
				return;
			}
			if (kind === 2 && atTab) return;
			kept += kind === 1 ? "\t" : " ";
			atTab = kind === 1;
		};
		let j = nl + 1;
		let col = column;
		for (; j < raw.length; j++) {
			const c = raw.charCodeAt(j);
			if (j - nl - 1 < rest && c === 32) code(2);
			else if (c === 32) code(0);
			else if (c === 9) {
				code(1);
				for (let w = 4 - (col % 4); w > 1; w--) code(2);
				col += 4 - (col % 4) - 1;
			} else break;
			col++;
		}
		out += raw.slice(done, nl + 1) + kept;
		done = j;
	}
	return out + raw.slice(done);
}
