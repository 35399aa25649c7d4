// From a parsed Markdown tree to questions: decides what each heading is (question, prompt,
// topic, label) and collects the questions written inside sections.
import type { Heading, Root } from "mdast";
import type { ExtractedQuestion, ParseOptions, QuestionForm } from "../types";
import { answerParts } from "./answer-parts";
import { scanBlocks, type InlineQuestion } from "./inline-questions";
import { type Block, inlineText, startLine } from "./markdown";
import { cleanText, isAsking, isLabelText, isPartLabel, looksLikeSection, questionDisplay } from "./question-text";

export interface ExtractContext {
	/** Every line of the whole note (CRLF already split), for slicing answers. */
	lines: string[];
	/** The same lines with comments blanked out: what is read for questions and parts. */
	masked: string[];
	/** Added to the tree's line numbers (a section of a large note). */
	offset: number;
	/** Last line (absolute) of the part that was parsed. */
	lastLine: number;
	opts: ParseOptions;
}

type Role = "question" | "container" | "label" | "prompt" | "plain";

interface Head {
	block: number;
	depth: number;
	raw: string;
	clean: string;
	line: number;
	/** Block index of the next heading of any level, and of the next one at this level or above. */
	next: number;
	sectionEnd: number;
	parent: number;
	children: number[];
	asks: boolean;
	insideQuestion: boolean;
	holdsQuestions: boolean;
	role: Role;
	inline: InlineQuestion[];
}

const RULE = /^\s*(?:([-*_])\s*){3,}$/;
const BLANKISH = /^[\s>]*$/;

/** A setext heading (`text` over `---`) is almost always a paragraph over a rule in these notes. */
function isSetext(h: Heading, ctx: ExtractContext): boolean {
	const src = ctx.lines[startLine(h) + ctx.offset - 1] ?? "";
	return !/^\s{0,3}#/.test(src);
}

/** Text without fenced code (its words are not the person's). */
function withoutCode(text: string): string {
	return text.replace(/^\s*(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\s*\1[^\n]*$|(?![\s\S]))/gm, "");
}

export function extractQuestions(root: Root, ctx: ExtractContext): ExtractedQuestion[] {
	const { opts } = ctx;
	const blocks: Block[] = [];
	for (const b of root.children) {
		if (b.type === "yaml" || b.type === "definition" || b.type === "footnoteDefinition" || (b.type as string) === "toml") continue;
		if (b.type === "heading" && isSetext(b, ctx)) {
			blocks.push({ type: "paragraph", children: b.children, position: b.position });
			continue;
		}
		blocks.push(b);
	}
	const lineOf = (b: Block): number => startLine(b) + ctx.offset;
	const lastLineBefore = (blockIndex: number): number =>
		blockIndex < blocks.length ? lineOf(blocks[blockIndex]) - 1 : ctx.lastLine;

	// Headings, their tree, and whether they ask.
	const heads: Head[] = [];
	const stack: number[] = [];
	blocks.forEach((b, i) => {
		if (b.type !== "heading") return;
		const raw = inlineText(b.children).replace(/\n/g, " ").trim();
		const clean = cleanText(raw);
		while (stack.length && heads[stack[stack.length - 1]].depth >= b.depth) stack.pop();
		const parent = stack.length ? stack[stack.length - 1] : -1;
		const asks = isAsking(clean) && !isLabelText(clean, opts.labels);
		const h: Head = {
			block: i, depth: b.depth, raw, clean, line: lineOf(b), next: blocks.length, sectionEnd: blocks.length,
			parent, children: [], asks, insideQuestion: parent >= 0 && (heads[parent].asks || heads[parent].insideQuestion),
			holdsQuestions: false, role: "plain", inline: [],
		};
		const id = heads.length;
		heads.push(h);
		if (parent >= 0) heads[parent].children.push(id);
		stack.push(id);
	});
	heads.forEach((h, k) => {
		h.next = k + 1 < heads.length ? heads[k + 1].block : blocks.length;
		let e = k + 1;
		while (e < heads.length && heads[e].depth > h.depth) e++;
		h.sectionEnd = e < heads.length ? heads[e].block : blocks.length;
	});

	// Questions written in section text, outside any question's answer.
	const preambleEnd = heads.length ? heads[0].block : blocks.length;
	const preamble = scanBlocks(blocks.slice(0, preambleEnd), lastLineBefore(preambleEnd) - ctx.offset, opts.labels);
	for (const h of heads) {
		if (h.insideQuestion) continue;
		// Under a question heading only explicit questions (Q:, callouts, bold) stand apart from its answer.
		h.inline = scanBlocks(blocks.slice(h.block + 1, h.next), lastLineBefore(h.next) - ctx.offset, opts.labels, { lists: !h.asks });
	}

	// Which headings hold questions (bottom-up), then each heading's role.
	for (let k = heads.length - 1; k >= 0; k--) {
		const h = heads[k];
		if ((h.inline.length && !h.asks) || h.children.some((c) => heads[c].asks || heads[c].holdsQuestions)) h.holdsQuestions = true;
	}
	for (const h of heads) {
		if (h.asks) h.role = "question";
		else if (h.insideQuestion) h.role = "plain";
		else if (isLabelText(h.clean, opts.labels)) h.role = h.holdsQuestions && !isPartLabel(h.clean, opts.labels) ? "container" : "label";
		else if (!h.inline.length && isPrompt(h)) h.role = "prompt";
		else if (h.holdsQuestions) h.role = "container";
	}

	const out: ExtractedQuestion[] = [];
	const topicOf = (k: number, withSibling: boolean): string[] => {
		const path: string[] = [];
		for (let p = heads[k].parent; p >= 0; p = heads[p].parent) if (heads[p].role === "container") path.unshift(heads[p].clean);
		if (withSibling) {
			for (let j = k - 1; j >= 0 && heads[j].depth >= heads[k].depth; j--) {
				if (heads[j].depth > heads[k].depth) continue;
				if (heads[j].role === "question" || heads[j].role === "prompt") continue;
				if (heads[j].role === "container") path.push(heads[j].clean);
				break;
			}
		}
		return path;
	};

	heads.forEach((h, k) => {
		if (h.role === "question" || h.role === "prompt") {
			let end = lastLineBefore(answerStop(k));
			if (h.inline.length) end = Math.min(end, h.inline[0].line + ctx.offset - 1);
			out.push(build(h.role === "question" ? "heading" : "prompt", questionDisplay(h.clean), h.line, h.line + 1, end, topicOf(k, true), "answer"));
		}
		const topic = h.role === "container" ? [...topicOf(k, false), h.clean] : topicOf(k, false);
		for (const q of h.inline) out.push(fromInline(q, topic));
	});
	for (const q of preamble) out.push(fromInline(q, []));
	out.sort((a, b) => a.line - b.line);
	return out;

	/** Block index where a question's or prompt's answer stops. Answer-part headings (`#### Answer: D`)
	 * carry it on even when they sit at a higher level than the question. */
	function answerStop(k: number): number {
		const h = heads[k];
		for (let j = k + 1; j < heads.length; j++) {
			const c = heads[j];
			if (!c.asks && isPartLabel(c.clean, opts.labels)) continue;
			if (c.depth <= h.depth) return c.block;
			if (h.role === "question" ? c.asks : c.role !== "label") return c.block;
		}
		return blocks.length;
	}

	function firstChild(k: number, test: (c: number) => boolean): number {
		// Descendants in document order.
		for (let d = k + 1; d < heads.length && heads[d].depth > heads[k].depth; d++) if (test(d)) return d;
		return -1;
	}

	function isPrompt(h: Head): boolean {
		if (!opts.promptHeadings) return false;
		if (h.clean.length < 2 || h.clean.length > 40 || /[。.!！]$/.test(h.clean) || looksLikeSection(h.raw)) return false;
		const k = heads.indexOf(h);
		// Roles of later headings are not known yet; label children are read by their words.
		const stop = firstChild(k, (c) => heads[c].asks || !isLabelText(heads[c].clean, opts.labels));
		const end = lastLineBefore(stop >= 0 ? heads[stop].block : h.sectionEnd);
		const text = withoutCode(ctx.masked.slice(h.line, end).join("\n"));
		if (!/[\p{L}\p{N}]/u.test(text)) return false;
		// A heading over other questions needs real text of its own to be a prompt rather than their topic.
		if (h.holdsQuestions && text.replace(/\s+/g, "").length < 20) return false;
		// The note's title over its questions is their topic.
		if (h.holdsQuestions && h.depth === 1) return false;
		if (/^\s*>/m.test(text) || /[:：]\s*\**\s*$/.test(h.raw)) return true;
		// Spoken in the first person early on ("在我看来", "I led…"); 自我 is not a person.
		const opening = text.slice(0, 300);
		if (/(?<!自)我/.test(opening) || /\b(?:I|I'm|I've|I'd|my)\b/.test(opening)) return true;
		return answerParts(text, opts.labels, "answer").hasLabels;
	}

	function fromInline(q: InlineQuestion, topic: string[]): ExtractedQuestion {
		return build(q.form, questionDisplay(q.text), q.line + ctx.offset, (q.answerFrom ?? q.line + 1) + ctx.offset, q.end + ctx.offset, topic, q.loose);
	}

	function build(form: QuestionForm, text: string, line: number, from: number, to: number, topic: string[], loose: "answer" | "hint"): ExtractedQuestion {
		let s = from;
		let e = Math.min(to, ctx.lines.length);
		const skip = (n: number): boolean => BLANKISH.test(ctx.masked[n - 1] ?? "") || RULE.test(ctx.masked[n - 1] ?? "");
		while (s <= e && skip(s)) s++;
		while (e >= s && skip(e)) e--;
		const has = s <= e;
		const answerMarkdown = has ? ctx.lines.slice(s - 1, e).join("\n") : "";
		const res = answerParts(has ? ctx.masked.slice(s - 1, e).join("\n") : "", opts.labels, loose);
		const answered = has && res.hasText;
		return {
			text, form, line, endLine: has ? Math.max(line, e) : line,
			answerLines: answered ? { start: s, end: e } : null,
			topic, answerMarkdown: answered ? answerMarkdown : "", answered,
			parts: res.parts, star: res.star,
		};
	}
}

