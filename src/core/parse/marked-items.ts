// List items the person marked `#interview-question`: questions wherever their list stands (under a
// question heading, inside an answer), where unmarked items would be points of an answer.
import type { List } from "mdast";
import { endLine, inlineText, paragraphLines, oneLine } from "./mdast-text";
import { markerOf } from "./question-markers";
import { cleanText } from "./question-text";

export interface MarkedItem {
	text: string;
	/** The item's first line, and its last (its nested text is the question's hint, as for any item). */
	line: number;
	end: number;
}

/** The marked items of a list and of the lists nested in its unmarked items, in order. */
export function markedItems(list: List, into: MarkedItem[] = []): MarkedItem[] {
	for (const item of list.children) {
		const p = item.children[0];
		const first = p?.type === "paragraph" ? paragraphLines(p)[0] : undefined;
		if (first && markerOf(first.nodes) === "ask") {
			const text = cleanText(oneLine(inlineText(first.nodes)));
			if (text) {
				into.push({ text, line: first.line, end: endLine(item) });
				continue;
			}
		}
		for (const child of item.children) if (child.type === "list") markedItems(child, into);
	}
	return into;
}
