// A note's headings as a tree, and sibling headings that ask loosely among question headings.
import type { InlineQuestion } from "./line-question";
import type { LabelWords } from "../types";
import { asksAsItem, isPromptPhrase } from "./loose-asking";
import { QUESTION_HEADING } from "./section-kinds";
import type { Marker } from "./question-markers";
import { isLabelText, looksLikeSection } from "./question-text";

export type Role = "question" | "container" | "label" | "prompt" | "plain";

export interface Head {
	block: number;
	depth: number;
	raw: string;
	clean: string;
	line: number;
	/** Block index of the next heading of any level, and of the next one at this level or above. */
	next: number;
	sectionEnd: number;
	parent: number;
	children: number[];
	asks: boolean;
	insideQuestion: boolean;
	holdsQuestions: boolean;
	role: Role;
	inline: InlineQuestion[];
	/** The person's marker tag on the heading, which overrides its words. */
	mark: Marker | null;
	/** A chapter of a write-up (numbered, with an anchor): never a question or a prompt. */
	chapter?: boolean;
	/** Asks only loosely, taken as a question in a bank of questions (bankAsking): a prompt still reads as one. */
	bank?: boolean;
}

/** Headings of a note's back matter, never a question however their siblings read. */
export const BACK_MATTER = /参考|来源|资料|链接|致谢|附录|目录|\b(?:references?|sources?|further reading|resources|links|appendix|credits|acknowledg)/i;

/** A line that is only a web address or a link (in a list item or not). */
export const LINK_LINE = /^[ \t]*(?:[-*+]|\d+[.)])?[ \t]*(?:<?https?:\/\/\S+?>?|\[[^\]\n]*\]\([^)\n]*\))[ \t]*[.。,，;；]?[ \t]*$/;

/** Whether a section's text is one or more lines of links and nothing else. */
export function isOnlyLinks(text: string): boolean {
	let links = 0;
	for (const line of text.split("\n")) {
		if (line.trim() === "") continue;
		if (!LINK_LINE.test(line)) return false;
		links++;
	}
	return links > 0;
}

/** The headings `take` keeps, grouped by parent and depth (siblings of one level), in order. */
function siblingGroups(heads: Head[], take: (h: Head) => boolean): Iterable<Head[]> {
	const groups = new Map<string, Head[]>();
	for (const h of heads) {
		if (!take(h)) continue;
		const key = `${h.parent}:${h.depth}`;
		const g = groups.get(key);
		if (g) g.push(h);
		else groups.set(key, [h]);
	}
	return groups.values();
}

/**
 * Marks as asking the headings whose siblings (same parent, same level) are mostly questions and
 * that ask loosely (asksAsItem) or, among nearly all questions, are a short prompt phrase with
 * nothing under them but text. A heading over nothing but links (`onlyLinks`: other people's answers,
 * further reading) is back matter, not a question. Returns whether any heading changed.
 */
export function siblingAsking(heads: Head[], labels: LabelWords, onlyLinks: (h: Head) => boolean = () => false): boolean {
	let changed = false;
	for (const g of siblingGroups(heads, () => true)) {
		const strict = g.filter((h) => h.asks).length;
		if (strict < 2) continue;
		const candidates = g.filter((h) => !h.asks && h.mark === null && !isLabelText(h.clean, labels) && !looksLikeSection(h.raw) && !BACK_MATTER.test(h.clean) && !onlyLinks(h));
		const loose = new Set(candidates.filter((h) => asksAsItem(h.clean)));
		if ((strict + loose.size) * 2 < g.length) continue;
		const phrases = (strict + loose.size) * 4 >= g.length * 3 && g.length >= 4;
		for (const h of candidates) {
			if (!loose.has(h) && !(phrases && h.children.length === 0 && isPromptPhrase(h.clean))) continue;
			h.asks = true;
			changed = true;
		}
	}
	return changed;
}

/**
 * In a bank of question headings (at least five ask, a third of all headings), a leaf heading that asks
 * loosely (`Redis 有哪些类型`, `X 与 Y 的区别`, `What is hoisting`) is a question wherever it sits, even
 * among topic headings. Returns whether any heading changed.
 */
export function bankAsking(heads: Head[], labels: LabelWords, onlyLinks: (h: Head) => boolean = () => false): boolean {
	const strict = heads.filter((h) => h.asks).length;
	if (strict < 5 || strict * 3 < heads.length) return false;
	let changed = false;
	for (const h of heads) {
		if (h.asks || h.mark !== null || h.children.length > 0 || isLabelText(h.clean, labels) || looksLikeSection(h.raw) || BACK_MATTER.test(h.clean)) continue;
		// (The section's text is read last, for the few that ask.)
		if (!asksAsItem(h.clean) || onlyLinks(h)) continue;
		h.asks = true;
		h.bank = true;
		changed = true;
	}
	return changed;
}

/** `<a id="…"></a>1. Title` / `<a name=…>`: a heading with an anchor of its own and a chapter number. */
const ANCHORED_NUMBERED = /^\s{0,3}#{1,6}\s+(?:<a\s[^>]*\b(?:id|name)\s*=[^>]*>\s*(?:<\/a>)?\s*)+(?:[0-9]+|[一二三四五六七八九十]+)[.．、)]/i;

/**
 * Numbered chapter headings with HTML anchors, most of which do not ask, are the chapters of a
 * write-up: none of them is a question or a prompt. `lineOf(h)` is the heading's source line.
 * Returns whether any heading changed.
 */
export function chapterHeadings(heads: Head[], lineOf: (h: Head) => string): boolean {
	let changed = false;
	for (const g of siblingGroups(heads, (h) => h.mark === null && ANCHORED_NUMBERED.test(lineOf(h)))) {
		if (g.length < 2 || g.filter((h) => h.asks).length * 2 >= g.length) continue;
		for (const h of g) {
			if (h.asks) changed = true;
			h.asks = false;
			h.chapter = true;
		}
	}
	return changed;
}

/**
 * A template's `## Question` (面试题, 题目) over one question, then `## Answer` (参考答案) as the next
 * heading at its level: that section is the question's answer. Returns the block where it ends (the
 * question made to answer up to it), or -1.
 */
export function answeredUnderNext(heads: Head[], k: number, labels: LabelWords): number {
	const h = heads[k];
	const next = heads[k + 1];
	if (h.inline.length !== 1 || !next || next.depth !== h.depth || !QUESTION_HEADING.test(h.clean)) return -1;
	if (!labels.answer.some((w) => w.toLowerCase() === next.clean.replace(/[:：]\s*$/, "").toLowerCase())) return -1;
	h.inline[0].loose = "answer";
	return next.sectionEnd;
}
