// Splits an answer's markdown into its labelled parts (hint, model answer, context) and finds
// which STAR parts it has. Works on the source text, so labels inside one paragraph
// (`**思考过程**：… **结合背景**：…`) split too.
import type { AnswerParts, LabelWords, StarKey } from "../types";
import { readLabels } from "./label-markers";
import { mayBePlaceholderLine, withoutPlaceholders } from "./placeholder";
import { isJsSpace } from "../js-space";

export interface PartsResult {
	parts: AnswerParts;
	star: Record<StarKey, boolean>;
	/** Some text besides labels, placeholders included (where the answer is, for editing it). */
	hasText: boolean;
	/**
	 * The note gives an answer of its own: a model answer, or text that is neither a hint nor
	 * background. Hints, background, empty labelled parts and placeholders alone are not.
	 */
	answered: boolean;
	/** At least one label was found. */
	hasLabels: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;

/** HTML tags and nothing else (`<br><br>` under a question, a `<hr/>`): nothing said. */
function onlyTags(s: string): boolean {
	return s.includes("<") && s.replace(HTML_TAG, "").trim() === "";
}

/**
 * Markdown of blockquote lines (the spoken answer) and of the other lines, apart. Each side is
 * its lines joined by "\n"; a side whose lines are all together is a slice of `text`, not a copy
 * (answers are kept for every question).
 */
function splitQuotes(text: string): { quoted: string; plain: string } {
	if (!text.includes(">")) return { quoted: "", plain: text.trim() };
	const quoted: [number, number][] = [];
	const plain: [number, number][] = [];
	for (let start = 0; start <= text.length; ) {
		let end = text.indexOf("\n", start);
		if (end < 0) end = text.length;
		let i = start;
		while (i < end && isJsSpace(text.charCodeAt(i))) i++;
		// (As `/^\s*>/` reads the line; a list item may hold the quote: `1. > …`, `- > …`.)
		i = afterBullet(text, i, end);
		const side = i < end && text.charCodeAt(i) === 0x3e ? quoted : plain;
		const last = side[side.length - 1];
		// A line right after the side's previous one extends its run.
		if (last && last[1] + 1 === start) last[1] = end;
		else side.push([start, end]);
		start = end + 1;
	}
	return { quoted: joinRuns(text, quoted), plain: joinRuns(text, plain) };
}

/** Past a list item's bullet (`-`, `*`, `+`, `1.`, `1)`) and the spaces after it at `i`, if one is there. */
function afterBullet(text: string, i: number, end: number): number {
	let j = i;
	const c = text.charCodeAt(j);
	if (c === 0x2d || c === 0x2a || c === 0x2b) j++;
	else {
		while (j < end && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
		if (j === i || (text.charCodeAt(j) !== 0x2e && text.charCodeAt(j) !== 0x29)) return i;
		j++;
	}
	if (j >= end || !isJsSpace(text.charCodeAt(j))) return i;
	while (j < end && isJsSpace(text.charCodeAt(j))) j++;
	return j;
}

function joinRuns(text: string, runs: [number, number][]): string {
	if (runs.length === 1) return text.slice(runs[0][0], runs[0][1]).trim();
	return runs.map(([s, e]) => text.slice(s, e)).join("\n").trim();
}

/** The text outside the labels, the gaps joined by spaces. */
function textBesides(markdown: string, markers: readonly { start: number; end: number }[]): string {
	let rest = "";
	let at = 0;
	for (const mk of markers) {
		rest += markdown.slice(at, mk.start) + " ";
		at = mk.end;
	}
	return rest + markdown.slice(at);
}

/** A quote with fewer characters than this (spaces and quote marks aside) may be a note on the text beside it. */
const SHORT_QUOTE = 100;

/** Characters of `text` other than white space and ">" (up to `max`). */
function visibleChars(text: string, max: number): number {
	let n = 0;
	for (let i = 0; i < text.length && n < max; i++) {
		const c = text.charCodeAt(i);
		if (c !== 0x3e && !isJsSpace(c)) n++;
	}
	return n;
}

/**
 * A short quote beside a written answer at least three times its length (no labels): in others' notes a
 * tag, a tip on how to answer or a word's meaning, not the spoken answer. The person's own spoken answers
 * are quotes as long as the notes around them, or longer.
 */
function quoteIsANote(quoted: string, plain: string): boolean {
	if (!quoted || plain.length < 3) return false;
	// (The text beside first, counted only as far as it matters: most quotes are read only a little way.)
	const most = Math.min(SHORT_QUOTE - 1, Math.floor(visibleChars(plain, 3 * SHORT_QUOTE) / 3));
	const q = visibleChars(quoted, most + 1);
	return q > 0 && q <= most;
}

/** Amazon's leadership principles, which behavioural notes tag their questions and stories with. */
const PRINCIPLE =
	"(?:customer obsession|ownership|invent and simplify|are right,? a lot|learn and be curious|hire and develop the best|insist on the highest standards|think big|bias for action|frugality|earn trust|dive deep|have backbone(?:[;,]? disagree and commit)?|disagree and commit|deliver results|strive to be earth's best employer|success and scale bring broad responsibility)";
const PRINCIPLE_TAG = new RegExp(`^${PRINCIPLE}(?:\\s*(?:[,，;；/&、]|and)\\s*${PRINCIPLE})*[.。]?$`, "i");

/** A quote that is only leadership principles' names ("> Learn and Be Curious, Earn trust"): a tag, not an answer. */
function isPrincipleTag(quoted: string): boolean {
	if (!quoted || quoted.length > 200) return false;
	return PRINCIPLE_TAG.test(quoted.replace(/^[ \t]*>[ \t>]*/gm, "").replace(/\s+/g, " ").trim());
}

/** Text that opens with a quotation mark: words written to be said aloud. */
const SPOKEN_QUOTE = /^[“"「『]/;

function join(a: string, b: string): string {
	if (!b) return a;
	return a ? a + "\n\n" + b : b;
}

/**
 * Parts of one answer. `loose` says where unlabelled text goes when nothing else claims that
 * part: list-item notes are hints, text under a heading is the answer. `newlinesOnly`: the caller
 * knows the text ends lines with "\n" alone (see labelMarkers).
 */
export function answerParts(markdown: string, labels: LabelWords, loose: "answer" | "hint", newlinesOnly = false): PartsResult {
	const parts: AnswerParts = { hint: "", answer: "", context: "" };
	const star: Record<StarKey, boolean> = { situation: false, task: false, action: false, result: false };
	if (!markdown.trim()) return { parts, star, hasText: false, answered: false, hasLabels: false };
	const { markers, placeholders } = readLabels(markdown, labels, false, newlinesOnly);
	// The label search tells whether any line may be a placeholder: the head's lines start the text's
	// lines, a body's only its first line may start inside one.

	let loosePlain = "";
	const head = markdown.slice(0, markers.length ? markers[0].start : markdown.length);
	const q = splitQuotes(placeholders ? withoutPlaceholders(head) : head);
	if (markers.length === 0 && loose === "answer" && (quoteIsANote(q.quoted, q.plain) || isPrincipleTag(q.quoted))) {
		parts.answer = q.plain;
		parts.hint = q.quoted;
	} else {
		parts.answer = join(parts.answer, q.quoted);
		loosePlain = q.plain;
	}

	for (let i = 0; i < markers.length; i++) {
		const mk = markers[i];
		// A placeholder ("（待补充：…）", TODO) is no part of the answer.
		const text = markdown.slice(mk.end, i + 1 < markers.length ? markers[i + 1].start : markdown.length).trim();
		const body = placeholders || mayBePlaceholderLine(text, 0) ? withoutPlaceholders(text) : text;
		switch (mk.kind) {
			case "answer":
				parts.answer = join(parts.answer, body);
				break;
			case "hint":
			case "context": {
				// A blockquote under a hint is still the spoken answer, and so is a hint that is one quoted
				// speech (the hub seed's 回答思路：“在陕西开放大学项目中…”).
				const split = splitQuotes(body);
				if (mk.kind === "hint" && SPOKEN_QUOTE.test(split.plain)) parts.answer = join(parts.answer, split.plain);
				else parts[mk.kind] = join(parts[mk.kind], split.plain);
				parts.answer = join(parts.answer, split.quoted);
				break;
			}
			case "situation":
			case "task":
			case "action":
			case "result":
				// An empty labelled part is not there.
				if (body !== "") star[mk.kind] = true;
				parts.answer = join(parts.answer, body);
				break;
			default: {
				// Other labels (总结, 注意事项): their quotes are still the spoken answer.
				parts.answer = join(parts.answer, splitQuotes(body).quoted);
			}
		}
	}

	if (loosePlain) {
		if (loose === "answer" && !parts.answer) parts.answer = loosePlain;
		else if (!parts.hint) parts.hint = loosePlain;
		else if (!parts.answer) parts.answer = loosePlain;
		else parts.hint = join(parts.hint, loosePlain);
	}
	// The text besides the labels: read a gap at a time (no copy of the answer is made unless needed).
	// (Rule lines, `---`, hold no letter or digit: no need to take them out first.)
	const words = (s: string): boolean => {
		const m = LETTER_OR_DIGIT.exec(s);
		// (A letter with no "<" before it is outside any tag: most text is told without reading it all.)
		return m !== null && (s.lastIndexOf("<", m.index) < 0 || !onlyTags(s));
	};
	let hasText = false;
	for (let i = 0, at = 0; i <= markers.length && !hasText; i++) {
		hasText = words(markdown.slice(at, i < markers.length ? markers[i].start : markdown.length));
		if (i < markers.length) at = markers[i].end;
	}
	const blank = (s: string): boolean => s.trim() === "";
	const answered = (!blank(parts.answer) && !onlyTags(parts.answer)) || (blank(parts.hint) && blank(parts.context) && hasText && words(withoutPlaceholders(textBesides(markdown, markers))));
	return { parts, star, hasText, answered, hasLabels: markers.some((m) => m.kind !== "other") };
}
