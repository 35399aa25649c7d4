// From a parsed Markdown tree to questions: decides what each heading is (question, prompt,
// topic, label) and collects the questions written inside sections.
import type { ExtractedQuestion, ParseOptions, QuestionForm } from "../types";
import { answerParts } from "./answer-parts";
import { onlyNewlineEnds } from "./label-markers";
import type { AnswerRead, ParseMemo } from "./parse-memo";
import { isOnlyAdvice, isOnlyPromptsOrRubric } from "./non-answer";
import { TASK, taskQuestion } from "./task-heading";
import { ADVICE_HEADING, COACHING_LINE, DOCUMENT_PART, GREETING, LETTER_HEADING, NOTES_TITLE, NOTES_TO_SELF, PHRASE_BANK, STORY_PART } from "./section-kinds";
import { detailsAnswersPastHeadings } from "./details-question";
import { scanBlocksSteps, type InlineQuestion } from "./inline-questions";
import { blockChars } from "./readable-blocks";
import { dropTrailing } from "./line-end";
import { answeredUnderNext, BACK_MATTER, bankAsking, chapterHeadings, isOnlyLinks, LINK_LINE, siblingAsking, type Head } from "./heading-tree";
import { type Block, inlineText, startLine, oneLine } from "./mdast-text";
import { isBlankOrRuleLine, lineCount, lineText, linesText, type NoteText } from "./note-text";
import { isInterviewTopic } from "./topic-nouns";
import { markerInText, markerOf, NOT_TAG } from "./question-markers";
import { isOptionList } from "./option-questions";
import { cleanText, isAsking, isLabelText, isPartLabel, looksLikeSection, questionDisplay } from "./question-text";
import { hasChars, quotesAllAsk, withoutAddresses, withoutCode, withoutQuotes } from "./section-text";

export { readableBlocks } from "./readable-blocks";

export interface ExtractContext {
	note: NoteText;
	opts: ParseOptions;
	/** Work (in characters read) between two yields of the extraction. */
	stepChars: number;
	/** Answers read at the note's last parse (see ParseMemo). */
	memo?: ParseMemo;
}

/** Coding tasks as headings: the task openings, and verbs of small coding exercises. */
const TASK_OR_CODE = new RegExp(`${TASK.source}|^(?:reverse|find|merge|sort|detect|count|check|validate|parse|convert|flatten|serialize|debounce|throttle)\\b`, "i");

/**
 * Questions of a note from its top-level blocks (line numbers already the note's). Yields now and
 * then (about every `stepChars` characters read) so a caller can give the interface a turn.
 */
export function* extractQuestions(blocks: readonly Block[], ctx: ExtractContext): Generator<void, ExtractedQuestion[], void> {
	const { opts, note } = ctx;
	const lastLine = lineCount(note);
	let spent = 0;
	// Whether the note ends its lines with "\n" alone: asked once, when an answer is first read.
	let newlinesOnly: boolean | undefined;
	const lineOf = (b: Block): number => startLine(b);
	const lastLineBefore = (blockIndex: number): number =>
		blockIndex < blocks.length ? lineOf(blocks[blockIndex]) - 1 : lastLine;

	// Headings, their tree, and whether they ask.
	const heads: Head[] = [];
	const stack: number[] = [];
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.type !== "heading") continue;
		const raw = oneLine(inlineText(b.children)).trim();
		let clean = cleanText(raw);
		while (stack.length && heads[stack[stack.length - 1]].depth >= b.depth) stack.pop();
		const parent = stack.length ? stack[stack.length - 1] : -1;
		const mark = markerOf(b.children);
		// A long task-style heading is the question it opens with (instructions and links after it go).
		const task = mark === null ? taskQuestion(clean) : null;
		if (task) clean = task;
		const asks =
			(mark === "ask" && clean !== "") ||
			(mark === null && (task !== null || isAsking(clean) || isOptionList(blocks[i + 1])) && !isLabelText(clean, opts.labels));
		const h: Head = {
			block: i, depth: b.depth, raw, clean, line: lineOf(b), next: blocks.length, sectionEnd: blocks.length,
			parent, children: [], asks, insideQuestion: parent >= 0 && (heads[parent].asks || heads[parent].insideQuestion),
			holdsQuestions: false, role: "plain", inline: [], mark,
		};
		const id = heads.length;
		heads.push(h);
		if (parent >= 0) heads[parent].children.push(id);
		stack.push(id);
		spent += 128 + raw.length;
		if (spent >= ctx.stepChars) {
			spent = 0;
			yield;
		}
	}
	heads.forEach((h, k) => {
		h.next = k + 1 < heads.length ? heads[k + 1].block : blocks.length;
		let e = k + 1;
		while (e < heads.length && heads[e].depth > h.depth) e++;
		h.sectionEnd = e < heads.length ? heads[e].block : blocks.length;
	});
	// Headings that ask loosely ("Tell me a time…", "grow junior ICs") among sibling question headings;
	// numbered chapters with anchors of a write-up that mostly does not ask.
	const chapters = chapterHeadings(heads, (h) => lineText(note.text, note, h.line));
	// (A heading's own text, to its next heading: asked only of the few headings the sibling rule would take.)
	const onlyLinks = (h: Head): boolean => h.children.length === 0 && isOnlyLinks(linesText(note.masked, note, h.line + 1, lastLineBefore(h.next)));
	// (Both passes run: the bank counts what the siblings settled.)
	const siblings = siblingAsking(heads, opts.labels, onlyLinks);
	const bank = bankAsking(heads, opts.labels, onlyLinks);
	if (siblings || bank || chapters) {
		for (const h of heads) h.insideQuestion = h.parent >= 0 && (heads[h.parent].asks || heads[h.parent].insideQuestion);
	}

	const isLetter = (h: Head): boolean =>
		LETTER_HEADING.test(h.clean) || (h.block + 1 < h.next && GREETING.test(lineText(note.masked, note, lineOf(blocks[h.block + 1]))));
	// Questions written in section text, outside any question's answer.
	const preambleEnd = heads.length ? heads[0].block : blocks.length;
	// Reading a section's blocks costs about their characters; a long one pauses in between.
	const scanSection = (from: number, to: number, lists: boolean): Generator<void, InlineQuestion[], void> =>
		scanBlocksSteps(blocks.slice(from, to), lastLineBefore(to), opts.labels, { lists }, (i) => {
			spent += blockChars(blocks, from + i, note) + 64;
			if (spent < ctx.stepChars) return false;
			spent = 0;
			return true;
		});
	const preamble = yield* scanSection(0, preambleEnd, true);
	for (const h of heads) {
		if (h.insideQuestion) continue;
		// Under a question heading only explicit questions (Q:, callouts, bold) stand apart from its answer.
		// A drafted reply or letter asks its reader, not the person: its questions are no interview questions.
		// (A question heading's section is read without lists whatever its words: those are not asked of it.)
		const lists = !h.asks && !NOTES_TO_SELF.test(h.clean) && !isLetter(h);
		h.inline = yield* scanSection(h.block + 1, h.next, lists);
		// Under "How to answer" / 答题技巧, imperative lines ("Describe the setting briefly") coach.
		if (!h.asks && ADVICE_HEADING.test(h.clean)) h.inline = h.inline.filter((q) => q.form !== "list" || !COACHING_LINE.test(q.text));
		// Under References / 参考, an item that is only a link names a page to read, not a question.
		if (!h.asks && h.inline.length && BACK_MATTER.test(h.clean)) h.inline = h.inline.filter((q) => q.form !== "list" || !LINK_LINE.test(lineText(note.masked, note, q.line)));
		spent += 64;
		if (spent >= ctx.stepChars) {
			spent = 0;
			yield;
		}
	}
	detailsAnswersPastHeadings([...preamble, ...heads.flatMap((h) => h.inline)], heads, note);

	// Which headings hold questions (bottom-up), then each heading's role.
	for (let k = heads.length - 1; k >= 0; k--) {
		const h = heads[k];
		if ((h.inline.length && !h.asks) || h.children.some((c) => heads[c].asks || heads[c].holdsQuestions)) h.holdsQuestions = true;
	}
	for (let k = 0; k < heads.length; k++) {
		const h = heads[k];
		if (h.asks) h.role = h.bank && !h.inline.length && isPrompt(h, k) ? "prompt" : "question";
		else if (h.insideQuestion) h.role = "plain";
		else if (isLabelText(h.clean, opts.labels)) h.role = h.holdsQuestions && !isPartLabel(h.clean, opts.labels) ? "container" : "label";
		else if (!h.inline.length && isPrompt(h, k)) h.role = "prompt";
		else if (h.holdsQuestions) h.role = "container";
	}

	const out: ExtractedQuestion[] = [];
	// Container headings above each heading, outermost first: one array per parent, shared by its children.
	const pathBelow: string[][] = [];
	const containersAbove = (k: number): string[] => {
		const p = heads[k].parent;
		if (p < 0) return [];
		pathBelow[p] ??= heads[p].role === "container" ? [...containersAbove(p), heads[p].clean] : containersAbove(p);
		return pathBelow[p];
	};
	// The nearest earlier heading at the same level under the same parent that is not a question or prompt.
	const lastPlainAt: number[] = [];
	const siblingBefore: number[] = heads.map((h, k) => {
		lastPlainAt.length = Math.min(lastPlainAt.length, h.depth + 1);
		const j = lastPlainAt[h.depth] ?? -1;
		if (h.role !== "question" && h.role !== "prompt") lastPlainAt[h.depth] = k;
		return j;
	});
	const topicOf = (k: number, withSibling: boolean): string[] => {
		const above = containersAbove(k);
		const j = withSibling ? siblingBefore[k] : -1;
		// A question after a container sibling (a topic heading with no questions under it at this level) joins that topic.
		return j >= 0 && heads[j].role === "container" ? [...above, heads[j].clean] : above;
	};

	for (let k = 0; k < heads.length; k++) {
		const h = heads[k];
		if (h.role === "question" || h.role === "prompt") {
			let end = lastLineBefore(answerStop(k));
			if (h.inline.length) end = Math.min(end, h.inline[0].line - 1);
			out.push(build(h.role === "question" ? "heading" : "prompt", questionDisplay(h.clean), h.line, h.line + 1, end, topicOf(k, true), "answer"));
		}
		const topic = h.role === "container" ? [...topicOf(k, false), h.clean] : topicOf(k, false);
		const answerAt = answeredUnderNext(heads, k, opts.labels);
		if (answerAt >= 0) h.inline[0].end = lastLineBefore(answerAt);
		for (const q of h.inline) out.push(fromInline(q, topic));
		if (spent >= ctx.stepChars) {
			spent = 0;
			yield;
		}
	}
	for (const q of preamble) out.push(fromInline(q, []));
	out.sort((a, b) => a.line - b.line);
	// Whatever form a line was read in, the person's "not a question" tag on it has the last word.
	if (!note.masked.includes(NOT_TAG)) return out;
	return out.filter((q) => markerInText(lineText(note.masked, note, q.line)) !== "not");

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

	/** Whether the note has text (front matter aside) before block `b`. */
	function hasTextBefore(b: number): boolean {
		return b > 0 && blocks.slice(0, b).some((x) => x.type !== "yaml" && x.type !== "html");
	}

	function firstChild(k: number, test: (c: number) => boolean): number {
		// Descendants in document order.
		for (let d = k + 1; d < heads.length && heads[d].depth > heads[k].depth; d++) if (test(d)) return d;
		return -1;
	}

	function isPrompt(h: Head, k: number): boolean {
		if (!opts.promptHeadings || h.mark === "not" || h.chapter) return false;
		// A standard interview topic under a document's title, with no questions of its own below.
		if (h.depth > 1 && !h.holdsQuestions && !h.insideQuestion && isInterviewTopic(h.clean)) return true;
		if (h.clean.length < 2 || h.clean.length > 40 || /[。.!！]$/.test(h.clean) || looksLikeSection(h.raw) || NOTES_TO_SELF.test(h.clean) || LETTER_HEADING.test(h.clean) || STORY_PART.test(h.clean) || DOCUMENT_PART.test(h.clean) || PHRASE_BANK.test(h.clean)) return false;
		// The note's title over its questions is their topic (checked first: its text is the whole note).
		if (h.holdsQuestions && h.depth === 1) return false;
		// A level-1 heading over chapters, or the note's one heading at its top, is the document's title.
		if (h.depth === 1 && (h.children.length > 0 || (heads.length === 1 && !hasTextBefore(h.block) && !isInterviewTopic(h.clean)))) return false;
		// A notes title opening the note, over its other top-level sections (each an H1 too).
		if (h.depth === 1 && k === 0 && heads.length > 1 && !hasTextBefore(h.block) && NOTES_TITLE.test(h.clean)) return false;
		// Roles of later headings are not known yet; label children are read by their words.
		const stop = firstChild(k, (c) => heads[c].asks || !isLabelText(heads[c].clean, opts.labels));
		const end = lastLineBefore(stop >= 0 ? heads[stop].block : h.sectionEnd);
		const section = linesText(note.masked, note, h.line + 1, end);
		spent += section.length;
		const text = withoutCode(section);
		// A coding task ("Reverse a linked list", 实现一个 LRU) over the person's code is a prompt.
		if (!h.holdsQuestions && TASK_OR_CODE.test(h.clean) && text.length < section.length && /^\s*(?:`{3,}|~{3,})/m.test(section)) return true;
		// Nothing but links ("More about me", then links): pointers, not an answer.
		if (!/[\p{L}\p{N}]/u.test(text) || isOnlyLinks(text)) return false;
		// A heading over other questions needs real text of its own to be a prompt rather than their topic.
		if (h.holdsQuestions && !hasChars(text, 20)) return false;
		if (/[:：]$/.test(dropTrailing(h.raw, (c) => c === "*" || /\s/.test(c)))) return true;
		// A quote is the spoken answer, unless every quote asks (the interviewer's questions, quoted: their
		// "tell me" / 向我 is not the person speaking either).
		const quoted = /^\s*>/m.test(text);
		const asked = quoted && quotesAllAsk(text);
		if (quoted && !asked) return true;
		// Spoken in the first person early on ("在我看来", "I led…"); 自我 is not a person, nor is a link's address ("…/my-answers/").
		const opening = withoutAddresses((asked ? withoutQuotes(text) : text).slice(0, 300));
		if (/(?:^|[^自])我/.test(opening) || /\b(?:I|I'm|I've|I'd|my)\b/.test(opening)) return true;
		newlinesOnly ??= onlyNewlineEnds(note.masked);
		return answerParts(text, opts.labels, "answer", newlinesOnly).hasLabels;
	}

	function fromInline(q: InlineQuestion, topic: string[]): ExtractedQuestion {
		return build(q.form, questionDisplay(q.text), q.line, q.answerFrom ?? q.line + 1, q.end, topic, q.loose);
	}

	function build(form: QuestionForm, text: string, line: number, from: number, to: number, topic: string[], loose: "answer" | "hint"): ExtractedQuestion {
		// (Asked once per note: then no answer needs to be searched for other line ends.)
		newlinesOnly ??= onlyNewlineEnds(note.masked);
		let s = from;
		let e = Math.min(to, lastLine);
		while (s <= e && isBlankOrRuleLine(note.masked, note, s)) s++;
		while (e >= s && isBlankOrRuleLine(note.masked, note, e)) e--;
		const has = s <= e;
		// Slices of the note's text: no copies of the answer are made.
		const answerMarkdown = has ? linesText(note.text, note, s, e) : "";
		let answerText = has ? linesText(note.masked, note, s, e) : "";
		// Parts are slices of what is read; read the note's own text when no comment is in the way,
		// so the parts do not keep the masked copy alive.
		if (note.masked !== note.text && answerText === answerMarkdown) answerText = answerMarkdown;
		// Each question costs about as much as reading a few hundred characters, besides its answer.
		spent += answerText.length + 256;
		const readAnswer = (): AnswerRead => {
			const res = answerParts(answerText, opts.labels, loose, newlinesOnly);
			// Follow-up questions or the interviewer's rubric alone answer nothing; they are shown as the hint.
			// Coaching advice ("Keep it positive", 回答时要…) is a hint how to answer, not an answer either.
			const onlyPrompts = has && res.hasText && (isOnlyPromptsOrRubric(answerText) || isOnlyAdvice(answerText));
			if (onlyPrompts) res.parts = { hint: answerText.trim(), answer: "", context: "" };
			return { res, onlyPrompts };
		};
		const { res, onlyPrompts } = ctx.memo ? ctx.memo.answer(answerText, loose, readAnswer) : readAnswer();
		// The section keeps its text (a STAR scaffold too, to be filled in); answered needs an answer of its own,
		// with words in it (`...` or `——` left where the answer goes is none: there would be no lines to show).
		const hasText = has && res.hasText;
		return {
			text, form, line, endLine: has ? Math.max(line, e) : line,
			answerLines: hasText ? { start: s, end: e } : null,
			topic, answerMarkdown: hasText ? answerMarkdown : "", answered: hasText && res.answered && !onlyPrompts,
			parts: res.parts, star: res.star,
		};
	}
}
