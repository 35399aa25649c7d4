// A list item that asks and answers on one line: `**问题？**答案`, `**Why X?** Because…`, and in Chinese
// `问题？答案`. The question is the text up to its question mark; the rest of the line answers it.
import type { PhrasingContent } from "mdast";
import { inlineText, oneLine } from "./mdast-text";
import { cleanText, isAsking } from "./question-text";
import { asksAsItem } from "./loose-asking";

/** A tag before the question (`[开始]`, `[结构]`): the item's topic, not its words. */
const TAG = /^\s*\[[^\]\n]{1,12}\]\s*$/;
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** Openings of more of the prompt after a Chinese question (请罗列…, 并给出解释, 举例说明). */
const ZH_MORE_PROMPT = /^(?:请|并且?|再|试|能否|可否|如何|为什么|怎么|举例|举个例子|列举|罗列|比较|对比|谈谈|说说|讲讲|聊聊|简述|描述|解释)/;

/** Whether the words after a question ask too (a second question, a prompt) or only note it: then no answer. */
function restAsks(rest: string): boolean {
	return /[?？]/.test(rest) || /^[（(]/.test(rest) || ZH_MORE_PROMPT.test(rest) || isAsking(rest) || asksAsItem(rest);
}

const QMARK_END = /[?？]\s*$/;
const QMARK_START = /^\s*[?？]/;

/** The text of a run of nodes' last text node (deepest last child), or "". */
function lastText(nodes: PhrasingContent[]): string {
	const n = nodes[nodes.length - 1];
	if (!n) return "";
	if (n.type === "text" || n.type === "inlineCode") return n.value;
	return "children" in n ? lastText(n.children) : "";
}

const LINK = new Set(["link", "linkReference", "image", "imageReference"]);

/** Words outside links in `nodes` after character `from` of node `at` (a link after a question points elsewhere). */
function wordsBesideLinks(nodes: PhrasingContent[], at: number, from: number): boolean {
	for (let i = at; i < nodes.length; i++) {
		const n = nodes[i];
		if (LINK.has(n.type)) continue;
		const t = inlineText([n]);
		if (WORD.test(i === at ? t.slice(from) : t)) return true;
	}
	return false;
}

/** The question of an item's first line when the line also answers it, or null. */
export function sameLineQuestion(nodes: PhrasingContent[]): string | null {
	let ns = nodes;
	if (ns.length > 1 && ns[0].type === "text" && TAG.test(ns[0].value)) ns = ns.slice(1);
	const first = ns[0];
	if (first?.type === "strong" && ns.length > 1) {
		// (Told by the bold's last character or the next node's first before any text is put together.)
		if (!QMARK_END.test(lastText(first.children)) && !(ns[1].type === "text" && QMARK_START.test(ns[1].value))) return null;
		// The bold part asks (its question mark inside the bold or right after it), the rest answers.
		const bold = cleanText(oneLine(inlineText(first.children)));
		let rest = oneLine(inlineText(ns.slice(1))).trim();
		let q = bold;
		if (!/[?？]$/.test(bold) && /^[?？]/.test(rest)) {
			q = bold + rest[0];
			rest = rest.slice(1).trim();
		}
		const answer = cleanText(rest);
		if (/[?？]$/.test(q) && isAsking(q) && WORD.test(answer) && !restAsks(answer) && wordsBesideLinks(ns, 1, q === bold ? 0 : 1)) return q;
		return null;
	}
	// `问题？答案` in Chinese: an English item's words after its question mark are usually more of the prompt.
	// (An item ending in its question mark answers nothing on its line: the words after a mark would ask.)
	const end = ns[ns.length - 1];
	if (!end || (end.type === "text" && QMARK_END.test(end.value))) return null;
	const raw = oneLine(inlineText(ns));
	// (Most items have no question mark with words after it: told before the text is cleaned.)
	if (!/[?？][^?？]*[\p{L}\p{N}]/u.test(raw)) return null;
	const clean = cleanText(raw);
	const at = clean.search(/[?？]/);
	if (at < 0 || !HAN.test(clean.slice(0, at))) return null;
	const q = clean.slice(0, at + 1).trim();
	const rest = clean.slice(at + 1).trim();
	if (!WORD.test(rest) || restAsks(rest) || !isAsking(q)) return null;
	// The question mark's node, and words after it that are not links.
	const k = ns.findIndex((n) => n.type === "text" && /[?？]/.test(n.value));
	return k >= 0 && wordsBesideLinks(ns, k, (ns[k] as { value: string }).value.search(/[?？]/) + 1) ? q : null;
}
