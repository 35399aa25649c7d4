// Where an answer's labels are: a label opening a line (`**思考过程**：`, `- Situation:`, `#### 答案`),
// a bold label inside a line, `A:`/`答：`, and STAR letters (`S:`). Each pattern is tried only where
// a match can start, which one character decides: only lines whose first word may be a label are
// tried, instead of every line by every pattern (answers are most of a note's text, and the label
// pattern has about a hundred words). The matches are the same as each pattern's global search.
import type { LabelWords, StarKey } from "../types";
import { allLabelWords } from "./question-text";
import { mayOpenPlaceholder } from "./placeholder";

export type Kind = "hint" | "answer" | "context" | StarKey | "other";

export interface Marker {
	start: number;
	end: number;
	kind: Kind;
}

interface Matchers {
	kindOf: Map<string, Kind>;
	/** Kinds by the word as written (most are written the same way each time). */
	kindByWord: Map<string, Kind>;
	lineStart: RegExp;
	midLine: RegExp;
	/** The same patterns, sticky: tried at one place. */
	lineStartAt: RegExp;
	midLineAt: RegExp;
	/** Whether a label word can start with this character (case folded as the patterns fold it); null: try everywhere. */
	firstOk: ((code: number) => boolean) | null;
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const cache = new WeakMap<LabelWords, Matchers>();

function matchers(labels: LabelWords): Matchers {
	const hit = cache.get(labels);
	if (hit) return hit;
	const kindOf = new Map<string, Kind>();
	for (const w of allLabelWords(labels)) kindOf.set(w.toLowerCase(), "other");
	const order: Kind[] = ["situation", "task", "action", "result", "context", "answer", "hint"];
	for (const k of order) for (const w of labels[k as keyof LabelWords]) kindOf.set(w.toLowerCase(), k);
	const list = [...kindOf.keys()].sort((a, b) => b.length - a.length);
	const words = list.map(escape).join("|");
	// "情境（Situation）": a gloss in brackets after the label, inside or outside its bold (the STAR template's own labels).
	const paren = "(?:[（(][^（）()\\n]{0,20}[）)])?";
	// (A list item may hold a quote: `1. > Situation: …`, STAR parts quoted as sub-items.)
	const lineSource = `^[ \\t]*(?:>[ \\t]*)*(?:(?:[-*+][ \\t]+|\\d+[.)、][ \\t]*)(?:>[ \\t]*)*)?(?:#{1,6}[ \\t]+)?(?:\\*\\*|__)?[ \\t]*(${words})[ \\t]*${paren}[ \\t]*(?:\\*\\*|__)?[ \\t]*${paren}[ \\t]*(?:(?:[：:][ \\t]*(?:\\*\\*|__)?)|(?:\\*\\*|__)?[ \\t]*$)`;
	const midSource = `(?:\\*\\*|__)(${words})${paren}(?:[：:])?(?:\\*\\*|__)[ \\t]*${paren}[ \\t]*[：:]?`;
	// A word that is empty or starts like a line's prefix could start anywhere: then every place is tried.
	const firsts = list.map((w) => String.fromCodePoint(w.codePointAt(0) ?? 0));
	const plain = list.every((w) => w !== "" && !isPrefix(w.charCodeAt(0)));
	const firstPattern = new RegExp(`^(?:${firsts.map(escape).join("|")})`, "iu");
	// Each character's answer once: 0 not asked yet, 1 no, 2 yes (a table, asked on most lines).
	const known = new Uint8Array(0x10000);
	const firstOk = (code: number): boolean => {
		if (code > 0xffff) return firstPattern.test(String.fromCodePoint(code));
		if (known[code] === 0) known[code] = firstPattern.test(String.fromCodePoint(code)) ? 2 : 1;
		return known[code] === 2;
	};
	const m: Matchers = {
		kindOf,
		kindByWord: new Map(),
		lineStart: new RegExp(lineSource, "gimu"),
		midLine: new RegExp(midSource, "giu"),
		lineStartAt: new RegExp(lineSource, "imuy"),
		midLineAt: new RegExp(midSource, "iuy"),
		firstOk: plain ? firstOk : null,
	};
	cache.set(labels, m);
	return m;
}

// `A:` may open a quote or a list item (`- **Q:** …` with a nested `- **A:** …`).
const QA_SOURCE = "^[ \\t]*(?:>[ \\t]*)*(?:[-*+][ \\t]+(?:>[ \\t]*)*)?(?:\\*\\*)?(?:A|答|Answer)(?:\\*\\*)?[ \\t]*[:：][ \\t]*(?:\\*\\*)?";
const QA_ANSWER = new RegExp(QA_SOURCE, "gmu");
const QA_ANSWER_AT = new RegExp(QA_SOURCE, "muy");
/** A list item `B:` (a quiz's options A, B, C): its `- A:` is an option, not the answer. */
const ITEM_OPENING = /^[ \t>]*[-*+][ \t]/;
const NESTED_ITEM = /^(?:[ \t]+|[ \t]*>[ \t>]*)[-*+][ \t]/;
const OPTION_B = /^[ \t]*(?:>[ \t]*)*[-*+][ \t]+(?:\*\*)?B(?:\*\*)?[ \t]*[:：]/m;
const STAR_LETTER = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?([STAR])(?:\*\*)?[ \t]*[:：]/gmu;
const STAR_LETTER_AT = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?([STAR])(?:\*\*)?[ \t]*[:：]/muy;
/** Line ends other than "\n" (the patterns' ^ and $ see them): such text takes the patterns' own search. */
const OTHER_LINE_END = /[\r\u2028\u2029]/;

/** Whether `text` ends its lines with "\n" alone (two searches of a whole note cost less than a pattern over each answer). */
export function onlyNewlineEnds(text: string): boolean {
	return !text.includes("\r") && !text.includes("\u2028") && !text.includes("\u2029");
}

interface Found {
	index: number;
	length: number;
	/** The label word, or the STAR letter. */
	word: string;
}

/** Where the text's first "**" and "__" are (-1: none). */
interface Bold {
	stars: number;
	lines: number;
}

const toFound = (m: RegExpMatchArray): Found => ({ index: m.index ?? 0, length: m[0].length, word: m[1] ?? "" });

/** Each kind of label found, in text order: as the patterns' global searches find them. */
interface AllFound {
	lineLabels: Found[];
	qa: Found[];
	mid: Found[];
	letters: Found[];
	/** Some line may be a placeholder (see LabelsRead). */
	placeholders: boolean;
}

function searchAll(text: string, m: Matchers, colon: boolean, bold: boolean): AllFound {
	return {
		lineLabels: [...text.matchAll(m.lineStart)].map(toFound),
		qa: colon ? [...text.matchAll(QA_ANSWER)].map(toFound) : [],
		mid: bold ? [...text.matchAll(m.midLine)].map(toFound) : [],
		letters: colon ? [...text.matchAll(STAR_LETTER)].map(toFound) : [],
		placeholders: true,
	};
}

function tryAt(re: RegExp, text: string, at: number, out: Found[]): number {
	re.lastIndex = at;
	const hit = re.exec(text);
	if (!hit) return at;
	out.push(toFound(hit));
	return at + hit[0].length;
}

const [STAR, A, S, T, R, DA, COLON, WIDE_COLON, GT] = ["*", "A", "S", "T", "R", "答", ":", "：", ">"].map((c) => c.charCodeAt(0));
const isSpace = (c: number): boolean => c === 32 || c === 9;
/** " ", "\t", "-", "*", "+". */
const isBulletOrSpace = (c: number): boolean => c === 32 || c === 9 || c === 45 || c === 42 || c === 43;
/** Characters a line's label may come after: spaces, quote marks, list marks and numbers (digits, ".", ")", "、"), heading marks, bold. */
const isPrefix = (c: number): boolean => (c >= 48 && c <= 57) || isBulletOrSpace(c) || c === 62 || c === 46 || c === 41 || c === 35 || c === 95 || c === 0x3001;

/** Past a line's spaces, quote marks and one list bullet before its words (where `A:` may be). */
function quoteOrItemEnd(text: string, p: number, lineEnd: number): number {
	const quotes = (i: number): number => {
		while (i < lineEnd && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === GT)) i++;
		return i;
	};
	const j = quotes(p);
	const c = text.charCodeAt(j);
	// ("**A:**" opens with "*" too: a bullet is followed by a space.)
	return (c === 45 || c === STAR || c === 43) && isSpace(text.charCodeAt(j + 1)) ? quotes(j + 1) : j;
}

/** Whether a colon follows at `i`, after an optional "**" and spaces (as after a STAR letter). */
function colonAfter(text: string, i: number): boolean {
	if (text.charCodeAt(i) === STAR && text.charCodeAt(i + 1) === STAR) i += 2;
	while (isSpace(text.charCodeAt(i))) i++;
	const c = text.charCodeAt(i);
	return c === COLON || c === WIDE_COLON;
}

/** The same as searchAll, trying each pattern only where its first character allows. */
function searchWhereLabelsCanStart(text: string, m: Matchers, firstOk: (code: number) => boolean, colon: boolean, bold: Bold): AllFound {
	const found: AllFound = { lineLabels: [], qa: [], mid: [], letters: [], placeholders: false };
	const n = text.length;
	let placeholders = false;
	for (let p = 0; p < n; ) {
		let lineEnd = text.indexOf("\n", p);
		if (lineEnd < 0) lineEnd = n;
		// (Every match of these patterns stays on its line.)
		let i = p;
		while (i < lineEnd && isPrefix(text.charCodeAt(i))) i++;
		if (i < lineEnd && firstOk(text.codePointAt(i) ?? 0)) tryAt(m.lineStartAt, text, p, found.lineLabels);
		// (What a placeholder's words may come after is among these prefixes, "#" aside: a "#" there only adds a maybe.)
		if (i < lineEnd && !placeholders) placeholders = mayOpenPlaceholder(text, i);
		if (colon) {
			const j = quoteOrItemEnd(text, p, lineEnd);
			// (Character codes, not one-character strings: a CJK character read as a string is a new string.)
			const c = text.charCodeAt(j);
			const afterBold = c === STAR && text.charCodeAt(j + 1) === STAR ? text.charCodeAt(j + 2) : c;
			if (afterBold === A || afterBold === DA) tryAt(QA_ANSWER_AT, text, p, found.qa);
			let k = j;
			while (k < lineEnd && isBulletOrSpace(text.charCodeAt(k))) k++;
			const letter = text.charCodeAt(k);
			if ((letter === S || letter === T || letter === A || letter === R) && colonAfter(text, k + 1)) tryAt(STAR_LETTER_AT, text, p, found.letters);
		}
		p = lineEnd + 1;
	}
	found.placeholders = placeholders;
	if (bold.stars >= 0 || bold.lines >= 0) {
		// Every "**" or "__" (overlapping ones too, as in "***") followed by a label's first character,
		// in text order: the next of each kind, the nearer first.
		let { stars, lines } = bold;
		let from = 0;
		// The label opening the line at or after `at`, if any.
		let k = 0;
		const opening = found.lineLabels;
		while (stars >= 0 || lines >= 0) {
			const at = lines < 0 || (stars >= 0 && stars < lines) ? stars : lines;
			while (k < opening.length && opening[k].index + opening[k].length <= at) k++;
			if (k < opening.length && opening[k].index <= at) {
				// A bold label inside a line's opening label overlaps it: it would be dropped. When no bold
				// follows on the line, nothing after depends on it either (it ends on the line): go past.
				const end = opening[k].index + opening[k].length;
				// (The next of each at or after `at` is known; a search only when it is before `end`.)
				const nextStars = stars < end && stars >= 0 ? text.indexOf("**", end) : stars;
				const nextLines = lines < end && lines >= 0 ? text.indexOf("__", end) : lines;
				let lineEnd = text.indexOf("\n", end);
				if (lineEnd < 0) lineEnd = n;
				if ((nextStars < 0 || nextStars > lineEnd) && (nextLines < 0 || nextLines > lineEnd)) {
					stars = nextStars;
					lines = nextLines;
					continue;
				}
			}
			if (at === stars) stars = text.indexOf("**", at + 1);
			else lines = text.indexOf("__", at + 1);
			if (at >= from && at + 2 < n && firstOk(text.codePointAt(at + 2) ?? 0)) from = tryAt(m.midLineAt, text, at, found.mid);
		}
	}
	return found;
}

/** An answer's labels, and what its lines' openings tell of placeholders (read in the same pass). */
export interface LabelsRead {
	markers: Marker[];
	/** False when no line of the text, nor any start of a line, can be a placeholder line. */
	placeholders: boolean;
}

/**
 * The labels of an answer's Markdown, in text order; where two would overlap, the first found stays.
 * `everywhere` (for tests) runs each pattern's own search instead of trying only where labels can start.
 */
export function labelMarkers(markdown: string, labels: LabelWords, everywhere = false): Marker[] {
	return readLabels(markdown, labels, everywhere).markers;
}

/**
 * labelMarkers, and whether a line may be a placeholder. `newlinesOnly`: the caller knows the text
 * ends lines with "\n" alone (it checked the whole note once).
 */
export function readLabels(markdown: string, labels: LabelWords, everywhere = false, newlinesOnly = false): LabelsRead {
	const m = matchers(labels);
	const { kindOf } = m;
	// Prefilters: the Q/A and STAR letter labels need a colon, a label inside a line its bold.
	const colon = markdown.includes(":") || markdown.includes("：");
	const bold: Bold = { stars: markdown.indexOf("**"), lines: markdown.indexOf("__") };
	const found =
		!everywhere && m.firstOk && (newlinesOnly || !OTHER_LINE_END.test(markdown))
			? searchWhereLabelsCanStart(markdown, m, m.firstOk, colon, bold)
			: searchAll(markdown, m, colon, bold.stars >= 0 || bold.lines >= 0);
	const markers: Marker[] = [];
	const add = (start: number, end: number, kind: Kind): void => {
		if (markers.some((x) => start < x.end && end > x.start)) return;
		markers.push({ start, end, kind });
	};
	const labelKind = (f: Found): Kind => {
		let kind = m.kindByWord.get(f.word);
		if (kind === undefined) m.kindByWord.set(f.word, (kind = kindOf.get(f.word.toLowerCase()) ?? "other"));
		return kind;
	};
	for (const f of found.lineLabels) add(f.index, f.index + f.length, labelKind(f));
	// A list item's `A:` answers only nested under the item that asked (`- **Q:** …` over `  - **A:** …`),
	// and never among items `B:` (a quiz's options).
	const options = found.qa.length > 0 && OPTION_B.test(markdown);
	for (const f of found.qa) {
		const opening = markdown.slice(f.index, f.index + f.length);
		if (!ITEM_OPENING.test(opening) || (!options && NESTED_ITEM.test(opening))) add(f.index, f.index + f.length, "answer");
	}
	for (const f of found.mid) add(f.index, f.index + f.length, labelKind(f));
	const distinct = new Set(found.letters.map((f) => f.word));
	if (distinct.size >= 2 && (distinct.has("S") || distinct.has("T"))) {
		const byLetter: Record<string, StarKey> = { S: "situation", T: "task", A: "action", R: "result" };
		for (const f of found.letters) {
			const kind = byLetter[f.word];
			const clash = markers.findIndex((x) => x.start === f.index);
			if (clash >= 0) markers[clash].kind = kind;
			else add(f.index, f.index + f.length, kind);
		}
	}
	// (Often already in order: the labels opening lines alone. No two start at the same place.)
	for (let i = 1; i < markers.length; i++) {
		if (markers[i - 1].start > markers[i].start) {
			markers.sort((a, b) => a.start - b.start);
			break;
		}
	}
	return { markers, placeholders: found.placeholders };
}
