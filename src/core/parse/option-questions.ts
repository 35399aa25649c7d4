// Questions that their form marks rather than their words: a bracket-numbered stem over answer
// options (`[3] 下列哪个…` then `A. …`), a heading over lettered options, a list item that quotes a
// question (`面试官问：“…”`).
import type { PhrasingContent } from "mdast";
import type { LabelWords } from "../types";
import { type Block, type InlineLine, inlineText, paragraphLines, oneLine } from "./mdast-text";
import { asksAsItem } from "./loose-asking";
import { markerOf } from "./question-markers";
import { cleanText, isLabelText } from "./question-text";

/** `[3] 下列哪个…`: a question numbered in brackets (its options, on the next lines, say it asks). */
const BRACKET_STEM = /^\[\d{1,3}\]\s*(\S.*)$/;
/** A line of answer options: `A. string`, `(B) 插入 (C) 快排`, `c) PATCH`. */
const OPTION_LINE = /^[（(]?[A-Ha-h][)）.．、]\s*\S/;

/** The stem of a bracket-numbered question whose options follow (in its paragraph or the next block). */
export function bracketQuestion(lines: readonly InlineLine[], next: Block | undefined, labels: LabelWords): string | null {
	if (markerOf(lines[0].nodes) !== null) return null;
	const m = BRACKET_STEM.exec(oneLine(inlineText(lines[0].nodes)).trim());
	if (!m) return null;
	const isOption = (nodes: PhrasingContent[]): boolean => OPTION_LINE.test(inlineText(nodes).trim());
	let options = lines.length > 1 && lines.slice(1).every((l) => isOption(l.nodes));
	if (lines.length === 1 && next?.type === "paragraph") options = paragraphLines(next).every((l) => isOption(l.nodes));
	if (lines.length === 1 && next?.type === "list") {
		options = next.children.length >= 2 && next.children.every((item) => {
			const first = item.children[0];
			return first?.type === "paragraph" && isOption(first.children);
		});
	}
	const text = cleanText(m[1]);
	return options && text && !isLabelText(text, labels) ? text : null;
}

/** An option lettered A to H, with a colon too (`A: true`): its letter. */
const LETTERED = /^[（(]?([A-Ha-h])[)）.．、:：]\s*\S/;

/**
 * A list of answer options: two or more items lettered in order from A (`- A: true`, `- B: false`;
 * `1. A. …`). A heading over one is a multiple-choice question, whatever its words.
 */
export function isOptionList(b: Block | undefined): boolean {
	if (b?.type !== "list" || b.children.length < 2) return false;
	return b.children.every((item, k) => {
		const first = item.children[0];
		const m = first?.type === "paragraph" ? LETTERED.exec(inlineText(first.children).trim()) : null;
		return m !== null && m[1].toUpperCase().charCodeAt(0) === 65 + k;
	});
}

/** A list item that quotes a question, perhaps after a short "asked" label (`面试官问：“…”`, `"Why…"`). */
const QUOTED_ITEM = /^(?:(?:面试官|考官|HR|Interviewer)?\s*(?:问题|问道|提问|问|题目|asked|asks|question|Q)(?:\s*[0-9]{1,3})?\s*[:：]\s*)?["“「『]([^"“”「」『』]{3,240})["”」』]$/i;

/** The question a list item's only line quotes, if it asks. */
export function quotedQuestion(nodes: PhrasingContent[], labels: LabelWords): string | null {
	if (markerOf(nodes) === "not") return null;
	const m = QUOTED_ITEM.exec(oneLine(cleanText(inlineText(nodes))));
	if (!m) return null;
	const text = cleanText(m[1]);
	return text && !isLabelText(text, labels) && asksAsItem(text) ? text : null;
}
