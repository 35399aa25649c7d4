// Questions written inside a section's text rather than as headings: bold paragraphs,
// list items, Q:/A: and 问：/答： lines, and `> [!question]` callouts.
import type { PhrasingContent } from "mdast";
import type { LabelWords } from "../types";
import { type Block, endLine, type InlineLine, inlineText, isAllStrong, paragraphLines, startLine } from "./mdast-text";
import { cleanText, dashedQuestion, isLabelText } from "./question-text";
import { runSteps } from "../run-steps";
import { numberedQuestion, paragraphQuestions } from "./paragraph-questions";
import { tableQuestions } from "./table-questions";
import { bracketQuestion } from "./option-questions";
import { detailsQuestion } from "./details-question";
import { markedItems } from "./marked-items";
import { isBareQuestionLabel, labelledText, lineQuestion, trimNodes, type InlineQuestion } from "./line-question";
import { firstItemLine, isVariantsLabel, scanList } from "./list-questions";
import { calloutList, calloutTitle } from "./callout-question";

export type { InlineQuestion } from "./line-question";


/** A paragraph that is only a bold phrase (a new topic line), which closes an open answer. */
function isBoldTopicLine(lines: readonly InlineLine[], labels: LabelWords): boolean {
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
		// A paragraph's lines, read once for the checks below.
		const lines = b.type === "paragraph" ? paragraphLines(b) : null;
		if (pending !== null && b.type !== "paragraph" && b.type !== "list" && b.type !== "blockquote") pending = null;
		if (b.type !== "paragraph") lastListed = null;
		// A Q: line without an A: line has no answer past its own paragraph.
		const o = open as Open | null;
		if (o && o.q.form === "qa" && !o.answerSeen && !(lines && A_LINE.test(inlineText(lines[0]?.nodes ?? [])))) close(first - 1);
		switch (b.type) {
			case "thematicBreak":
				close(first - 1);
				break;
			case "paragraph": {
				if (!lines) break;
				// The answer to a listed question given after its list, under an answer label.
				if (!open && lastListed && isAnswerLabelLine(lines[0], labels)) resume(lastListed);
				lastListed = null;
				if (open && isBoldTopicLine(lines, labels)) close(first - 1);
				// A bracket-numbered question over its options; the options (and any answer line) follow it.
				const stem = scan.lists && pending === null && lines.length ? bracketQuestion(lines, blocks[bi + 1], labels) : null;
				if (stem) {
					start({ form: "bold", text: stem, line: lines[0].line, end: sectionEnd, loose: "hint" });
					openHasText = true;
					break;
				}
				// A table whose header names its question column: a question a row.
				const table = scan.lists && pending === null ? tableQuestions(lines, labels) : null;
				if (table) {
					close(first - 1);
					for (const q of table) found.push(q);
					break;
				}
				const cur0 = open as Open | null;
				// Each line is read as a question once (both checks below ask it of most lines).
				const asLine: (LineRead | undefined)[] = [];
				const read = (k: number): LineRead => (asLine[k] ??= readLine(lines[k].nodes, labels));
				// A paragraph of nothing but questions, where questions may start (not inside an answer).
				if (scan.lists && pending === null && (!cur0 || !openHasText || cur0.paragraph) && !someLineAsks(lines.length, read)) {
					// "问题？——答案" as a paragraph of one line: a question answered on its own line.
					const dashed = lines.length === 1 ? dashedQuestion(cleanText(inlineText(lines[0].nodes))) : null;
					if (dashed && dashed.length <= 80) {
						close(first - 1);
						start({ form: "bold", text: dashed, line: lines[0].line, end: sectionEnd, loose: "answer", answerFrom: lines[0].line }, true);
						break;
					}
					const asked = paragraphQuestions(lines, labels);
					if (asked) {
						// A title line above the question belongs to it, not to the answer before.
						close(first - 1);
						for (const q of asked) start({ form: "bold", text: q.text, line: q.line, end: sectionEnd, loose: "answer" }, true);
						break;
					}
				}
				// `1.What…?` / `1、为什么…？` opening a paragraph whose other lines answer it (a question
				// written as a paragraph: the next such paragraph is the next question).
				if (scan.lists && pending === null && lines.length > 1 && (!cur0 || !openHasText || cur0.paragraph) && !read(0).question) {
					const asked = numberedQuestion(lines[0].nodes, labels);
					if (asked) {
						close(first - 1);
						start({ form: "bold", text: asked, line: lines[0].line, end: sectionEnd, loose: "answer" }, true);
						openHasText = true;
						break;
					}
				}
				for (let k = 0; k < lines.length; k++) {
					const l = lines[k];
					if (read(k).bare) {
						pending = l.line;
						continue;
					}
					if (pending !== null) {
						const text = labelledText(l.nodes, labels);
						if (text) start({ form: "bold", text, line: pending, end: sectionEnd, loose: "answer", answerFrom: l.line + 1 });
						pending = null;
						continue;
					}
					const q = read(k).question;
					if (q) {
						// "问题？——答案": the answer starts on the question's own line.
						const dashed = dashedQuestion(q.text);
						// (Written out: spreading objects here took more time than reading the line.)
						if (dashed) start({ form: q.form, text: dashed, answerFrom: l.line, line: l.line, end: sectionEnd, loose: "answer" });
						else start({ form: q.form, text: q.text, line: l.line, end: sectionEnd, loose: "answer" });
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
				const m = calloutTitle(b);
				// A question callout over a list of questions ("Explain it cold", then the questions): the items are the questions.
				const listed = m && scan.lists ? calloutList(b, cleanText(m[1] ?? ""), labels) : null;
				if (listed) {
					close(first - 1);
					for (const q of listed) found.push(q);
					break;
				}
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
					start({ form: "callout", text: summary.text, line: first + summary.lineOffset, end: sectionEnd, loose: "answer", details: true });
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
				const before = bi > 0 ? blocks[bi - 1] : null;
				const variants = before?.type === "paragraph" && isVariantsLabel(cleanText(inlineText(before.children)));
				const listed = scan.lists ? scanList(b, labels, variants) : [];
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

/** A paragraph line read as a bare question label, and as a question. */
interface LineRead {
	bare: boolean;
	question: ReturnType<typeof lineQuestion>;
}

function readLine(nodes: PhrasingContent[], labels: LabelWords): LineRead {
	const bare = isBareQuestionLabel(nodes);
	// (A bare label is never read further.)
	return { bare, question: bare ? null : lineQuestion(nodes, labels, false) };
}

/** Whether one of `n` lines is a bare question label or a question. */
function someLineAsks(n: number, read: (k: number) => LineRead): boolean {
	for (let k = 0; k < n; k++) {
		const r = read(k);
		if (r.bare || r.question) return true;
	}
	return false;
}

/** A paragraph that opens with an answer label (`**参考答案：**`, `Answer:`): its first line. */
function isAnswerLabelLine(first: InlineLine | undefined, labels: LabelWords): boolean {
	if (!first) return false;
	const t = cleanText(inlineText(first.nodes)).replace(/[:：].*$/, "").trim().toLowerCase();
	return labels.answer.some((w) => w.toLowerCase() === t);
}
