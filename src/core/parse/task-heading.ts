// Long task-style headings: a question or a task, then more sentences, a link, instructions
// ("Design a URL shortener. You have 45 minutes. See https://…"). The first sentence is the question.
import { isAsking } from "./question-text";

const URL = /\bhttps?:\/\/[^\s)）\]]+|\bwww\.[^\s)）\]]+/gi;
/** Openings of a task (system design, coding), in both languages. */
export const TASK = /^(?:design|implement|build|write|create|code|develop|architect|model)\b|^(?:请你?|试)?(?:设计|实现|手写|写(?:一个|出)|编写)/i;
/** A sentence ends at . ! ? (and their Chinese forms) before white space, a Chinese character, or the end. */
const SENTENCE_END = /[.!?](?=\s|$)|[。！？]/g;
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|Mr|Ms|Dr)\.$/i;

/**
 * The question a long heading opens with, when more follows it that does not ask (instructions,
 * a link, constraints): "How would you design X? Assume 10k rps. See https://…" → "How would you
 * design X?". Null for a heading of one sentence, or when the rest asks too (two questions).
 */
export function taskQuestion(clean: string): string | null {
	SENTENCE_END.lastIndex = 0;
	let m: RegExpExecArray | null;
	let end = -1;
	while ((m = SENTENCE_END.exec(clean))) {
		if (m[0] === "." && ABBREVIATION.test(clean.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
		end = m.index + 1;
		break;
	}
	if (end < 0) return null;
	const first = clean.slice(0, end).trim();
	// What follows, links aside: instructions and constraints; a second question keeps the heading whole.
	const rest = clean.slice(end).replace(URL, " ").replace(/^[\s.。)）]+/, "");
	// Only words after it are instructions (an emoji or a mark after the question is part of it).
	if (!/[\p{L}\p{N}]/u.test(clean.slice(end)) || /[?？]/.test(rest)) return null;
	if (/[?？]$/.test(first)) return isAsking(first) ? first : null;
	return TASK.test(first) && first.length >= 8 ? first : null;
}
