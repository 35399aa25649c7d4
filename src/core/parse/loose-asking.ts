// Looser readings of "does this ask?", for lines whose place already says they may be questions:
// items of a list of questions, a paragraph that holds nothing but a question. A line anywhere
// else still has to pass isAsking.
import { isAsking } from "./question-text";

/** Chinese imperative prompts (请解释…, 说说…, 描述一下…, 比较…), with a manner before the verb (请尽可能详细地解释…, 简要说明…). */
const ZH_PROMPT =
	/^(?:(?:请你?|试)(?:尽可能|尽量)?(?:详[尽细]|完整|简[单要]|具体|清楚)?[的地得]?|(?:尽可能|尽量)?(?:详[尽细]|完整|简[单要]|具体)[的地得]?)?(?:解释|说明|阐述|指出|描述|写(?:一个|出)|实现|设计|比较|对比|列举|谈谈|说说|讲讲|讲一下|讲下|说一下|介绍|分析|概述|举例|分享|形容|讨论|评价|回顾|聊聊)/;
/** Chinese interrogatives anywhere in a short line (如何…, …有哪些, …的区别, …的原理). */
const ZH_ASKS = /如何|怎么|怎样|为什么|为何|有哪些|哪些|什么|是否|有没有|多少|多久|吗[。？?]?$|呢[。？?]?$|的区别|区别是|有何不同|的原理|原理是|优缺点|好处|作用是/;
/** English prompts and interrogative openings (Tell me a time…, Give an example…, What is…). */
const EN_ASKS =
	/^(?:(?:please|so|and|now|ok),?\s+|(?:by|with|using|in|as|for|based on|from) [^,.;?!]{1,40},\s+)?(?:tell (?:me|us)\b|tell the story|(?:give|provide) (?:me |us )?(?:an?|one|two|three|some|\d+) (?:\w+ )?examples?|give (?:me |us )?an? example|describe\b|walk (?:me|us) through|take (?:me|us) through|teach (?:me|us)\b|name (?:a|an|one|two|three|some)\b|explain\b|discuss\b|(?:write|create|build|code) (?:(?:a|an|the|your own) )?(?:\w+ )?(?:function|program|class|(?:for |while )?loop|method|script|query|component|parser|regex|code)\b|implement\b|design (?:a|an)\b|make this work\b|share\b|talk (?:me |us )?(?:about|through)|compare\b|contrast\b|what\b|what's\b|how\b|why\b|when (?:did|do|have|was|were|would|is|are)\b|which\b|who\b|where\b|is\b|are\b|do\b|does\b|did\b|have you\b|has\b|can\b|could\b|should\b|would\b|will\b|if you\b)/i;

/** A behavioural prompt after a first sentence ("We all make mistakes. Tell me about a time when…"). */
const EN_LATER_PROMPT = /[.!;]\s+(?:tell (?:me|us) about a time|describe a time|give (?:me |us )?an? example of (?:a time|when))\b/i;

/** Sentences in a line (a few are fine for a question; a paragraph of prose is not). */
function sentences(t: string): number {
	const cut = t.replace(/\b(?:e\.g|i\.e|etc|vs|Mr|Ms|Dr)\./gi, "").replace(/\d\.\d/g, "");
	return (cut.match(/[.。!！;；](?=\s*\S)/g) ?? []).length + 1;
}

/** Does the line ask, read as an item of a list of questions? */
export function asksAsItem(clean: string): boolean {
	if (isAsking(clean)) return true;
	if (clean.length < 3 || clean.length > 240) return false;
	const body = clean.replace(/\s*[（(][^（()）]*[)）]\s*$/, "");
	// "突出倾听能力：说明你如何…" is a point of advice under its own label, not a question.
	if (/^[^：:?？]{1,16}[：:]\s*\S/.test(body)) return false;
	if (/[\p{Script=Han}]/u.test(body)) {
		// One sentence: "强调沟通。一个好的例子是你如何…" is advice, not a question.
		if (body.length > 100 || sentences(body) > 1) return false;
		if (ZH_PROMPT.test(body) || ZH_ASKS.test(body)) return true;
	}
	return (EN_ASKS.test(body) || EN_LATER_PROMPT.test(body)) && sentences(body) <= 3;
}

/**
 * A short noun phrase that can stand for a question when its siblings ask ("Most ambiguous work
 * and how you dealt with it", "优点缺点"): no sentence, no "term: definition", no link list.
 */
export function isPromptPhrase(clean: string): boolean {
	if (clean.length < 2 || clean.length > 90) return false;
	if (/[.。!！;；]\s*\S|[.。!！]$|[:：]|https?:|^\[|\]\(/.test(clean)) return false;
	return /[\p{L}]/u.test(clean);
}
