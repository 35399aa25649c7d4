// `> [!question] …` callouts: the title line's question, or the questions the callout lists.
import type { PhrasingContent } from "mdast";
import type { LabelWords } from "../types";
import { type Block, inlineText, paragraphLines } from "./mdast-text";
import type { InlineQuestion } from "./line-question";
import { scanList } from "./list-questions";

const CALLOUT = /^\s*(?:>\s*)+\[!(?:question|faq|help|q)\][+-]?\s*(.*)$/i;

/** A question callout's header match (its title in group 1), or null. */
export function calloutTitle(b: Block): RegExpExecArray | null {
	return CALLOUT.exec(sourceFirstLine(b));
}

/** The questions listed in a callout whose title is no question of its own (no question mark; two items ask or more), or null. */
export function calloutList(b: Block, title: string, labels: LabelWords): InlineQuestion[] | null {
	if (b.type !== "blockquote" || /[?？]/.test(title)) return null;
	const list = b.children.find((c) => c.type === "list");
	if (!list || list.type !== "list") return null;
	const qs = scanList(list, labels);
	return qs.length >= 2 ? qs : null;
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
