// Questions written inside a section's text rather than as headings: bold paragraphs,
// list items, Q:/A: and 问：/答： lines, and `> [!question]` callouts.
import type { List, ListItem, Paragraph, PhrasingContent } from "mdast";
import type { LabelWords, QuestionForm } from "../types";
import { type Block, endLine, inlineText, isAllStrong, paragraphLines, startLine } from "./markdown";
import { cleanText, isAsking, isLabelText } from "./question-text";
import { runSteps } from "../run-steps";
import { asksAsItem, isPromptPhrase } from "./loose-asking";
import { paragraphQuestions } from "./paragraph-questions";
import { bracketQuestion, quotedQuestion } from "./option-questions";
import { markerOf } from "./question-markers";
import { detailsQuestion } from "./details-question";
import { markedItems } from "./marked-items";

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
}

// A label, spaces, maybe a number and more spaces: never `\s*[0-9]*\s*` (two space runs with only
// an optional part between them take time growing with the square of the run when the line does not match).
const Q_LABEL = /^(?:问题|题目|问|Question|Q)\s*(?:[0-9０-９]+\s*)?$/i;
const Q_LINE = /^(?:Q|Question|问)\s*(?:[0-9０-９]+\s*)?[:：]\s*(\S.*)$/i;
const Q_WORD_LINE = /^(?:问题|题目)\s*(?:[0-9０-９]+\s*)?[:：]\s*(\S.*)$/;
const NUMBER_ONLY = /^\s*[0-9０-９]+\s*(?:[.、)．]\s*)?$/;
const CALLOUT = /^\s*(?:>\s*)+\[!(?:question|faq|help|q)\][+-]?\s*(.*)$/i;

function trimNodes(nodes: PhrasingContent[]): PhrasingContent[] {
	// Drop a leading "1." text before a bold question (`1.**Conflict with managers**`).
	if (nodes.length > 1 && nodes[0].type === "text" && NUMBER_ONLY.test(nodes[0].value)) return nodes.slice(1);
	return nodes;
}

/** The question a single line asks, if it does, and in which form. */
export function lineQuestion(nodes: PhrasingContent[], labels: LabelWords, inList: boolean): { text: string; form: QuestionForm } | null {
	const ns = trimNodes(nodes);
	const raw = inlineText(ns).replace(/\n/g, " ").trim();
	if (!raw) return null;
	// The person's marker tag has the last word, whatever the line's words say.
	const mark = markerOf(ns);
	if (mark === "not") return null;
	if (mark === "ask") {
		const text = cleanText(raw);
		return text ? { text, form: inList ? "list" : "bold" } : null;
	}
	const first = ns.find((n) => !(n.type === "text" && !n.value.trim()));
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
	const clean = cleanText(raw);
	if (!clean || isLabelText(clean, labels)) return null;
	if (isAllStrong(ns) && isAsking(clean)) return { text: clean, form: inList ? "list" : "bold" };
	const qa = Q_LINE.exec(raw) ?? (isAsking(clean) ? Q_WORD_LINE.exec(raw) : null);
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
	if (inList && isAsking(clean)) return { text: clean, form: "list" };
	return null;
}

const INTERVIEWER_TURN = /^(?:面试官|考官|HR|Interviewer|Recruiter|Hiring manager)\s*[:：]\s*(\S.*)$/i;
/** The candidate's turn of a dialogue answers the interviewer's. */
const CANDIDATE_TURN = /^\s*(?:\*\*)?(?:候选人|应聘者|我|Me|Candidate|Interviewee|You)(?:\*\*)?\s*[:：]/i;

const BARE_LABEL = /^(?:(?:面试|常见|经典|行为)?(?:问题|题目)|面试题|(?:interview |sample |behaviou?ral )?question|Q)\s*(?:[0-9０-９]+\s*)?[:：]?$/i;
const LANG_PREFIX = /^(?:中文|英文|English|Chinese|EN|ZH|CN)\s*[:：]\s*/i;

/** `**问题：**` alone: the question follows on the next line or in the list below. */
export function isBareQuestionLabel(nodes: PhrasingContent[]): boolean {
	return BARE_LABEL.test(inlineText(trimNodes(nodes)).trim());
}

/** The question text after a bare label ("中文：描述一下…" → "描述一下…"). */
function labelledText(nodes: PhrasingContent[], labels: LabelWords): string | null {
	if (markerOf(nodes) === "not") return null;
	const text = cleanText(inlineText(nodes).replace(/\n/g, " ").replace(LANG_PREFIX, ""));
	return text && !isLabelText(text, labels) ? text : null;
}

/** First line of a list's first item. */
function firstItemLine(list: List): { line: number; nodes: PhrasingContent[] } | null {
	const p = list.children[0]?.children[0];
	if (!p || p.type !== "paragraph") return null;
	return paragraphLines(p)[0] ?? null;
}

/** A paragraph that is only a bold phrase (a new topic line), which closes an open answer. */
function isBoldTopicLine(p: Paragraph, labels: LabelWords): boolean {
	const lines = paragraphLines(p);
	if (lines.length !== 1 || !isAllStrong(trimNodes(lines[0].nodes))) return false;
	const clean = cleanText(inlineText(lines[0].nodes));
	return !!clean && !isLabelText(clean, labels);
}

interface Open {
	q: InlineQuestion;
	/** A Q: line saw its A: line (else its answer stops with its paragraph). */
	answerSeen: boolean;
	/** A listed question's answer after its list: the next list of questions is the next questions. */
	resumed?: boolean;
	/** A question written as a plain paragraph: the next such paragraph is the next question. */
	paragraph?: boolean;
}

const A_LINE = /^\s*(?:\*\*)?(?:A|答|Answer|候选人|应聘者|我|你|Me|Candidate|Interviewee)(?:\*\*)?\s*[:：]/i;

export interface ScanOptions {
	/** Look for questions in lists (not inside a question heading's answer: those are sub-points). */
	lists: boolean;
}

/**
 * Scan the blocks of one section (between two headings) for questions.
 * `sectionEnd` is the last line of the section.
 */
export function scanBlocks(blocks: readonly Block[], sectionEnd: number, labels: LabelWords, scan: ScanOptions = { lists: true }): InlineQuestion[] {
	return runSteps(scanBlocksSteps(blocks, sectionEnd, labels, scan, () => false));
}

/**
 * scanBlocks in steps: `pause(i)` is asked after block `i`, and the scan yields when it says so
 * (a long section without headings is read over several turns of the interface).
 */
export function* scanBlocksSteps(
	blocks: readonly Block[], sectionEnd: number, labels: LabelWords, scan: ScanOptions, pause: (block: number) => boolean,
): Generator<void, InlineQuestion[], void> {
	const found: InlineQuestion[] = [];
	let open: Open | null = null;
	let openHasText = false;
	const close = (lastLine: number): void => {
		if (open) open.q.end = Math.max(open.q.line, lastLine);
		open = null;
	};
	const start = (q: InlineQuestion, paragraph = false): void => {
		close(q.line - 1);
		found.push(q);
		open = { q, answerSeen: false, paragraph };
		openHasText = false;
	};
	const resume = (q: InlineQuestion): void => {
		open = { q, answerSeen: true, resumed: true };
		openHasText = true;
	};

	let pending: number | null = null;
	// The last question of the list just read, when it is the list's last item.
	let lastListed: InlineQuestion | null = null;
	// Inside a <details> block whose summary asked.
	let inDetails = false;
	for (let bi = 0; bi < blocks.length; bi++) {
		if (bi > 0 && pause(bi - 1)) yield;
		const b = blocks[bi];
		const first = startLine(b);
		if (pending !== null && b.type !== "paragraph" && b.type !== "list" && b.type !== "blockquote") pending = null;
		if (b.type !== "paragraph") lastListed = null;
		// A Q: line without an A: line has no answer past its own paragraph.
		const o = open as Open | null;
		if (o && o.q.form === "qa" && !o.answerSeen && !(b.type === "paragraph" && A_LINE.test(inlineText(paragraphLines(b)[0]?.nodes ?? [])))) close(first - 1);
		switch (b.type) {
			case "thematicBreak":
				close(first - 1);
				break;
			case "paragraph": {
				// The answer to a listed question given after its list, under an answer label.
				if (!open && lastListed && isAnswerLabelLine(b, labels)) resume(lastListed);
				lastListed = null;
				if (open && isBoldTopicLine(b, labels)) close(first - 1);
				const lines = paragraphLines(b);
				// A bracket-numbered question over its options; the options (and any answer line) follow it.
				const stem = scan.lists && pending === null && lines.length ? bracketQuestion(lines, blocks[bi + 1], labels) : null;
				if (stem) {
					start({ form: "bold", text: stem, line: lines[0].line, end: sectionEnd, loose: "hint" });
					openHasText = true;
					break;
				}
				const cur0 = open as Open | null;
				// A paragraph of nothing but questions, where questions may start (not inside an answer).
				if (scan.lists && pending === null && (!cur0 || !openHasText || cur0.paragraph) && !lines.some((l) => isBareQuestionLabel(l.nodes) || lineQuestion(l.nodes, labels, false))) {
					const asked = paragraphQuestions(lines, labels);
					if (asked) {
						// A title line above the question belongs to it, not to the answer before.
						close(first - 1);
						for (const q of asked) start({ form: "bold", text: q.text, line: q.line, end: sectionEnd, loose: "answer" }, true);
						break;
					}
				}
				for (const l of lines) {
					if (isBareQuestionLabel(l.nodes)) {
						pending = l.line;
						continue;
					}
					if (pending !== null) {
						const text = labelledText(l.nodes, labels);
						if (text) start({ form: "bold", text, line: pending, end: sectionEnd, loose: "answer", answerFrom: l.line + 1 });
						pending = null;
						continue;
					}
					const q = lineQuestion(l.nodes, labels, false);
					if (q) {
						start({ ...q, line: l.line, end: sectionEnd, loose: "answer" });
						continue;
					}
					const cur = open as Open | null;
					if (cur && A_LINE.test(inlineText(l.nodes))) cur.answerSeen = true;
					if (cur) openHasText = true;
				}
				break;
			}
			case "blockquote": {
				// `**面试问题**：` then `> …`: the quote is the question, the text after it the answer.
				if (pending !== null) {
					const at = pending;
					pending = null;
					const p = b.children[0];
					const text = p?.type === "paragraph" ? labelledText(p.children, labels) : null;
					if (text) {
						start({ form: "bold", text, line: at, end: sectionEnd, loose: "answer", answerFrom: endLine(b) + 1 });
						break;
					}
				}
				const m = CALLOUT.exec(sourceFirstLine(b));
				if (m) {
					const title = cleanText(m[1] ?? "");
					if (title && !isLabelText(title, labels)) {
						start({ form: "callout", text: title, line: first, end: endLine(b), loose: "answer" });
						close(endLine(b));
						break;
					}
				}
				if (open) openHasText = true;
				break;
			}
			case "html": {
				// `<details><summary>question</summary>answer</details>`: the rest of the block is the answer.
				const summary = scan.lists ? detailsQuestion(b.value, labels) : null;
				if (summary) {
					start({ form: "callout", text: summary.text, line: first + summary.lineOffset, end: sectionEnd, loose: "answer" });
					inDetails = true;
					openHasText = true;
				}
				if (inDetails && /<\/details>/i.test(b.value)) {
					close(endLine(b));
					inDetails = false;
				} else if (open) openHasText = true;
				break;
			}
			case "list": {
				if (pending !== null) {
					const at = pending;
					pending = null;
					const l = firstItemLine(b);
					const text = l ? labelledText(l.nodes, labels) : null;
					if (l && text) {
						start({ form: "bold", text, line: at, end: sectionEnd, loose: "answer", answerFrom: l.line + 1 });
						break;
					}
				}
				const listed = scan.lists ? scanList(b, labels) : [];
				// Questions listed right under an unanswered question are questions of their own;
				// under an answer (or a question heading) they are its points, but for those the person marked.
				if (!scan.lists || (open && (openHasText || listed.length === 0) && !(listed.length && (open as Open).resumed))) {
					const marked = markedItems(b);
					if (marked.length === 0) {
						if (open) openHasText = true;
						break;
					}
					close(marked[0].line - 1);
					for (const m of marked) found.push({ form: "list", text: m.text, line: m.line, end: m.end, loose: "hint" });
					break;
				}
				if (listed.length) close(first - 1);
				for (const q of listed) found.push(q);
				const last = listed[listed.length - 1];
				lastListed = last && last.end === endLine(b) ? last : null;
				break;
			}
			default:
				if (open) openHasText = true;
				break;
		}
	}
	close(sectionEnd);
	return found;
}

/** A paragraph that opens with an answer label (`**参考答案：**`, `Answer:`). */
function isAnswerLabelLine(p: Paragraph, labels: LabelWords): boolean {
	const first = paragraphLines(p)[0];
	if (!first) return false;
	const t = cleanText(inlineText(first.nodes)).replace(/[:：].*$/, "").trim().toLowerCase();
	return labels.answer.some((w) => w.toLowerCase() === t);
}

/** The callout header is on the blockquote's first line; read it from the node's text. */
function sourceFirstLine(b: Block): string {
	if (b.type !== "blockquote") return "";
	const p = b.children[0];
	if (!p || p.type !== "paragraph") return "";
	const first = paragraphLines(p)[0];
	return first ? "> " + inlineTextRaw(first.nodes) : "";
}

/** Like inlineText, but keeps the `[!question]` marker (a text node in mdast). */
function inlineTextRaw(nodes: PhrasingContent[]): string {
	return nodes.map((n) => (n.type === "text" ? n.value : inlineText([n]))).join("");
}

function scanList(list: List, labels: LabelWords): InlineQuestion[] {
	const out: InlineQuestion[] = [];
	const strict = list.children.map((item) => itemQuestion(item, labels));
	const texts = list.children.map((item, i) => (strict[i] ? null : itemText(item, labels)));
	// A list most of whose items ask is a list of questions: its other items are read that way too.
	const loose = texts.map((t) => (t && asksAsItem(t.text) ? t : null));
	const asking = strict.filter(Boolean).length + loose.filter(Boolean).length;
	const ofQuestions = asking >= 2 && asking * 2 >= list.children.length;
	const phrases = ofQuestions && asking >= 3;
	list.children.forEach((item, i) => {
		const t = texts[i];
		const q = strict[i] ?? (t && ((ofQuestions && loose[i]) || (phrases && isPromptPhrase(t.text))) ? t.q : null);
		if (q) {
			// A dialogue as list items: the candidate's turn right after is the answer.
			const next = list.children[i + 1]?.children[0];
			if (next?.type === "paragraph" && CANDIDATE_TURN.test(inlineText(next.children))) {
				q.end = endLine(list.children[i + 1]);
				// The candidate's own words are the answer, not a note on the item.
				q.loose = "answer";
			}
			out.push(q);
			return;
		}
		for (const child of item.children) if (child.type === "list") for (const q of scanList(child, labels)) out.push(q);
	});
	return out;
}

/** An item's first line as a question, should its list say it is one. */
function itemText(item: ListItem, labels: LabelWords): { text: string; q: InlineQuestion } | null {
	const p = item.children[0];
	if (!p || p.type !== "paragraph") return null;
	const first = paragraphLines(p)[0];
	if (!first) return null;
	if (markerOf(first.nodes) === "not") return null;
	const text = cleanText(inlineText(trimNodes(first.nodes)).replace(/\n/g, " "));
	if (!text || isLabelText(text, labels) || /^\[[ xX]\]/.test(text)) return null;
	return { text, q: { form: "list", text, line: first.line, end: endLine(item), loose: "hint" } };
}

function itemQuestion(item: ListItem, labels: LabelWords): InlineQuestion | null {
	const p = item.children[0];
	if (!p || p.type !== "paragraph") return null;
	const lines = paragraphLines(p);
	if (lines.length === 0 || lines.some((l) => markerOf(l.nodes) === "not")) return null;
	const end = endLine(item);
	// `3. **问题：**` with the question on the next line or in the nested list.
	if (isBareQuestionLabel(lines[0].nodes)) {
		const next = lines[1] ?? (item.children[1]?.type === "list" ? firstItemLine(item.children[1]) : null);
		const text = next ? labelledText(next.nodes, labels) : null;
		return next && text ? { form: "list", text, line: lines[0].line, end, loose: "answer", answerFrom: next.line + 1 } : null;
	}
	const q = lineQuestion(lines[0].nodes, labels, true);
	if (q) return { ...q, form: "list", line: lines[0].line, end, loose: "hint" };
	const quoted = lines.length === 1 ? quotedQuestion(lines[0].nodes, labels) : null;
	if (quoted) return { form: "list", text: quoted, line: lines[0].line, end, loose: "hint" };
	// A question that wraps over a few lines.
	if (lines.length <= 3) {
		const whole = cleanText(lines.map((l) => inlineText(l.nodes)).join(" "));
		if (whole && /[?？]\s*$/.test(whole) && !isLabelText(whole, labels)) {
			return { form: "list", text: whole, line: lines[0].line, end, loose: "hint", answerFrom: endLine(p) + 1 };
		}
	}
	return null;
}
