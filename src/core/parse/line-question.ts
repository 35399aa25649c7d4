// One line read as a question: `**问题**：…`, Q: lines, bold questions, the interviewer's turn of a
// dialogue, and bare labels (`**问题：**`) whose question follows.
import type { PhrasingContent } from "mdast";
import type { LabelWords, QuestionForm } from "../types";
import { inlineText, isAllStrong, oneLine } from "./mdast-text";
import { cleanText, isAsking, isLabelText } from "./question-text";
import { asksAsItem } from "./loose-asking";
import { markerOf } from "./question-markers";
import { isJsSpace } from "../js-space";

export interface InlineQuestion {
	form: QuestionForm;
	/** Clean question text (markup and numbering gone). */
	text: string;
	/** Line numbers relative to the parsed text (1-based). */
	line: number;
	/** Last line that may belong to the answer (inclusive); answer starts after `line`. */
	end: number;
	/** Where unlabelled answer text goes. */
	loose: "answer" | "hint";
	/** First line of the answer when not the line after `line` (a question that wraps). */
	answerFrom?: number;
	/** A `<details>` summary: its answer runs to `</details>` (details-question.ts). */
	details?: true;
}

// A label, spaces, maybe a number and more spaces: never `\s*[0-9]*\s*` (two space runs with only
// an optional part between them take time growing with the square of the run when the line does not match).
const Q_LABEL = /^(?:问题|题目|问|Question|Q)\s*(?:[0-9０-９]+\s*)?$/i;
const Q_LINE = /^(?:Q|Question|问)\s*(?:[0-9０-９]+\s*)?[:：]\s*(\S.*)$/i;
const Q_WORD_LINE = /^(?:问题|题目)\s*(?:[0-9０-９]+\s*)?[:：]\s*(\S.*)$/;
const NUMBER_ONLY = /^\s*[0-9０-９]+\s*(?:[.、)．]\s*)?$/;

export function trimNodes(nodes: PhrasingContent[]): PhrasingContent[] {
	// Drop a leading "1." text before a bold question (`1.**Conflict with managers**`).
	if (nodes.length > 1 && nodes[0].type === "text" && NUMBER_ONLY.test(nodes[0].value)) return nodes.slice(1);
	return nodes;
}

/**
 * First characters of a line outside a list that asks in words alone: `Q:`, `Question:`, `问：`,
 * `问题：`, `题目：`, and an interviewer's turn (面试官, 考官, HR, Interviewer, Recruiter, Hiring manager).
 */
const ASKS_BY_WORDS = new Set([..."QqIiHhRr问题面考"]);

/**
 * The question a single line asks, if it does, and in which form. `quick` (false only in tests):
 * a line outside a list that is not bold, carries no marker tag and starts like none of the words
 * of a Q/A line or an interviewer's turn asks nothing, which is told before its text is cleaned.
 */
export function lineQuestion(nodes: PhrasingContent[], labels: LabelWords, inList: boolean, quick = true): { text: string; form: QuestionForm } | null {
	const ns = trimNodes(nodes);
	const first = ns.find((n) => !(n.type === "text" && firstNonSpace(n.value) < 0));
	// Most prose lines start with text: told by its first character before the line's text is put together.
	if (quick && !inList && first?.type === "text" && !ASKS_BY_WORDS.has(first.value[firstNonSpace(first.value)]) && markerOf(ns) === null) return null;
	const raw = oneLine(inlineText(ns)).trim();
	if (!raw) return null;
	// The person's marker tag has the last word, whatever the line's words say.
	const mark = markerOf(ns);
	if (mark === "not") return null;
	if (mark === "ask") {
		const text = cleanText(raw);
		return text ? { text, form: inList ? "list" : "bold" } : null;
	}
	// (A break first may hide a bold line: see isAllStrong.)
	if (quick && !inList && mark === null && first && first.type !== "strong" && first.type !== "break" && !ASKS_BY_WORDS.has(raw[0])) return null;
	// `**问题**：…`, `**Q1**: "…"`, `**Question** :: …`
	if (first && first.type === "strong") {
		const label = inlineText(first.children).trim();
		const labelWord = label.replace(/[:：]\s*$/, "");
		if (Q_LABEL.test(labelWord)) {
			const rest = raw.slice(raw.indexOf(label) + label.length).replace(/^\s*:{1,2}\s*|^\s*[：]\s*/, "");
			const text = cleanText(rest).replace(/^["“'‘]|["”'’]$/g, "").trim();
			if (text && !isLabelText(text, labels)) return { text, form: inList ? "list" : "bold" };
		}
	}
	// `**问题？**（出处）`: a bold question, then only a source or note in brackets.
	const noted = first?.type === "strong" ? boldThenNote(ns) : null;
	if (noted !== null) {
		const text = cleanText(noted);
		if (text && !isLabelText(text, labels) && isAsking(text)) return { text, form: inList ? "list" : "bold" };
	}
	const clean = cleanText(raw);
	if (!clean || isLabelText(clean, labels)) return null;
	// Read once, asked up to three times below.
	let askingMemo: boolean | undefined;
	const asking = (): boolean => (askingMemo ??= isAsking(clean));
	if (isAllStrong(ns) && asking()) return { text: clean, form: inList ? "list" : "bold" };
	const qa = Q_LINE.exec(raw) ?? (asking() ? Q_WORD_LINE.exec(raw) : null);
	if (qa && !inList) {
		const text = cleanText(qa[1]);
		if (text && !isLabelText(text, labels)) return { text, form: "qa" };
	}
	// An interview dialogue: the interviewer's turn is the question (narration in brackets dropped).
	const turn = INTERVIEWER_TURN.exec(raw);
	if (turn) {
		const text = cleanText(turn[1]).replace(/^[（(][^（()）]*[)）]\s*|\s*[（(][^（()）]*[)）]$/g, "").trim();
		if (text && !isLabelText(text, labels) && asksAsItem(text)) return { text, form: inList ? "list" : "qa" };
	}
	if (inList && asking()) return { text: clean, form: "list" };
	return null;
}

/** The bold text of a line that is a bold span and a bracketed note after it (`**…？**（D:\\notes\\redis.md）`), or null. */
function boldThenNote(ns: PhrasingContent[]): string | null {
	// (Most bold lines end otherwise: told by the last node before any text is put together.)
	const last = ns[ns.length - 1];
	if (last?.type !== "text" || !/[)）]\s*$/.test(last.value)) return null;
	const at = ns.findIndex((n) => n.type === "strong");
	if (at < 0 || ns.slice(0, at).some((n) => !(n.type === "text" && !n.value.trim()))) return null;
	const rest = inlineText(ns.slice(at + 1)).trim();
	if (!/^[（(][\s\S]*[)）]$/.test(rest)) return null;
	return inlineText((ns[at] as { children: PhrasingContent[] }).children);
}

/** Index of the first character of `s` that `trim()` keeps, or -1 (no string is made). */
function firstNonSpace(s: string): number {
	for (let i = 0; i < s.length; i++) if (!isJsSpace(s.charCodeAt(i))) return i;
	return -1;
}

const INTERVIEWER_TURN = /^(?:面试官|考官|HR|Interviewer|Recruiter|Hiring manager)\s*[:：]\s*(\S.*)$/i;
/** The candidate's turn of a dialogue answers the interviewer's. */
export const CANDIDATE_TURN = /^\s*(?:\*\*)?(?:候选人|应聘者|我|Me|Candidate|Interviewee|You)(?:\*\*)?\s*[:：]/i;

const BARE_LABEL = /^(?:(?:面试|常见|经典|行为)?(?:问题|题目)|面试题|(?:interview |sample |behaviou?ral )?question|Q)\s*(?:[0-9０-９]+\s*)?[:：]?$/i;
const LANG_PREFIX = /^(?:中文|英文|English|Chinese|EN|ZH|CN)\s*[:：]\s*/i;

/** `**问题：**` alone: the question follows on the next line or in the list below. */
export function isBareQuestionLabel(nodes: PhrasingContent[]): boolean {
	return BARE_LABEL.test(inlineText(trimNodes(nodes)).trim());
}

/** The question text after a bare label ("中文：描述一下…" → "描述一下…"). */
export function labelledText(nodes: PhrasingContent[], labels: LabelWords): string | null {
	if (markerOf(nodes) === "not") return null;
	const text = cleanText(oneLine(inlineText(nodes)).replace(LANG_PREFIX, ""));
	return text && !isLabelText(text, labels) ? text : null;
}
