// `<details><summary>question</summary>answer</details>`: the summary asks, the rest of the block answers.
import type { LabelWords } from "../types";
import { asksAsItem } from "./loose-asking";
import { markerInText } from "./question-markers";
import { cleanText, isLabelText } from "./question-text";
import type { Head } from "./heading-tree";
import type { InlineQuestion } from "./line-question";
import { lineOfOffset, type NoteText } from "./note-text";

/** The question in a `<summary>`, and its line within the HTML block. */
export function detailsQuestion(html: string, labels: LabelWords): { text: string; lineOffset: number } | null {
	const at = html.search(/<summary[^>]*>/i);
	if (at < 0) return null;
	const open = html.slice(at).match(/^<summary[^>]*>/i)?.[0] ?? "";
	const close = html.indexOf("</summary>", at);
	const inner = html.slice(at + open.length, close < 0 ? undefined : close);
	const plain = inner.replace(/<[^<>]*>/g, "").replace(/\s+/g, " ");
	const mark = markerInText(plain);
	const text = cleanText(plain);
	if (mark === "ask" && text) return { text, lineOffset: lineOffsetOf(html, at) };
	if (mark === "not") return null;
	if (!text || isLabelText(text, labels) || !asksAsItem(text)) return null;
	return { text, lineOffset: lineOffsetOf(html, at) };
}

/** Lines of `html` before offset `at`. */
function lineOffsetOf(html: string, at: number): number {
	let lineOffset = 0;
	for (let i = html.indexOf("\n"); i >= 0 && i < at; i = html.indexOf("\n", i + 1)) lineOffset++;
	return lineOffset;
}

const DETAILS_CLOSE = /<\/details>/gi;

/**
 * A `<details>` answer runs to its `</details>`, past headings inside it (a story's title under the
 * summary): those headings are part of the answer, neither questions nor sections of their own.
 * `questions` in line order; `heads` in line order. Linear: each is passed once.
 */
export function detailsAnswersPastHeadings(questions: readonly InlineQuestion[], heads: readonly Head[], note: NoteText): void {
	let h = 0;
	let searchedTo = -1;
	let close = -1;
	for (const q of questions) {
		if (!q.details) continue;
		const from = note.starts[q.line - 1] ?? note.masked.length;
		// (One search per block: a later question's close is at or after the earlier one's; none found, none later.)
		if (searchedTo < from) {
			// (From `from` on, no copy of the note's rest made.)
			DETAILS_CLOSE.lastIndex = from;
			const m = DETAILS_CLOSE.exec(note.masked);
			close = m ? m.index : -1;
			searchedTo = m ? close : note.masked.length;
		}
		if (close < from) continue;
		const closeLine = lineOfOffset(note, close) + 1;
		if (closeLine <= q.end) continue;
		q.end = closeLine;
		while (h < heads.length && heads[h].line <= q.line) h++;
		for (; h < heads.length && heads[h].line <= closeLine; h++) {
			const head = heads[h];
			head.insideQuestion = true;
			head.asks = false;
			// (Questions after the block, still in this heading's section, stay.)
			if (head.inline.length) head.inline = head.inline.filter((x) => x.line > closeLine);
		}
	}
}

