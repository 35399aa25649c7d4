// Text that stands where an answer will go but is not one: the STAR template's own placeholders (both
// languages, taken from the template's strings so they follow it) and notes-to-self such as TODO, TBD,
// 待补充, 待完善, (to fill in).
import { STAR_PLACEHOLDERS } from "../star/star-placeholders";

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
