// What a section's own text says, as isPrompt reads it: its words without fenced code or web
// addresses, whether its quotes are questions rather than a spoken answer, whether it has text at all.
import { cleanText, isAsking } from "./question-text";

/** Text without fenced code (its words are not the person's). */
export function withoutCode(text: string): string {
	// (Only text with a fence needs the pattern.)
	if (!text.includes("```") && !text.includes("~~~")) return text;
	return text.replace(/^\s*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\s*\1[^\n]*$|(?![\s\S]))/gm, "");
}

/**
 * Whether every quote in `text` opens with a question (a list of quoted questions, not an answer): its
 * first line asks before any sentence ends, with no label before it ("参考：…？" is a note).
 */
export function quotesAllAsk(text: string): boolean {
	let quotes = 0;
	let inQuote = false;
	for (const line of text.split("\n")) {
		const quoted = /^\s*>/.test(line);
		if (quoted && !inQuote) {
			quotes++;
			// (Most quotes are answers with no question mark: told before the line is cleaned.)
			if (!/[?？]/.test(line)) return false;
			const clean = cleanText(line);
			const ask = clean.search(/[?？]/);
			const stop = clean.search(/[。！!]|\.\s/);
			if (ask < 0 || (stop >= 0 && stop < ask) || /^[^：:?？]{1,8}[：:]/.test(clean) || !isAsking(clean)) return false;
		}
		inQuote = quoted;
	}
	return quotes > 0;
}

/** The text without its quoted lines. */
export function withoutQuotes(text: string): string {
	return text.replace(/^[ \t]*>.*$/gm, "");
}

/** Web addresses and link destinations blanked out (their words are a page's, not the person's). */
export function withoutAddresses(text: string): string {
	return text.includes("http") || text.includes("](") ? text.replace(/\]\([^)\s]*\)|https?:\/\/[^\s)>\]]*/g, " ") : text;
}

/** At least `n` characters other than white space. */
export function hasChars(text: string, n: number): boolean {
	let count = 0;
	for (let i = 0; i < text.length && count < n; i++) if (!/\s/.test(text[i])) count++;
	return count >= n;
}
