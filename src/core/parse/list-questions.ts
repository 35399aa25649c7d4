// Questions in a Markdown list: items that ask, and in a list of questions the items that ask
// loosely or follow their siblings' pattern; a dialogue's candidate turn as an item answers.
import type { List, ListItem, Paragraph, PhrasingContent } from "mdast";
import type { LabelWords } from "../types";
import { endLine, inlineText, paragraphLines, oneLine } from "./mdast-text";
import { cleanText, dashedQuestion, isLabelText, isNotToAsk } from "./question-text";
import { TASK_CHECKBOX } from "../normalize";
import { asksAsItem, isPromptPhrase } from "./loose-asking";
import { quotedQuestion } from "./option-questions";
import { sameLineQuestion } from "./same-line-answer";
import { markerOf } from "./question-markers";
import { CANDIDATE_TURN, isBareQuestionLabel, labelledText, lineQuestion, trimNodes, type InlineQuestion } from "./line-question";

/** First line of a list's first item. */
export function firstItemLine(list: List): { line: number; nodes: PhrasingContent[] } | null {
	const p = list.children[0]?.children[0];
	if (!p || p.type !== "paragraph") return null;
	return paragraphLines(p)[0] ?? null;
}

/**
 * `variants`: the list names the questions an answer nearby serves (under `**适用问题**：`, "Related
 * questions"): a note under such an item is a hint, never its answer.
 */
export function scanList(list: List, labels: LabelWords, variants = false): InlineQuestion[] {
	const out: InlineQuestion[] = [];
	const strict = list.children.map((item) => itemQuestion(item, labels));
	const texts = list.children.map((item, i) => (strict[i] ? null : itemText(item, labels)));
	// A list most of whose items ask is a list of questions: its other items are read that way too.
	const loose = texts.map((t) => (t && asksAsItem(t.text) ? t : null));
	const asking = strict.filter(Boolean).length + loose.filter(Boolean).length;
	const ofQuestions = asking >= 2 && asking * 2 >= list.children.length;
	const phrases = ofQuestions && asking >= 3;
	const taken = list.children.map((item, i) => {
		const t = texts[i];
		return strict[i] ?? (t && ((ofQuestions && loose[i]) || (phrases && isPromptPhrase(t.text))) ? t.q : null);
	});
	// Questions and answers as items in turn (question, answer, question, answer): each answer item is its question's.
	const inTurn = taken.length >= 4 && taken.every((q, i) => (i % 2 === 0 ? q !== null && !q.answerFrom : q === null && isPlainItem(list.children[i])));
	list.children.forEach((item, i) => {
		if (inTurn && i % 2 === 1) return;
		const q = taken[i];
		if (q && inTurn && i + 1 < list.children.length) {
			q.end = endLine(list.children[i + 1]);
			q.loose = "answer";
		}
		if (q) {
			// Sub-items that say rather than ask (no follow-up question among them): the question's answer.
			if (!variants && q.loose === "hint" && !q.answerFrom && answersBelow(item, labels)) q.loose = "answer";
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
		for (const child of item.children) if (child.type === "list") for (const q of scanList(child, labels, variants)) out.push(q);
	});
	return out;
}

/** An item's first line as a question, should its list say it is one. */
function itemText(item: ListItem, labels: LabelWords): { text: string; q: InlineQuestion } | null {
	const p = item.children[0];
	if (!p || p.type !== "paragraph" || isAnchorLink(p)) return null;
	const first = paragraphLines(p)[0];
	if (!first) return null;
	if (markerOf(first.nodes) === "not") return null;
	const raw = oneLine(inlineText(trimNodes(first.nodes)));
	// A to-do item is read as a question only when its own words ask (cleanText drops its checkbox).
	if (TASK_CHECKBOX.test(raw.trimStart())) return null;
	const text = cleanText(raw);
	if (!text || isLabelText(text, labels)) return null;
	return { text, q: { form: "list", text, line: first.line, end: endLine(item), loose: "hint" } };
}

/** An item that is only a link to a heading of the note (`[为什么…？](#为什么)`): a table of contents. */
function isAnchorLink(p: Paragraph): boolean {
	const parts = p.children.filter((n) => !(n.type === "text" && !n.value.trim()));
	return parts.length === 1 && parts[0].type === "link" && parts[0].url.startsWith("#");
}

function itemQuestion(item: ListItem, labels: LabelWords): InlineQuestion | null {
	const p = item.children[0];
	if (!p || p.type !== "paragraph" || isAnchorLink(p)) return null;
	const lines = paragraphLines(p);
	if (lines.length === 0 || lines.some((l) => markerOf(l.nodes) === "not")) return null;
	const end = endLine(item);
	// `3. **问题：**` with the question on the next line or in the nested list.
	if (isBareQuestionLabel(lines[0].nodes)) {
		const next = lines[1] ?? (item.children[1]?.type === "list" ? firstItemLine(item.children[1]) : null);
		const text = next ? labelledText(next.nodes, labels) : null;
		return next && text ? { form: "list", text, line: lines[0].line, end, loose: "answer", answerFrom: next.line + 1 } : null;
	}
	// "问题？答案", "**Why X?** Because…": asked and answered on the item's line.
	const answeredOnLine = sameLineQuestion(trimNodes(lines[0].nodes));
	if (answeredOnLine && !isLabelText(answeredOnLine, labels)) return { form: "list", text: answeredOnLine, line: lines[0].line, end, loose: "answer", answerFrom: lines[0].line };
	let q = lineQuestion(lines[0].nodes, labels, true);
	// A question in quotes, whole: its words without them ("“Why are you leaving?”").
	if (q && lines.length === 1 && /^["“'‘「『][^]*["”'’」』]$/.test(q.text)) q = { ...q, text: quotedQuestion(lines[0].nodes, labels) ?? q.text };
	// "问题？——答案": the answer is on the question's own line.
	const dashed = q ? dashedQuestion(q.text) : null;
	if (dashed) return { form: "list", text: dashed, line: lines[0].line, end, loose: "answer", answerFrom: lines[0].line };
	if (q) return { form: "list", text: q.text, line: lines[0].line, end, loose: "hint" };
	const quoted = lines.length === 1 ? quotedQuestion(lines[0].nodes, labels) : null;
	if (quoted) return { form: "list", text: quoted, line: lines[0].line, end, loose: "hint" };
	// A question that wraps over a few lines.
	if (lines.length <= 3) {
		const whole = cleanText(lines.map((l) => inlineText(l.nodes)).join(" "));
		if (whole && /[?？]\s*$/.test(whole) && !isLabelText(whole, labels) && !isNotToAsk(whole)) {
			return { form: "list", text: whole, line: lines[0].line, end, loose: "hint", answerFrom: endLine(p) + 1 };
		}
	}
	return null;
}

const OPTION_ITEM = /^[A-Ha-h]\s*[:：.)、]/;
/** A label over the questions an answer serves (适用问题, Related questions). */
const VARIANTS_LABEL = /^(?:适用问题|相关问题|类似问题|相似问题|变体问题|related questions|similar questions|variations?)$/i;

/** Whether a paragraph is a label over the questions an answer serves (`**适用问题**：`). */
export function isVariantsLabel(text: string): boolean {
	return VARIANTS_LABEL.test(text.replace(/\s*[:：]\s*$/, "").trim());
}

/** A line or item that asks (a follow-up question) or is a quiz's lettered option: no answer. */
function asksOrOption(text: string): boolean {
	return /[?？]\s*$/.test(text) || asksAsItem(text) || OPTION_ITEM.test(text);
}

/**
 * Whether what an item holds after its question states rather than asks: the lines continuing the
 * question's paragraph, paragraphs below it, the first lines of its sub-items. Then it is the answer
 * (advice alone is still told apart later, as a hint).
 */
function answersBelow(item: ListItem, labels: LabelWords): boolean {
	const [p, ...rest] = item.children;
	if (p?.type !== "paragraph") return false;
	let said = false;
	for (const l of paragraphLines(p).slice(1)) {
		const t = cleanText(inlineText(l.nodes));
		if (!t) continue;
		// A note in brackets on the question's next line ("（注意和第一个问题的区别）") is part of the question.
		if (asksOrOption(t) || /^[（(][^]*[)）]$/.test(t)) return false;
		// (One bare word on the next line, "teamwork", is a tag.)
		said ||= !/^[A-Za-z][\w-]*$/.test(t);
	}
	for (const c of rest) {
		if (c.type === "paragraph") {
			const t = cleanText(oneLine(inlineText(c.children)));
			if (t && asksOrOption(t)) return false;
			said ||= !!t;
		} else if (c.type === "list") {
			for (const sub of c.children) {
				const t = itemText(sub, labels);
				if (!t || asksOrOption(t.text)) return false;
				said = true;
			}
		} else if (c.type !== "blockquote" && c.type !== "code") return false;
	}
	return said;
}

/** An item of one paragraph of text, no nested list. */
function isPlainItem(item: ListItem): boolean {
	return item.children.length === 1 && item.children[0].type === "paragraph";
}
