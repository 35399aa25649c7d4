// Text that stands where an answer will go but is not one: the STAR template's own placeholders (both
// languages, taken from the template's strings so they follow it) and notes-to-self such as TODO, TBD,
// 待补充, 待完善, (to fill in).
import { STAR_PLACEHOLDERS } from "../star/star-placeholders";
import { isJsSpace } from "../js-space";

const TEMPLATE_PLACEHOLDERS: ReadonlySet<string> = new Set(STAR_PLACEHOLDERS);

const WORD = "(?:todo|tbd|tbc|待补充|待完善|待填写|to fill in|fill in)";
/** "（待补充：…）", "(to fill in: …)", "[TODO]": a bracket opened by a placeholder word. */
const BRACKETED = new RegExp(`^[（(【\\[]\\s*${WORD}(?![\\p{L}\\p{N}])[^]*[）)】\\]]$`, "iu");
/** "TODO", "TBD.", "待补充：例子", "TODO - numbers": the word alone, or followed by a colon or a dash. */
const BARE = new RegExp(`^${WORD}\\s*(?:[.。!！…]*$|[:：\\-—–].*$)`, "iu");
/** Quote markers, list markers, task boxes and emphasis around a line's words. */
const WRAPPING = /^(?:\s*>)*\s*(?:[-*+]\s+|\d+[.)、]\s*)?(?:\[.\]\s+)?/;
const EMPHASIS = /^(?:\*\*|__|\*|_)+|(?:\*\*|__|\*|_)+$/g;

/** One line that is only a placeholder. */
export function isPlaceholderLine(line: string): boolean {
	const t = line.replace(WRAPPING, "").trim().replace(EMPHASIS, "").trim();
	if (t === "") return false;
	return TEMPLATE_PLACEHOLDERS.has(t) || BRACKETED.test(t) || BARE.test(t);
}

/** Text whose every non-blank line is a placeholder (blank text is not a placeholder: it is empty). */
export function isPlaceholderText(text: string): boolean {
	let any = false;
	for (const line of text.split("\n")) {
		if (line.trim() === "" || /^\s*>\s*$/.test(line)) continue;
		if (!isPlaceholderLine(line)) return false;
		any = true;
	}
	return any;
}

/**
 * The marks a line's first word may come after (as WRAPPING, trim and EMPHASIS take them off here,
 * and adviceItem in non-answer.ts): white space, ">", list marks and numbers, emphasis marks. A task
 * box's "[" is not among them: it is among a placeholder's openings.
 */
export function isOpeningMark(c: number): boolean {
	return isJsSpace(c) || c === 0x3e || c === 0x2d || c === 0x2a || c === 0x2b || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x29 || c === 0x3001 || c === 0x5f;
}

/**
 * 1 for the first characters of a placeholder: a bracket, a placeholder word (as the patterns fold
 * case), a template's text; all 1 if a template opened like wrapping or a word (then a line's
 * opening tells nothing). A table: it is asked for every line of every answer.
 */
const OPENS = new Uint8Array(0x10000);
for (const s of ["(", "（", "【", "[", "t", "T", "待", "f", "F", ...STAR_PLACEHOLDERS]) OPENS[s.charCodeAt(0)] = 1;
const OPENS_ALL = !STAR_PLACEHOLDERS.every((s) => s !== "" && !/^[tTfF]/.test(s) && !isOpeningMark(s.charCodeAt(0)));
if (OPENS_ALL) OPENS.fill(1);

/**
 * Whether a line whose first character after wrapping (or white space beyond spaces and tabs) is at
 * `i` may be a placeholder line. False proves that neither the line nor any start of it is one.
 */
export function mayOpenPlaceholder(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (OPENS[c] !== 1) return isJsSpace(c);
	// A word's second letter: "to…", "tb…", "fi…" ("The", "For" are no placeholders).
	const d = text.charCodeAt(i + 1) | 0x20;
	if (c === 0x74 || c === 0x54) return OPENS_ALL || d === 0x6f || d === 0x62;
	if (c === 0x66 || c === 0x46) return OPENS_ALL || d === 0x69;
	return true;
}

/** mayOpenPlaceholder for the line of `text` that starts at `start`. */
export function mayBePlaceholderLine(text: string, start: number): boolean {
	let i = start;
	while (i < text.length && text.charCodeAt(i) !== 10 && isOpeningMark(text.charCodeAt(i))) i++;
	return i < text.length && text.charCodeAt(i) !== 10 && mayOpenPlaceholder(text, i);
}

/** The text without its placeholder lines (the same string when it has none). */
export function withoutPlaceholders(text: string): string {
	// Every placeholder holds one of these words (the template's own say 待补充 or "to fill in").
	if (!/todo|tbd|tbc|待补充|待完善|待填写|fill in/i.test(text)) return text;
	const lines = text.split("\n");
	const kept = lines.filter((l) => !isPlaceholderLine(l));
	return kept.length === lines.length ? text : kept.join("\n").trim();
}

/** Some line is a placeholder, alone or after a label ("**情境**：（待补充：…）"). */
export function holdsPlaceholder(text: string): boolean {
	return text.split("\n").some((line) => {
		if (isPlaceholderLine(line)) return true;
		const colon = line.search(/[:：]/);
		return colon >= 0 && isPlaceholderLine(line.slice(colon + 1).replace(/^\s*(?:\*\*|__)/, ""));
	});
}
