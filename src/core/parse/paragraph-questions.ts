// Questions written as plain paragraphs: a question alone in its paragraph, several stacked on
// soft-wrapped lines or numbered inside one line (`1、…？2、…？`, `[3] …`), a question under a
// short title line (`**Scenario A**: Budget cut` then `*"…How do you…?"*`).
import type { PhrasingContent } from "mdast";
import type { LabelWords } from "../types";
import { type InlineLine, inlineText, oneLine } from "./mdast-text";
import { markerOf } from "./question-markers";
import { cleanText, isAsking, isLabelText } from "./question-text";

export interface ParagraphQuestion {
	line: number;
	text: string;
}

const MAX_LINES = 8;
/** A paragraph of questions one a line (an interview write-up) may run longer. */
const MAX_LIST_LINES = 40;
/** Numbers that start a question inside a line: `1、`, `2.`, `[3]`, `（4）`. */
const INNER_NUMBER = /(^|\s|[?？])(?:\[\d{1,3}\]|[（(]\d{1,3}[)）]|\d{1,3}\s*[、.．](?!\d))\s*/g;
/** The author asking about the question itself ("面试官为什么问这个？", "Why do they ask this?"). */
const ABOUT_THE_ASKING = /^(?:面试官|HR|他们)(?:为什么|为何|想)|^why (?:do|does|would) (?:they|the interviewers?|interviewers) ask/i;
/** A line quoted whole (`“…”`, `"…"`, `「…」`): its words in group 1. */
export const QUOTED = /^["“「『']\s*([\s\S]*?)\s*["”」』']$/;

/** Abbreviations and decimals, whose dots end no sentence. */
const cutDots = (t: string): string => t.replace(/\b(?:e\.g|i\.e|etc|vs|Mr|Ms|Dr)\./gi, "").replace(/\d\.\d/g, "");

/** Sentence ends before the last character (a question of several sentences is a scenario). */
function sentenceCount(t: string): number {
	return (cutDots(t).match(/[.。!！;；?？](?=\s*["“]?\S)/g) ?? []).length + 1;
}

/** Several sentences, every one a question ("What would you bring? Are you a net positive?"). */
function onlyQuestions(t: string): boolean {
	return t.length <= 200 && /[?？]$/.test(t) && !/[.。!！;；](?=\s*["“]?\S)/.test(cutDots(t));
}

/** The whole line is set apart: quoted or emphasised (`*"…"*`, `“…”`). */
function isSetApart(nodes: PhrasingContent[], raw: string): boolean {
	const solid = nodes.filter((n) => !(n.type === "text" && !n.value.trim()));
	if (solid.length === 1 && (solid[0].type === "emphasis" || solid[0].type === "strong")) return true;
	return QUOTED.test(raw.trim());
}

/** A line that asks alone: ends with a question mark, or is a short prompt; several sentences only when quoted. */
function askingLine(nodes: PhrasingContent[], labels: LabelWords): string | null {
	const raw = oneLine(inlineText(nodes)).trim();
	let text = cleanText(raw);
	const quoted = QUOTED.exec(text);
	if (quoted) text = quoted[1];
	if (!text || isLabelText(text, labels) || !isAsking(text) || ABOUT_THE_ASKING.test(text)) return null;
	const ends = /[?？]$/.test(text.replace(/\s*[（(][^（()）]*[)）]\s*$/, ""));
	if (sentenceCount(text) > 1 && !isSetApart(nodes, raw) && !onlyQuestions(text)) return null;
	if (!ends && text.length > 120) return null;
	return text;
}

/** Several numbered questions in one line: each piece must ask. */
function stackedInLine(raw: string, labels: LabelWords): string[] | null {
	// The separator before a number (a space, the last question mark) stays with the piece before.
	const starts = [...raw.matchAll(INNER_NUMBER)].map((m) => ({ at: m.index + m[1].length, len: m[0].length - m[1].length }));
	if (starts.length < 2 || raw.slice(0, starts[0].at).trim()) return null;
	const out: string[] = [];
	for (let i = 0; i < starts.length; i++) {
		const piece = cleanText(raw.slice(starts[i].at + starts[i].len, i + 1 < starts.length ? starts[i + 1].at : raw.length));
		if (!piece || isLabelText(piece, labels) || !isAsking(piece) || !/[?？]$/.test(piece)) return null;
		out.push(piece);
	}
	return out;
}

/** A short title line beside a question (`**Scenario B**: Security vs revenue`, `面试题：`). */
function isTitleLine(nodes: PhrasingContent[]): boolean {
	const raw = inlineText(nodes).trim();
	if (!raw || raw.length > 60 || /[?？]/.test(raw) || /[.。!！;；]\s*\S/.test(raw)) return false;
	const first = nodes.find((n) => !(n.type === "text" && !n.value.trim()));
	return (first?.type === "strong") || /[:：]$/.test(raw) || raw.length <= 24;
}

/** A short plain line (no bold title, no colon): among a paragraph's many questions, one more ("Mysql的事务隔离级别"). */
function isShortPlain(nodes: PhrasingContent[]): boolean {
	const raw = inlineText(nodes).trim();
	const first = nodes.find((n) => !(n.type === "text" && !n.value.trim()));
	return first?.type !== "strong" && !/[:：]$/.test(raw);
}

/**
 * The questions of a paragraph that holds only questions (and title lines), or null when any
 * line is prose. Up to MAX_LINES lines, or up to MAX_LIST_LINES when most lines ask (an
 * interview's questions written one a line): then a short plain line among them asks too.
 * Each line is read once, so this stays linear in the paragraph's size.
 */
export function paragraphQuestions(lines: readonly InlineLine[], labels: LabelWords): ParagraphQuestion[] | null {
	if (lines.length === 0 || lines.length > MAX_LIST_LINES) return null;
	const out: ParagraphQuestion[] = [];
	// Short plain lines, questions too when most lines ask.
	const loose: ParagraphQuestion[] = [];
	let counted = 0;
	for (const l of lines) {
		// The person's marker has the last word: a line marked as no question is skipped; one marked
		// as a question is read by lineQuestion, on its own.
		const mark = markerOf(l.nodes);
		if (mark === "not") continue;
		if (mark === "ask") return null;
		counted++;
		const stacked = stackedInLine(oneLine(inlineText(l.nodes)).trim(), labels);
		if (stacked) {
			for (const text of stacked) out.push({ line: l.line, text });
			continue;
		}
		const asked = askingLine(l.nodes, labels);
		if (asked) {
			out.push({ line: l.line, text: asked });
			continue;
		}
		// A step or answer label above ("**第一步：…**") puts the paragraph inside an explainer.
		if (isTitleLine(l.nodes)) {
			const text = cleanText(inlineText(l.nodes));
			if (isLabelText(text, labels)) return null;
			if (isShortPlain(l.nodes) && text) loose.push({ line: l.line, text });
			continue;
		}
		return null;
	}
	const ofQuestions = out.length >= 3 && out.length * 2 >= counted;
	if (lines.length > MAX_LINES && !ofQuestions) return null;
	if (ofQuestions && loose.length) return [...out, ...loose].sort((a, b) => a.line - b.line);
	return out.length ? out : null;
}

/**
 * A number opening a paragraph's line, where no list was read: `1.What` (no space), `1、`, `（1）`, `Q1.`, and
 * `1) …` inside inline code (a paragraph's first line that opened a list would be a list item).
 */
const LINE_NUMBER = /^\s*(?:\d{1,3}\s*[、．]|\d{1,3}[.)]\s*(?=[^\s\d])|[（(]\d{1,3}[)）]|Q\d{1,3}\s*[.:：、])/i;

/**
 * The question of a numbered line opening a paragraph (`1.What is your greatest weakness?` with the
 * answer on the lines below, not a list: no space after the number), or null.
 */
export function numberedQuestion(nodes: PhrasingContent[], labels: LabelWords): string | null {
	// (Told by the first node's first character before the line's text is put together.)
	const f = nodes[0];
	if (!f || !((f.type === "text" || f.type === "inlineCode") && /^\s*(?:\d|[（(]\d|Q\d)/i.test(f.value))) return null;
	const raw = oneLine(inlineText(nodes)).trim();
	if (!LINE_NUMBER.test(raw) || markerOf(nodes) !== null) return null;
	const text = cleanText(raw);
	if (!text || isLabelText(text, labels) || !isAsking(text) || ABOUT_THE_ASKING.test(text)) return null;
	return text;
}
