// Does a line of text ask something? Is it a label? Turns a raw line into clean question text.
import type { LabelWords } from "../types";
import { stripMarkup, stripNumbering } from "../normalize";
import { withoutMarkers } from "./question-markers";
import { isJsSpace } from "../js-space";

const QMARK = /[?？]/;
/** A line telling the reader not to ask something. */
const DONT_ASK = /^(?:不要|别|切勿|切忌|避免|千万不要|千万别)再?(?:问|提问)|^(?:don'?t|do not|never|avoid) ask/i;

/** "不要问面试表现：你觉得我表现怎么样？", "Don't ask: …": names a question not to ask, asks nothing. */
export function isNotToAsk(clean: string): boolean {
	return DONT_ASK.test(clean);
}

// Openings that ask even without a question mark.
const ZH_ASKING = /^(?:请你?|你能|能否|可否)?(?:为什么|为何|是否|谈谈|谈一谈|说说|说一说|讲讲|讲一讲|简述|简要介绍|介绍一下|请介绍|描述一下|举例说明|举一个|举个例子|(?:讲|说|分享|描述|介绍)(?:一个|一次|一下你|你)|请(?:你)?(?:尽可能|尽量)?(?:详[尽细]|完整|简[单要]|具体|清楚)?[的地得]?(?:提供(?:一个|一次|几个)?(?:例子|实例|案例)|讲|说|谈|分享|描述|介绍|做(?:一下|一个|个)?自我介绍|形容|讨论|解释|说明|阐述|比较|列举|举例|评价|回顾|分析))/;
const ZH_HOW_YOU = /^(?:如何|怎么|怎样).*[你您]|^[你您].*(?:如何|怎么|怎样|为什么|哪些|什么|吗|呢)/;
const ZH_TELL = /^(?:简单|简要)?(?:地)?(?:讲|说|谈|介绍|描述|解释|阐述|概述)(?:一下|一讲|一谈|下)/;
const EN_PROMPT =
	/^(?:tell (?:me|us) about|describe\b|walk (?:me|us) through|explain\b|(?:please,? )?(?:give|provide) (?:me |us )?(?:an?|one|two|three|some|\d+) (?:\w+ )?examples?\b|share (?:a|an|one)\b|talk (?:me |us )?about|why\b|have you ever|can you|could you|would you|what would you|how would you|how do you|how did you|what do you|what are your|what is your|what's your|name a time|introduce yourself)/i;

/** Interrogative openings of an English question written without its "?" (read only beside a Chinese gloss). */
const EN_OPENING = /^(?:what|what's|how|why|where|which|who|whom|whose|when|is|are|do|does|did|have|has|can|could|would|will|should|tell (?:me|us)|describe|walk (?:me|us) through|(?:give|provide) (?:me |us )?an? example)\b/i;
const TRAILING_NOTE = /\s*[（(]([^（()）]*)[)）]\s*$/;
const HAN = /\p{Script=Han}/u;

/**
 * Whether `t` ends (before white space) with `a` or `b`: the patterns that end a line with a note
 * in brackets or a colon run only then (unanchored at the start, they would try every character).
 */
function endsWith2(t: string, a: number, b: number): boolean {
	let e = t.length - 1;
	while (e >= 0 && isJsSpace(t.charCodeAt(e))) e--;
	const c = t.charCodeAt(e);
	return c === a || c === b;
}
const CLOSE = 0x29;
const FULL_CLOSE = 0xff09;
const COLON = 0x3a;
const FULL_COLON = 0xff1a;
/** Without a trailing note in brackets (`…（…）`). */
function withoutNote(t: string): string {
	return endsWith2(t, CLOSE, FULL_CLOSE) ? t.replace(/\s*[（(][^（()）]*[)）]\s*$/, "") : t;
}

/** "Where do you see yourself in five years （五年后的你）": an English question, its Chinese gloss after it. */
function glossedEnglish(clean: string): string | null {
	const m = endsWith2(clean, CLOSE, FULL_CLOSE) ? TRAILING_NOTE.exec(clean) : null;
	if (!m || !HAN.test(m[1])) return null;
	const body = clean.slice(0, m.index).trim();
	return body && !HAN.test(body) && /[A-Za-z]/.test(body) ? body : null;
}

const LANG_FIRST = /^[中英EeCc]/;

/** Clean display text of inline nodes' text (their HTML is gone): markup and numbering gone, whitespace squeezed, trailing colon gone. */
export function cleanText(raw: string): string {
	let t = stripNumbering(stripMarkup(withoutMarkers(raw), false));
	// Trimmed already: only a ">" or a language label can open it (the patterns run only then).
	if (t.charCodeAt(0) === 0x3e) t = t.replace(/^[>\s]+/, "");
	if (LANG_FIRST.test(t)) t = t.replace(/^(?:中文|英文|English|Chinese)\s*[:：]\s*/i, "");
	t = t.trim();
	// A heading's attributes (`{#id .class}`, Pandoc's and Hexo's) are no part of its words.
	if (t.charCodeAt(t.length - 1) === 0x7d) t = t.replace(/\s*\{\s*#[A-Za-z][\w:.-]*(?:\s+(?:[.#][\w:-]+|[\w-]+=\S+))*\s*\}$/, "").trim();
	if (endsWith2(t, COLON, FULL_COLON)) t = t.replace(/\s*[:：]\s*$/, "").trim();
	return t;
}

/** Display text of a question: a trailing note after the question mark goes ("…岗位？（可能被问到的补充回答）"). */
export function questionDisplay(clean: string): string {
	// (Both patterns below need a closing bracket at the end: most questions have none.)
	if (!endsWith2(clean, CLOSE, FULL_CLOSE)) return clean.trim();
	const m = /^(.*[?？])\s*[（(][^（()）]*[)）]$/.exec(clean);
	return (m ? m[1] : glossedEnglish(clean) ?? clean).trim();
}

/** A prompt written in quotes (`"Tell me about yourself"`): its words are read without the opening mark. */
const OPENING_QUOTE = /^["“'‘「『]\s*/;

export function isAsking(text: string): boolean {
	const clean = OPENING_QUOTE.test(text) ? text.replace(OPENING_QUOTE, "") : text;
	if (!clean || clean.length < 3) return false;
	if (clean.length > 300) return false;
	if (isNotToAsk(clean)) return false;
	// A conditional expression (`a ? b : c`) asks nothing.
	const noted = withoutNote(clean);
	const body = noted.includes("?") && noted.includes(":") ? noted.replace(/[\w)\]'"]\s*\?\s*[^\s:?]+\s*:\s*[\w('"[]\S*/g, "") : noted;
	if (QMARK.test(body.slice(-2)) || /[?？]/.test(body.slice(0, 160))) {
		// A question mark somewhere early counts, unless the line is mostly prose around it.
		if (QMARK.test(body.slice(-3))) return true;
		const firstQ = body.search(QMARK);
		if (firstQ >= 0 && firstQ < 120 && body.length - firstQ < 80) return true;
	}
	if (ZH_ASKING.test(body) || ZH_TELL.test(body)) return body.length <= 80;
	if (ZH_HOW_YOU.test(body) && /[吗呢]$|^[你您如怎]/.test(body)) return body.length <= 60 && !/[。；]/.test(body);
	if (EN_PROMPT.test(body)) return body.length <= 200 && !/[.;]\s+\S/.test(body);
	// The gloss says the English before it is a question the person prepared, even without its "?".
	const glossed = glossedEnglish(clean);
	if (glossed && EN_OPENING.test(glossed)) return glossed.length <= 120 && !/[.;!]\s*\S|[.!]$/.test(glossed);
	return false;
}

/** Words that head a part of an answer or a section of advice, never a question. */
const OTHER_LABELS = [
	"总结", "小结", "注意事项", "注意", "适用问题", "相关问题", "常见问题", "追问", "延伸", "扩展", "参考", "参考资料",
	"参考链接", "面试题", "面试官心理分析", "面试题剖析", "解析", "分析", "说明", "备注", "例子", "示例", "举例",
	"目录", "问题", "题目", "Question", "Questions", "Follow-up", "Follow-ups", "Follow-up questions", "Summary",
	"References", "Reference", "Notes", "Note", "Example", "Examples", "Table of contents", "Contents", "TOC",
	"Ans", "Explanation", "Breakdown", "Tips", "Resources", "Links", "Related", "See also",
	// A template to fill in: its STAR headings are no answer until they hold one.
	"回答模板", "答题模板", "Answer template", "STAR template", "STAR answer template", "STAR method answer template",
];

export function allLabelWords(labels: LabelWords): string[] {
	return [
		...labels.hint, ...labels.answer, ...labels.context,
		...labels.situation, ...labels.task, ...labels.action, ...labels.result,
		...OTHER_LABELS,
	];
}

/** The first character that is not white space (as `\s` counts it), or "". */
function firstVisible(t: string): string {
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (!isJsSpace(c)) return t[i];
	}
	return "";
}

/** First characters of text that may be a label besides the label words: a step (第一步, Step 1), a note or colon alone. */
const CAN_START_LABEL = /[第sS(（:：]/;

const lowered = new WeakMap<LabelWords, Map<string, string[]>>();

/** The labels last asked about, and their words by first character (asked for nearly every line). */
let lastLabels: LabelWords | null = null;
let lastByFirst = new Map<string, string[]>();

/** The label words in lower case, by their first character (a line is compared only with those it starts like). */
function lowerLabels(labels: LabelWords): Map<string, string[]> {
	if (labels === lastLabels) return lastByFirst;
	let byFirst = lowered.get(labels);
	if (!byFirst) {
		byFirst = new Map();
		for (const w of allLabelWords(labels)) {
			const lw = w.toLowerCase();
			const list = byFirst.get(lw[0]) ?? [];
			list.push(lw);
			byFirst.set(lw[0], list);
		}
		lowered.set(labels, byFirst);
	}
	lastLabels = labels;
	lastByFirst = byFirst;
	return byFirst;
}

/** Whether text starting with `first` (one UTF-16 unit) may be a label: each unit's answer once per labels (asked for nearly every line). */
const startsLabel = new Uint8Array(0x10000);
let startsLabelFor: LabelWords | null = null;
function mayStartLabel(first: string, labels: LabelWords): boolean {
	if (startsLabelFor !== labels) {
		startsLabel.fill(0);
		startsLabelFor = labels;
	}
	const c = first.charCodeAt(0);
	if (startsLabel[c] === 0) startsLabel[c] = CAN_START_LABEL.test(first) || lowerLabels(labels).has(first.toLowerCase()[0]) ? 2 : 1;
	return startsLabel[c] === 2;
}

/**
 * A label on its own (`**思路**`, `示范回答：`, `Answer: B`, `第一步：明确核心问题`, `Situation（情境）`).
 * `quick` (false only in tests) first tells most text by its first character.
 */
export function isLabelText(clean: string, labels: LabelWords, quick = true): boolean {
	// Most lines start like no label word, no step and no note or colon alone: the text read below starts with this character.
	if (quick) {
		const first = firstVisible(clean);
		if (first !== "" && !mayStartLabel(first, labels)) return false;
	}
	const t = withoutNote(clean).replace(/[:：]\s*$/, "").trim().toLowerCase();
	if (!t) return true;
	if (/^(?:第[一二三四五六七八九十0-9]+步|step\s*\d+)/i.test(t)) return true;
	for (const lw of lowerLabels(labels).get(t[0]) ?? []) {
		if (t === lw) return true;
		// "Answer: B", "答案：A", "注意事项（必看）"
		if (t.startsWith(lw) && /^[\s:：]/.test(t.slice(lw.length)) && t.length - lw.length <= 12) return true;
	}
	return false;
}

/** A label of an answer part (思路, Answer: B, Situation), as opposed to a section word like 常见问题. */
export function isPartLabel(clean: string, labels: LabelWords): boolean {
	// (Most headings start like no label word: told by the first character, as isLabelText does.)
	const first = firstVisible(clean);
	if (first !== "" && !mayStartLabel(first, labels)) return false;
	const t = clean.replace(/\s*[（(][^（()）]*[)）]\s*$/, "").replace(/[:：]\s*$/, "").trim().toLowerCase();
	return partWords(labels).some((lw) => t === lw || (t.startsWith(lw) && /^[\s:：]/.test(t.slice(lw.length)) && t.length - lw.length <= 12));
}

const partWordsOf = new WeakMap<LabelWords, string[]>();

/** The words of answer-part labels, in lower case (asked for each heading after a question). */
function partWords(labels: LabelWords): string[] {
	let words = partWordsOf.get(labels);
	if (!words) {
		words = [...labels.hint, ...labels.answer, ...labels.context, ...labels.situation, ...labels.task, ...labels.action, ...labels.result, "ans", "explanation"].map((w) => w.toLowerCase());
		partWordsOf.set(labels, words);
	}
	return words;
}

/** A heading that groups questions: numbered like a chapter, or named like a list of questions. */
export function looksLikeSection(rawHeading: string): boolean {
	const t = stripMarkup(rawHeading);
	return /^[一二三四五六七八九十百]+\s*[、.．]/.test(t) || /^[0-9]+[.．][0-9]+/.test(t) || /^第[一二三四五六七八九十0-9]+[章节部分]/.test(t);
}

/** "问题？——答案" on one line: the question, when an answer follows it after a dash. */
export function dashedQuestion(clean: string): string | null {
	const m = /[?？]\s*(?:——|—|–|--|->|→)\s*\S/.exec(clean);
	if (!m) return null;
	const q = clean.slice(0, m.index + 1).trim();
	return isAsking(q) ? q : null;
}
