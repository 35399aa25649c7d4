// Whether a run of `*` or `_` may open or close emphasis, by remark-cjk-friendly's rules: CommonMark's
// flanking rules, with CJK characters and CJK punctuation not counted as the punctuation that
// stops emphasis (so `**“重点”**文字` is bold). Read from the characters beside the run.
import { eastAsianWidthType } from "get-east-asian-width";

const WHITESPACE = 1;
const PUNCTUATION = 2;
const CJK = 4096;
const CJK_PUNCTUATION = CJK | PUNCTUATION;
const IVS = 8192;
/** A variation selector U+FE00–FE0E: the character before it decides. */
const VS = 16384;

const PUNCT = /\p{P}|\p{S}/u;
const SPACE = /\s/;
const EMOJI = /^\p{Emoji_Presentation}/u;
const HANGUL = /^\p{sc=Hangul}/u;

/** true CJK, false not, null an ideographic variation selector. */
function cjkOrIvs(cp: number): boolean | null {
	const type = eastAsianWidthType(cp);
	if (type === "wide") return !EMOJI.test(String.fromCodePoint(cp));
	if (type === "ambiguous") return cp >= 0xe0100 && cp <= 0xe01ef ? null : false;
	return HANGUL.test(String.fromCodePoint(cp));
}

/** The class of a code point (NaN: the text's start or end, white space). */
function classify(cp: number): number {
	if (Number.isNaN(cp)) return WHITESPACE;
	if (cp < 128) {
		if (cp === 32 || (cp >= 9 && cp <= 13)) return WHITESPACE;
		if ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp < 32 || cp === 127) return 0;
		return PUNCTUATION;
	}
	const ch = String.fromCodePoint(cp);
	if (SPACE.test(ch)) return WHITESPACE;
	let value = 0;
	if (cp >= 4352) {
		if (cp >= 0xfe00 && cp <= 0xfe0e) return VS;
		const c = cjkOrIvs(cp);
		if (c === null) return IVS;
		if (c) value |= CJK;
	}
	if (PUNCT.test(ch)) value |= PUNCTUATION;
	return value;
}

/** The code point that ends just before `i` (NaN at the start). */
function pointBefore(s: string, i: number): number {
	if (i <= 0) return NaN;
	const c = s.charCodeAt(i - 1);
	if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
		const h = s.charCodeAt(i - 2);
		if (h >= 0xd800 && h <= 0xdbff) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
	}
	return c;
}

/** The code point at `i` (NaN at the end). */
function pointAt(s: string, i: number): number {
	return i < s.length ? (s.codePointAt(i) as number) : NaN;
}

/** The class of the character before a run at `i`, a variation selector read with the character it follows. */
function classBefore(s: string, i: number): number {
	const prev = pointBefore(s, i);
	const before = classify(prev);
	if (before !== VS) return before;
	const two = pointBefore(s, i - (prev >= 0x10000 ? 2 : 1));
	if (Number.isNaN(two)) return before;
	const twoBefore = classify(two);
	if (twoBefore & WHITESPACE) return before;
	// ‘’“” with U+FE01 are shown as CJK punctuation.
	if (prev === 0xfe01 && (two === 0x2018 || two === 0x2019 || two === 0x201c || two === 0x201d)) return CJK_PUNCTUATION;
	return twoBefore & ~IVS;
}

const isNonCjkPunctuation = (k: number): boolean => (k & CJK_PUNCTUATION) === PUNCTUATION;
const isMarker = (c: number): boolean => c === 42 || c === 95;

/** Bit 1: the run s[from, to) of `*` or `_` may open emphasis; bit 2: it may close it. */
export function runFlanks(s: string, from: number, to: number): number {
	const before = classBefore(s, from);
	const after = classify(pointAt(s, to));
	const beforeNonCjkPunct = isNonCjkPunctuation(before);
	const beforeSpaceOrPunct = beforeNonCjkPunct || (before & WHITESPACE) !== 0 || isMarker(s.charCodeAt(from - 1));
	const afterNonCjkPunct = isNonCjkPunctuation(after);
	const afterSpaceOrPunct = afterNonCjkPunct || (after & WHITESPACE) !== 0 || isMarker(s.charCodeAt(to));
	let open = !afterSpaceOrPunct || (afterNonCjkPunct && (beforeSpaceOrPunct || (before & (CJK | IVS)) !== 0));
	let close = !beforeSpaceOrPunct || (beforeNonCjkPunct && (afterSpaceOrPunct || (after & CJK) !== 0));
	if (s.charCodeAt(from) === 95) {
		const o = open;
		open = open && ((before & 3) !== 0 || !close);
		close = close && ((after & 3) !== 0 || !o);
	}
	return (open ? 1 : 0) | (close ? 2 : 0);
}
