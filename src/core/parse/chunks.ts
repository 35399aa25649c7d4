// Cuts a note into small pieces for the Markdown reader. remark slows down more than linearly on
// big inputs (micromark's edit map re-copies its event list), so a note of any shape is read in
// pieces of a few KB. Cuts are made only where they cannot change the blocks remark finds, so
// the blocks of all pieces together are the blocks of the whole note.
import { containerMarkers, MAX_CONTAINERS_PER_LINE } from "./bound-lines";
import { DENSE_MIN, opensNothing } from "./whole-note";

export interface Piece {
	/** Offset of the piece's first character in the note's text. */
	start: number;
	/** Offset one past its last character (a line break between pieces belongs to neither). */
	end: number;
	/** 0-based line of the piece's first character. */
	line: number;
	/**
	 * A fence opener (with its line break) put before the text when the piece starts inside a code
	 * block, so its lines stay code; it stands for the line before `line`. parseNote replaces it
	 * with what remark found open at the end of the piece before (see openAtEnd).
	 */
	prefix: string;
	/** Part of a line thick with inline markup: read as plain text, not by remark. */
	plain?: boolean;
}

/** What the cut scan has seen so far (it is lazy: a piece is read once the scan has passed its lines). */
export interface ScanSeen {
	/**
	 * A line that may open more containers than MAX_CONTAINERS_PER_LINE (or a line cut in parts,
	 * whose later parts start mid-line): until one is seen, bounding the nesting changes nothing.
	 */
	deep: boolean;
}

export interface ChunkOptions {
	/** Size the pieces aim at, in characters. */
	chunkChars: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** After a blank line, a line starting with one of these may continue or join what came before
 * (list items, thematic breaks, setext underlines, front matter fences), so no cut there. */
const JOINS = /^[\s\-+*_=0-9]/;
/** Raw HTML that blank lines do not end (CommonMark HTML blocks 1, 3, 4, 5), and what ends it. */
const RAW_HTML: [RegExp, RegExp][] = [
	[/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
	[/^ {0,3}<\?/, /\?>/],
	[/^ {0,3}<![A-Za-z]/, />/],
	[/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** HTML that runs to the next blank line: block 6 (these tags, even right after a paragraph)… */
const HTML_BLOCK_TAG =
	/^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
/** …and block 7 (any other tag alone on its line, not right after a paragraph line). */
const HTML_LONE_TAG =
	/^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
const FRONT = /^(?:---|\+\+\+)[ \t]*$/;
/** A bullet item with text at the left margin, and how many list items a piece holds before one may be cut. */
const TOP_BULLET = /^[-+*][ \t]+\S/;
const MAX_PIECE_ITEMS = 64;
/** A letter: a piece cut inside a long line starts with one, so it reads as plain text. */
const LETTER = /\p{L}/u;

/**
 * Pieces of `text` (line breaks "\n" only) in order, covering every character except the line
 * breaks where cuts fall. Cut points, best first: before a heading, before a line after a blank
 * line; a piece still four times too big is cut at any line, and a line that long inside.
 * Lazy, so the scan is spread over the steps of the parse; the start of every line it passes is
 * pushed to `starts` (all of them once it is done), and what it sees that matters later to `seen`.
 */
export function* cutPieces(text: string, opts: ChunkOptions, starts: number[], seen: ScanSeen = { deep: false }): Generator<Piece, void, void> {
	const target = Math.max(256, opts.chunkChars);
	const force = 4 * target;
	let pieceStart = 0;
	let pieceLine = 0;
	let prefix = "";
	let ready: Piece[] = [];
	const cut = (at: number, line: number, nextPrefix: string): void => {
		// `at` is the offset of the next piece's first character; a line break just before it is dropped.
		const end = at > 0 && text.charCodeAt(at - 1) === 10 ? at - 1 : at;
		ready.push({ start: pieceStart, end, line: pieceLine, prefix });
		pieceStart = at;
		pieceLine = line;
		prefix = nextPrefix;
	};

	let fence = "";
	let fenceLine = "";
	let rawEnd: RegExp | null = null;
	let htmlToBlank = false;
	const firstBreak = text.indexOf("\n");
	let front = firstBreak > 0 && FRONT.test(text.slice(0, firstBreak));
	// Front matter closes with the fence it opened with (--- for YAML, +++ for TOML).
	const frontEnd = front ? new RegExp(`^\\${text[0]}{3}[ \\t]*$`) : null;
	let prevBlank = false;
	let afterBlock = true;
	let pos = 0;
	let items = 0;
	for (let i = 0; pos <= text.length; i++) {
		starts.push(pos);
		let nl = text.indexOf("\n", pos);
		if (nl < 0) nl = text.length;
		const size = pos - pieceStart;
		if (pos === nl) {
			// An empty line (a third of most notes' lines) opens and closes nothing, and is no place to cut
			// but where a piece is far too long; it ends HTML that runs to a blank line.
			if (i > 0 && size >= force) cut(pos, i, fence ? fenceLine + "\n" : "");
			if (pos === pieceStart) items = 0;
			prevBlank = true;
			afterBlock = true;
			htmlToBlank = false;
			pos = nl + 1;
			if (ready.length) {
				const out = ready;
				ready = [];
				yield* out;
			}
			continue;
		}
		const c0 = text.charCodeAt(pos);
		// Most lines start with a letter and open nothing: only look closer at the others.
		const plain = opensNothing(c0);
		// Whether the line may be a fence: a backtick or tilde after at most three spaces.
		let lead = pos;
		while (lead < pos + 3 && text.charCodeAt(lead) === 32) lead++;
		const fenceAt = !plain && (text.charCodeAt(lead) === 96 || text.charCodeAt(lead) === 126);
		// The line as a string, only for the patterns below that read one (most lines need none).
		const line: string = fence || rawEnd || front || fenceAt || (!plain && text.charCodeAt(lead) === 0x3c) || size >= force ? text.slice(pos, nl) : "";
		// Cut before this line?
		if (i > 0 && size >= target / 2) {
			const inside = !!fence || !!rawEnd || htmlToBlank || front;
			if (!inside && c0 === 0x23 && isAtx(text, pos, nl)) cut(pos, i, "");
			else if (!inside && size >= target && prevBlank && pos < nl && !JOINS.test(text.slice(pos, nl))) cut(pos, i, "");
			// Too long without a safe cut (a huge code block, a wall of list items): any line will do.
			else if (size >= force && (fence || !FRONT.test(line))) cut(pos, i, fence ? fenceLine + "\n" : "");
		}
		// remark's time grows with the square of a list's items: a long run of short items is cut
		// before a top-level bullet item (which starts an item whole or in pieces alike).
		if (pos === pieceStart) items = 0;
		if (items >= MAX_PIECE_ITEMS && !fence && !rawEnd && !htmlToBlank && !front && (c0 === 45 || c0 === 43 || c0 === 42) && TOP_BULLET.test(text.slice(pos, nl))) {
			cut(pos, i, "");
			items = 0;
		}
		if (!plain) {
			// One past the bound tells a line boundNesting would cut; the items count stops at the bound.
			const opened = containerMarkers(text, pos, nl, MAX_CONTAINERS_PER_LINE + 1);
			if (opened > MAX_CONTAINERS_PER_LINE) seen.deep = true;
			items += Math.min(opened, MAX_CONTAINERS_PER_LINE);
		}
		// A line thick with brackets, stars or backticks is read as plain text, in parts of `target`:
		// remark takes ~10 µs a character on those (0.1 µs on prose), and quadratic time on some.
		if (!fence && !rawEnd && !htmlToBlank && !front && nl - pos > DENSE_MIN && isDense(text, pos, nl)) {
			if (pos > pieceStart) cut(pos, i, "");
			for (let at = pos; at < nl; at += target) ready.push({ start: at, end: Math.min(nl, at + target), line: i, prefix: "", plain: true });
			pieceStart = nl + 1;
			pieceLine = i + 1;
			prevBlank = false;
			afterBlock = true;
			pos = nl + 1;
			const out = ready;
			ready = [];
			yield* out;
			continue;
		}
		// A line far too long on its own is read in parts, each cut before a letter.
		if (nl - pos > force) {
			seen.deep = true;
			const reopen = fence ? fenceLine + "\n" : "";
			if (pos > pieceStart) cut(pos, i, reopen);
			for (let at = pos + target; at < nl - target; ) {
				const stop = Math.min(nl - target, at + 256);
				let c = at;
				while (c < stop && !isLetterAt(text, c)) c++;
				if (c >= stop) c = at;
				cut(c, i, reopen);
				at = c + target;
			}
		}
		// Track what this line opens or closes.
		if (front) {
			if (i > 0 && frontEnd?.test(line)) front = false;
		} else if (fence) {
			const m = FENCE_CLOSE.exec(line);
			if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = "";
		} else if (rawEnd) {
			if (rawEnd.test(line)) rawEnd = null;
		} else if (!plain && !htmlToBlank) {
			// (Inside HTML that runs to a blank line, fences and other HTML are just its text.)
			const f = fenceAt ? FENCE_OPEN.exec(line) : null;
			if (f && !(f[1][0] === "`" && f[2].includes("`"))) {
				fence = f[1];
				fenceLine = line;
			} else if (text.charCodeAt(lead) === 0x3c) {
				// (Every HTML start below is a "<" after at most three spaces.)
				const raw = rawHtmlOpenedBy(line);
				if (raw) {
					if (!raw[1].test(line.slice(line.indexOf("<") + 2))) rawEnd = raw[1];
				} else if (HTML_BLOCK_TAG.test(line) || (afterBlock && HTML_LONE_TAG.test(line))) htmlToBlank = true;
			}
		}
		// Whether a paragraph could be open at the next line (then a lone tag continues it).
		// (A line that starts with neither a space nor a tab is blank only when empty.)
		const blank = !plain && (pos === nl || ((c0 === 0x20 || c0 === 0x09) && isBlankLine(text, pos, nl)));
		afterBlock = !plain && (blank || (c0 === 0x23 && isAtx(text, pos, nl)) || (fenceAt && FENCE_CLOSE.test(line)));
		prevBlank = blank;
		if (prevBlank) htmlToBlank = false;
		pos = nl + 1;
		if (ready.length) {
			const out = ready;
			ready = [];
			yield* out;
		}
	}
	yield { start: pieceStart, end: text.length, line: pieceLine, prefix };
}

/** The raw HTML kind a line opens. (Not a closure in cutPieces: one reading `line` there made an object per line.) */
function rawHtmlOpenedBy(line: string): [RegExp, RegExp] | undefined {
	for (const kind of RAW_HTML) if (kind[0].test(line)) return kind;
	return undefined;
}

/** An ATX heading's line, text[pos, nl): one to six `#`, then white space or the line's end. */
function isAtx(text: string, pos: number, nl: number): boolean {
	let i = pos;
	while (i < nl && i - pos < 7 && text.charCodeAt(i) === 0x23) i++;
	const c = text.charCodeAt(i);
	return i - pos >= 1 && i - pos <= 6 && (i === nl || c === 0x20 || c === 0x09);
}

/** Only spaces and tabs in the line text[pos, nl). */
function isBlankLine(text: string, pos: number, nl: number): boolean {
	for (let i = pos; i < nl; i++) {
		const c = text.charCodeAt(i);
		if (c !== 0x20 && c !== 0x09) return false;
	}
	return true;
}

/** More inline markup (`[ ] ( ) * _ \` < ! \\`) in text[from, to) than 128 and one character in 16. */
function isDense(text: string, from: number, to: number): boolean {
	const need = Math.max(128, (to - from) >> 4);
	let marks = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 91 || c === 93 || c === 40 || c === 41 || c === 42 || c === 95 || c === 96 || c === 60 || c === 33 || c === 92) {
			if (++marks > need) return true;
		}
	}
	return false;
}

function isLetterAt(text: string, at: number): boolean {
	const cp = text.codePointAt(at);
	if (cp === undefined) return false;
	// ASCII without the regex (a line of a megabyte of markers asks this of every character).
	if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
	return LETTER.test(String.fromCodePoint(cp));
}

/** The small part of an mdast block this module reads. */
interface TopBlock {
	type: string;
	position?: { start: { line: number }; end: { line: number } };
}

/**
 * The line that opened a code fence or HTML block still open where a piece ends (the cut fell
 * inside it after all: the tracking above reads Markdown more simply than remark), or null.
 * `text` is what was parsed, `contentLines` how many of its lines are the piece's (the rest are
 * link definitions added after it); `blocks` are its top-level blocks, lines local to `text` plus `shift`.
 */
export function openAtEnd(blocks: readonly TopBlock[], text: string, contentLines: number, shift = 0): string | null {
	let last: TopBlock | undefined;
	for (let i = blocks.length - 1; i >= 0 && !last; i--) if (blocks[i].type !== "definition") last = blocks[i];
	if (!last?.position || last.position.end.line - shift < contentLines) return null;
	if (last.type !== "code" && last.type !== "html") return null;
	const start = { line: last.position.start.line - shift };
	const end = { line: last.position.end.line - shift };
	const lineAt = (n: number): string => nthLine(text, n);
	const opener = lineAt(start.line);
	if (last.type === "code") {
		const f = FENCE_OPEN.exec(opener);
		if (!f) return null; // indented code ends at any line that is not indented
		const close = end.line > start.line ? FENCE_CLOSE.exec(lineAt(end.line)) : null;
		return close && close[1][0] === f[1][0] && close[1].length >= f[1].length ? null : opener;
	}
	const raw = rawHtmlOpenedBy(opener);
	if (!raw) return opener; // HTML that only a blank line ends
	const closing = end.line > start.line ? lineAt(end.line) : opener.slice(opener.indexOf("<") + 2);
	return raw[1].test(closing) ? null : opener;
}

/** Line `n` (1-based) of `text`. */
function nthLine(text: string, n: number): string {
	let at = 0;
	for (let i = 1; i < n; i++) {
		const nl = text.indexOf("\n", at);
		if (nl < 0) return "";
		at = nl + 1;
	}
	const nl = text.indexOf("\n", at);
	return text.slice(at, nl < 0 ? text.length : nl);
}
