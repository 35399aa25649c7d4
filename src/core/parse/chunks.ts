// Cuts a note into small pieces for the Markdown reader. remark slows down more than linearly on
// big inputs (micromark's edit map re-copies its event list), so a note of any shape is read in
// pieces of a few KB. Cuts are made only where they cannot change the blocks remark finds, so
// the blocks of all pieces together are the blocks of the whole note.
import { afterContainerMarkers, containerMarkers, MAX_CONTAINERS_PER_LINE } from "./bound-lines";
import { DENSE_MIN, opensNothing } from "./whole-note";
import { FENCE_CLOSE, FENCE_OPEN, HTML_BLOCK_TAG, HTML_LONE_TAG, isAtx, isBlankLine, isDense, opensUnclosed, rawHtmlOpenedBy } from "./chunk-lines";

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

/** After a blank line, a line starting with one of these may continue or join what came before
 * (list items, thematic breaks, setext underlines, front matter fences), so no cut there. */
const JOINS = /^[\s\-+*_=0-9]/;
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
	// A fence or raw HTML opened inside a list item or quote and left open: remark ends it (and so its
	// item) at the start of the line after the blank lines that follow, so no cut before that line.
	let openInContainer = false;
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
			const inside = !!fence || !!rawEnd || htmlToBlank || front || openInContainer;
			if (!inside && c0 === 0x23 && isAtx(text, pos, nl)) cut(pos, i, "");
			else if (!inside && size >= target && prevBlank && pos < nl && !JOINS.test(text.slice(pos, nl))) cut(pos, i, "");
			// Too long without a safe cut (a huge code block, a wall of list items): any line will do.
			else if (size >= force && (fence || !FRONT.test(line))) cut(pos, i, fence ? fenceLine + "\n" : "");
		}
		// remark's time grows with the square of a list's items: a long run of short items is cut
		// before a top-level bullet item (which starts an item whole or in pieces alike).
		if (pos === pieceStart) items = 0;
		if (items >= MAX_PIECE_ITEMS && !fence && !rawEnd && !htmlToBlank && !front && !openInContainer && (c0 === 45 || c0 === 43 || c0 === 42) && TOP_BULLET.test(text.slice(pos, nl))) {
			cut(pos, i, "");
			items = 0;
		}
		let opened = 0;
		if (!plain) {
			// One past the bound tells a line boundNesting would cut; the items count stops at the bound.
			opened = containerMarkers(text, pos, nl, MAX_CONTAINERS_PER_LINE + 1);
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
		// Track what this line opens or closes. A line at the margin closes every container before it, and
		// what was open in them (a list item there is a new one; a quote mark goes on with a quote but after a blank line).
		if (openInContainer && c0 !== 0x20 && c0 !== 0x09 && (c0 !== 0x3e || prevBlank)) openInContainer = false;
		if (opened > 0 && !fence && !rawEnd && !htmlToBlank && !front && opensUnclosed(text, afterContainerMarkers(text, pos, nl), nl)) openInContainer = true;
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

/** A block that may hold blocks, as endWithinPiece walks it (paragraphs' inline nodes are never read). */
interface OuterBlock extends TopBlock {
	children?: OuterBlock[];
}

/**
 * Lines past `lastLine` are the link definitions put after a piece (past a blank line): no block of the
 * piece ends there. A fence or HTML block opened in a list item and left open takes that blank line in,
 * and its item with it; in the whole note the line after the piece ends them, at the piece's last line.
 */
export function endWithinPiece(blocks: OuterBlock[], lastLine: number): void {
	for (let kids: OuterBlock[] | undefined = blocks; kids; ) {
		let at: number = kids.length - 1;
		while (at >= 0 && (kids[at].position?.start.line ?? 0) > lastLine) at--;
		const b: OuterBlock | undefined = at >= 0 ? kids[at] : undefined;
		if (!b?.position || b.position.end.line <= lastLine) return;
		// A span of its own (the fast reader shares one between blocks on the same lines).
		b.position = { start: b.position.start, end: { ...b.position.end, line: lastLine } };
		kids = b.type === "list" || b.type === "listItem" || b.type === "blockquote" ? b.children : undefined;
	}
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
