// Questions in a table whose header names the question column (`| Question | Story to use |`,
// `| 问题 | 回答 |`). Without a table extension the reader gives a table as a paragraph of `|` lines:
// read here from those lines. Each row's cell is a question; its row is the answer when an Answer
// column holds text on it, else the row is the question's hint (a story to use, a point to land).
import type { LabelWords } from "../types";
import { type InlineLine, inlineText, oneLine } from "./mdast-text";
import { cleanText, isLabelText } from "./question-text";
import type { InlineQuestion } from "./line-question";
import { QUOTED } from "./paragraph-questions";

const QUESTION_HEADER = /^(?:(?:interview |behaviou?ral |sample )?questions?|q|问题|题目|面试题|常见问题)$/i;
const DELIMITER_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/** A row's cells (a `\|` stays in its cell; no look-behind, which older mobile engines lack). */
function cells(line: string): string[] {
	const out: string[] = [];
	let cell = "";
	const t = line.trim();
	for (let i = t.startsWith("|") ? 1 : 0; i < t.length; i++) {
		const c = t[i];
		if (c === "\\" && t[i + 1] === "|") {
			cell += "|";
			i++;
		} else if (c === "|") {
			out.push(cell.trim());
			cell = "";
		} else cell += c;
	}
	if (cell.trim()) out.push(cell.trim());
	return out;
}

/** The questions of a paragraph that is a table with a question column, or null. */
export function tableQuestions(lines: readonly InlineLine[], labels: LabelWords): InlineQuestion[] | null {
	// (Most paragraphs are told by their first node: no text is put together for them.)
	const first = lines[0]?.nodes[0];
	if (lines.length < 3 || first?.type !== "text" || !first.value.trimStart().startsWith("|")) return null;
	const text = (l: InlineLine): string => oneLine(inlineText(l.nodes)).trim();
	const head = text(lines[0]);
	if (!DELIMITER_ROW.test(text(lines[1]))) return null;
	const header = cells(head).map((c) => cleanText(c).toLowerCase());
	const qi = header.findIndex((c) => QUESTION_HEADER.test(c));
	if (qi < 0) return null;
	const answerWords = new Set(labels.answer.map((w) => w.toLowerCase()));
	const ai = header.findIndex((c, i) => i !== qi && answerWords.has(c));
	const out: InlineQuestion[] = [];
	for (const l of lines.slice(2)) {
		const row = text(l);
		if (!row.startsWith("|")) return out.length ? out : null;
		const cs = cells(row);
		const cell = cleanText(cs[qi] ?? "");
		const q = QUOTED.exec(cell)?.[1] ?? cell;
		if (!q || isLabelText(q, labels)) continue;
		const answered = ai >= 0 && /[\p{L}\p{N}]/u.test(cs[ai] ?? "");
		out.push({ form: "list", text: q, line: l.line, end: l.line, answerFrom: l.line, loose: answered ? "answer" : "hint" });
	}
	return out.length ? out : null;
}
