// What one line opens or closes, as the cut scan (chunks.ts) reads lines: fences, raw HTML and
// HTML blocks, ATX headings, blank lines, and lines thick with inline markup.

export const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
export const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** Raw HTML that blank lines do not end (CommonMark HTML blocks 1, 3, 4, 5), and what ends it. */
const RAW_HTML: [RegExp, RegExp][] = [
	[/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
	[/^ {0,3}<\?/, /\?>/],
	[/^ {0,3}<![A-Za-z]/, />/],
	[/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** HTML that runs to the next blank line: block 6 (these tags, even right after a paragraph)… */
export const HTML_BLOCK_TAG =
	/^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
/** …and block 7 (any other tag alone on its line, not right after a paragraph line). */
export const HTML_LONE_TAG =
	/^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

/**
 * Whether text[from, to), a line's text after its containers, opens a fence, or raw HTML that blank lines
 * do not end, left open on the line. (Most list lines go on with a letter: the patterns read only a line
 * that opens with `<`, "`" or `~` after at most three spaces, as they need.)
 */
export function opensUnclosed(text: string, from: number, to: number): boolean {
	let c = from;
	while (c < to && c - from < 3 && text.charCodeAt(c) === 0x20) c++;
	const k = text.charCodeAt(c);
	if (k !== 0x3c && k !== 0x60 && k !== 0x7e) return false;
	const rest = text.slice(from, to);
	const f = FENCE_OPEN.exec(rest);
	if (f) return !(f[1][0] === "`" && f[2].includes("`"));
	const raw = rawHtmlOpenedBy(rest);
	return raw !== undefined && !raw[1].test(rest.slice(rest.indexOf("<") + 2));
}

/** The raw HTML kind a line opens. (Not a closure in cutPieces: one reading `line` there made an object per line.) */
export function rawHtmlOpenedBy(line: string): [RegExp, RegExp] | undefined {
	for (const kind of RAW_HTML) if (kind[0].test(line)) return kind;
	return undefined;
}

/** An ATX heading's line, text[pos, nl): one to six `#`, then white space or the line's end. */
export function isAtx(text: string, pos: number, nl: number): boolean {
	let i = pos;
	while (i < nl && i - pos < 7 && text.charCodeAt(i) === 0x23) i++;
	const c = text.charCodeAt(i);
	return i - pos >= 1 && i - pos <= 6 && (i === nl || c === 0x20 || c === 0x09);
}

/** Only spaces and tabs in the line text[pos, nl). */
export function isBlankLine(text: string, pos: number, nl: number): boolean {
	for (let i = pos; i < nl; i++) {
		const c = text.charCodeAt(i);
		if (c !== 0x20 && c !== 0x09) return false;
	}
	return true;
}

/** More inline markup (`[ ] ( ) * _ \` < ! \\`) in text[from, to) than 128 and one character in 16. */
export function isDense(text: string, from: number, to: number): boolean {
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
