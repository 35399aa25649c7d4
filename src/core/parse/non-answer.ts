// Text under a question that is not an answer to it: follow-up questions, the interviewer's rubric
// ("Evaluation criteria", 评估要点), the question again in another language. A question whose body
// is only that is still a gap to prepare.
import { cleanText, isAsking } from "./question-text";
import { dropTrailing, withoutEndNote } from "./line-end";
import { isJsSpace } from "../js-space";
import { isOpeningMark } from "./placeholder";

/** Labels that open follow-up questions (`*Follow-up prompts:*`, `追问：`). */
const FOLLOW_UP_LABEL = /^(?:possible\s+|likely\s+|common\s+)?follow[- ]?ups?(?:\s+(?:prompts?|questions?))?|^(?:可能的|常见)?追问(?:问题)?|^延伸问题|^深挖问题/i;

/** Labels of what the interviewer looks for: a rubric, not the person's answer. */
const RUBRIC_LABEL =
	/^(?:evaluation\s+criteria|assessment\s+criteria|scoring(?:\s+(?:guide|rubric|criteria))?|rubric|what\s+(?:the\s+)?interviewers?\s+(?:are\s+)?(?:looks?|looking)\s+for|what\s+(?:they(?:'re| are)|we(?:'re| are))\s+looking\s+for|red\s+flags|green\s+flags|signals?|评估要点|评估标准|评分标准|考察点|考察要点|考查点|考查要点|考核点|面试官(?:想)?(?:考察|关注|看)(?:的是|什么|点)?)\s*[:：]?$/i;

/** The same question in the other language (`- English: …`, `中文：…`). */
const TRANSLATION = /^(?:english|chinese|en|zh|cn|英文|中文)\s*[:：]/i;

const LIST_MARK = /^\s*(?:[-*+]|\d+[.)、])\s+(?:\[[ xX]\]\s+)?/;
const BLANK_OR_RULE = /^\s*(?:(?:[-*_]\s*){3,})?$/;

/** Label text of a line, or "" (`**Evaluation Criteria:**`, `*Follow-up prompts:*`, `#### 追问`). */
function labelOf(line: string): string {
	const t = line
		.replace(/^\s*(?:>\s*)*(?:#{1,6}\s+)?/, "")
		.replace(/[*_]/g, "")
		.trim()
		// "(Follow-ups: …)" is read without its brackets; "Scoring (1-5)" without its note.
		.replace(/^[（(]([\s\S]*)[)）]$/, "$1")
		.trim();
	return withoutEndNote(t, true).trim();
}

/**
 * True when every line of an answer body is a follow-up question, a rubric item or label, or a
 * translation of the question: nothing the person wrote as an answer. Reads each line once.
 * `quick` (false only in tests) first tells a line that can only be an answer by its characters.
 */
export function isOnlyPromptsOrRubric(body: string, quick = true): boolean {
	let inRubric = false;
	let any = false;
	let leading = true;
	for (let start = 0; start <= body.length; ) {
		let end = body.indexOf("\n", start);
		if (end < 0) end = body.length;
		const line = body.slice(start, end);
		start = end + 1;
		if (BLANK_OR_RULE.test(line)) continue;
		any = true;
		if (quick && !inRubric && !mayBePrompt(line)) return false;
		const label = labelOf(line);
		const bare = label.replace(/[:：]\s*$/, "");
		if (RUBRIC_LABEL.test(label)) {
			leading = false;
			inRubric = true;
			continue;
		}
		const followUp = FOLLOW_UP_LABEL.exec(bare);
		if (followUp) {
			inRubric = false;
			// "(Follow-ups: How…? Why…?)" on one line: the rest must ask too.
			const rest = bare.slice(followUp[0].length).replace(/^\s*[:：]\s*/, "").trim();
			if (!rest || isAsking(cleanText(rest))) continue;
			return false;
		}
		const isItem = LIST_MARK.test(line);
		if (inRubric && isItem) continue;
		inRubric = false;
		const item = line.replace(LIST_MARK, "");
		// The question again in the other language comes first; "中文：…" after a label is an answer.
		if (leading && TRANSLATION.test(labelOf(item))) continue;
		leading = false;
		const text = cleanText(item);
		if (isFollowUp(text)) continue;
		return false;
	}
	return any;
}

/**
 * Words as labelOf reads them, without emphasis marks: found in the line as written, marks allowed
 * between their letters (no copy of the line made without them).
 */
function wordsIn(words: readonly string[], also = ""): RegExp {
	const loose = words.map((w) => [...w].join("[*_]*"));
	return new RegExp((also ? [also, ...loose] : loose).join("|"), "i");
}

/** A question mark, or a word of a label above. */
const ASKS_OR_PROMPT_WORD = wordsIn(["follow", "追问", "延伸问题", "深挖问题", "criteria", "scoring", "rubric", "interviewer", "looking", "flags", "signal", "评估", "评分", "考察", "考查", "考核", "面试官"], "[?？]");
const LANGUAGE_WORD = wordsIn(["en", "zh", "cn", "英文", "中文"]);

/**
 * False when the line can be nothing but an answer: it asks nothing (no question mark) and holds no
 * label word (a translation's label needs a colon). Most answers are told by their first line.
 */
function mayBePrompt(line: string): boolean {
	return ASKS_OR_PROMPT_WORD.test(line) || ((line.includes(":") || line.includes("：")) && LANGUAGE_WORD.test(line));
}

/** One question and nothing else: it ends with a question mark and no sentence ends before it. */
function isFollowUp(text: string): boolean {
	const t = dropTrailing(text, (c) => /["”’」』)）*_\s]/.test(c));
	if (!/[?？]$/.test(t) || !isAsking(text)) return false;
	return !/[.。!！;；](?=\s*["“'‘]?[\p{L}\p{N}])/u.test(t.replace(/\b(?:e\.g|i\.e|etc|vs)\./gi, "").replace(/\d\.\d/g, ""));
}

/** Openings of a line of coaching advice: how to answer, not the answer itself. */
const ADVICE =
	/^(?:(?:tips?|advice|hint|note)\s*[:：]\s*)?(?:keep\b|focus\b|don'?t\b|do not\b|avoid\b|be (?:honest|positive|specific|concise|brief|ready|careful|prepared)|mention\b|show\b|emphasi[sz]e\b|highlight\b|make sure\b|try to\b|remember\b|never\b|always\b|stay\b|prepare\b|practi[cs]e\b|pick\b|choose\b|start with\b|end with\b|aim\b|limit\b|stick to\b|frame\b|think about\b|the interviewer (?:wants|is looking)|they want\b|interviewers want\b)|^(?:提示|建议|注意|技巧|小贴士)?\s*[:：]?\s*(?:建议|不要|别|要(?!是)|注意|重点|避免|突出|强调|回答时|回答要|在回答(?:时|的时候)|记得|切忌|可以从|尽量|一定要|务必|最好|控制在|展示|体现|表现出|围绕|结合|面试官(?:想|希望|会|主要))/i;
/** Every character ADVICE can open with (keep in step with it): its English and Chinese words, a colon. */
const ADVICE_OPENS: ReadonlySet<number> = new Set(
	[..."abcdefhiklmnprstABCDEFHIKLMNPRST:：提建注技小不别要重避突强回在记切可尽一务最控展体表围结面"].map((c) => c.charCodeAt(0)),
);

/**
 * True when a line can be no advice, told by its first character after the marks adviceItem takes off
 * (a task box's "[" is left to the full reading, and so is a line of marks alone).
 */
function cannotBeAdvice(line: string): boolean {
	let i = 0;
	while (i < line.length && isOpeningMark(line.charCodeAt(i))) i++;
	if (i === line.length) return false;
	const c = line.charCodeAt(i);
	return c !== 0x5b && !ADVICE_OPENS.has(c);
}

/** The person speaking: then it is their answer, however it opens. */
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|my|me)\b|(?:^|[^自])我/;

/**
 * A line without its quote marks, list mark and emphasis marks. Each pattern runs only on a line that
 * starts (or, for the marks, holds) what it removes: most lines are prose.
 */
export function adviceItem(line: string): string {
	let item = line;
	const c0 = item.charCodeAt(0);
	if (c0 === 0x3e || isJsSpace(c0)) item = item.replace(/^\s*(?:>\s*)*/, "");
	// (No white space or ">" opens it now: a list mark is a bullet or a digit.)
	const c1 = item.charCodeAt(0);
	if (c1 === 0x2d || c1 === 0x2a || c1 === 0x2b || (c1 >= 0x30 && c1 <= 0x39)) item = item.replace(LIST_MARK, "");
	if (item.includes("*") || item.includes("_")) item = item.replace(/[*_]/g, "");
	return item.trim();
}

/**
 * True when every line of a body is coaching advice ("Keep it positive. Don't blame your manager.",
 * "回答时要积极正面"): a hint how to answer, not the person's answer. `quick` (false only in tests)
 * first tells a line that can be no advice by its opening.
 */
export function isOnlyAdvice(body: string, quick = true): boolean {
	let any = false;
	// Line by line without splitting: most bodies are answered by their first line.
	for (let start = 0; start <= body.length; ) {
		let end = body.indexOf("\n", start);
		if (end < 0) end = body.length;
		const line = body.slice(start, end);
		start = end + 1;
		if (quick && cannotBeAdvice(line)) return false;
		const item = adviceItem(line);
		if (!item || BLANK_OR_RULE.test(item)) continue;
		if (!ADVICE.test(item) || FIRST_PERSON.test(item)) return false;
		any = true;
	}
	return any;
}
