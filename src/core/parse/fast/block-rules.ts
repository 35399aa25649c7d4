// CommonMark's block-start rules, one line at a time: what a line opens when it is read from
// `at` (its first character after the containers and up to three spaces of indentation).
// Each test looks at the one line only, text[.., end) (the scanner reads lines in place in the
// whole text); the scanner (block-scan.ts) decides what follows.

const HTML_BLOCK_NAMES = new Set(
	("address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt " +
		"fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link " +
		"main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead " +
		"title tr track ul").split(" "),
);
const HTML_RAW = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
/** End of each raw HTML kind (1–5); kinds 6 and 7 end at a blank line. */
export const HTML_END: (RegExp | null)[] = [null, /<\/(?:script|pre|style|textarea)>/i, /-->/, /\?>/, />/, /\]\]>/, null, null];
const HTML_OPEN_TAG = /^<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>[ \t]*$/;
const HTML_CLOSE_TAG = /^<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>[ \t]*$/;

export const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/** The HTML block kind (1–7) a line starting with `<` at `at` opens, or 0. Kind 7 cannot interrupt a paragraph. */
export function htmlStart(text: string, at: number, end: number, inParagraph: boolean): number {
	const s = text.slice(at, end);
	if (HTML_RAW.test(s)) return 1;
	if (s.startsWith("<!--")) return 2;
	if (s.startsWith("<?")) return 3;
	if (s.startsWith("<![CDATA[")) return 5;
	if (/^<![A-Za-z]/.test(s)) return 4;
	const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(s);
	if (!m) return 0;
	const after = s.charCodeAt(m[0].length);
	if (HTML_BLOCK_NAMES.has(m[1].toLowerCase()) && (Number.isNaN(after) || isSpaceOrTab(after) || after === 62 || (after === 47 && s.charCodeAt(m[0].length + 1) === 62))) return 6;
	if (!inParagraph && (HTML_OPEN_TAG.test(s) || HTML_CLOSE_TAG.test(s))) return 7;
	return 0;
}

/** Depth of an ATX heading opened at `at`, or 0. */
export function atxDepth(text: string, at: number, end: number): number {
	let i = at;
	while (i < end && text.charCodeAt(i) === 35) i++;
	const n = i - at;
	if (n < 1 || n > 6) return 0;
	return i === end || isSpaceOrTab(text.charCodeAt(i)) ? n : 0;
}

/** A code fence opened at `at`: its character and length, or null. */
export function fenceOpen(text: string, at: number, end: number): { char: number; length: number } | null {
	const c = text.charCodeAt(at);
	if (c !== 96 && c !== 126) return null;
	let i = at;
	while (i < end && text.charCodeAt(i) === c) i++;
	if (i - at < 3) return null;
	// (A backtick fence's info string holds none.)
	if (c === 96) for (let j = i; j < end; j++) if (text.charCodeAt(j) === 96) return null;
	return { char: c, length: i - at };
}

/** Whether the line closes a fence of `char` × `length` (from `at`, at most three spaces in). */
export function fenceCloses(text: string, at: number, end: number, char: number, length: number): boolean {
	let i = at;
	while (i < end && text.charCodeAt(i) === char) i++;
	if (i - at < length) return false;
	while (i < end && isSpaceOrTab(text.charCodeAt(i))) i++;
	return i === end;
}

/** A thematic break (`***`, `- - -`, `___`) from `at`. */
export function isThematicBreak(text: string, at: number, end: number): boolean {
	const c = text.charCodeAt(at);
	if (c !== 42 && c !== 45 && c !== 95) return false;
	let n = 0;
	for (let i = at; i < end; i++) {
		const d = text.charCodeAt(i);
		if (d === c) n++;
		else if (!isSpaceOrTab(d)) return false;
	}
	return n >= 3;
}

/** Level of a setext underline (`===` 1, `---` 2) from `at`, or 0. */
export function setextLevel(text: string, at: number, end = text.length): number {
	const c = text.charCodeAt(at);
	if (c !== 61 && c !== 45) return 0;
	let i = at;
	while (i < end && text.charCodeAt(i) === c) i++;
	while (i < end && isSpaceOrTab(text.charCodeAt(i))) i++;
	return i === end ? (c === 61 ? 1 : 2) : 0;
}

export interface ListMarker {
	ordered: boolean;
	/** Bullet character, or the delimiter (`.` or `)`) of an ordered item. */
	delimiter: number;
	start: number;
	/** Index just past the marker. */
	end: number;
}

/** A list item marker at `at` (followed by a space, a tab or the end of the line), or null. */
export function listMarker(text: string, at: number, end = text.length): ListMarker | null {
	const c = text.charCodeAt(at);
	if (at >= end) return null;
	if (c === 45 || c === 43 || c === 42) {
		const after = text.charCodeAt(at + 1);
		return at + 1 === end || isSpaceOrTab(after) ? { ordered: false, delimiter: c, start: 1, end: at + 1 } : null;
	}
	let i = at;
	while (i - at < 10 && i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
	const digits = i - at;
	if (digits < 1 || digits > 9) return null;
	const d = text.charCodeAt(i);
	if (i >= end || (d !== 46 && d !== 41)) return null;
	const after = text.charCodeAt(i + 1);
	if (!(i + 1 === end || isSpaceOrTab(after))) return null;
	return { ordered: true, delimiter: d, start: Number(text.slice(at, i)), end: i + 1 };
}

/** A YAML (`---`) or TOML (`+++`) front matter fence: the line text[at, end) is the three characters and white space. */
export function frontFence(text: string, at: number, end: number, char: number): boolean {
	if (end - at < 3 || text.charCodeAt(at) !== char || text.charCodeAt(at + 1) !== char || text.charCodeAt(at + 2) !== char) return false;
	for (let i = at + 3; i < end; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
	return true;
}
