// `<details><summary>question</summary>answer</details>`: the summary asks, the rest of the block answers.
import type { LabelWords } from "../types";
import { asksAsItem } from "./loose-asking";
import { markerInText } from "./question-markers";
import { cleanText, isLabelText } from "./question-text";

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
