// Whether the STAR check applies to a question and its answer. STAR fits behavioural questions
// ("Tell me about a time…", "举例…", "…的经历"), answers that already use STAR labels, and any answer the
// person asks to check; an empty or placeholder-only answer has nothing to check yet. Pure.
import type { LabelWords } from "../types";
import { findPartLabel, starLabelLines } from "./star-labels";
import { isOriginalCalloutHeader } from "./star-segments";
import { isPlaceholder, isUnplacedLine } from "./star-placeholders";

export type StarCheckScope =
	/** Check it. */
	| "check"
	/** Not a behavioural question and no STAR labels: the check would only mislead. */
	| "not-behavioural"
	/** The answer is empty, or only labels and placeholders: nothing written yet. */
	| "nothing-written";

const BEHAVIOURAL_EN =
	/\b(?:tell (?:me|us) about a time|describe a (?:time|situation|project|challenge|conflict)|give (?:me |us )?an example|share an example|walk (?:me|us) through a time|talk about a time|have you ever|a time when|a situation where)\b/i;
const BEHAVIOURAL_ZH = /举例|举个例子|举一个例子|例子说明|描述一次|讲一次|说一次|讲讲一次|分享一次|讲一个.{0,12}(?:例子|经历|故事)|的经历|经历过|遇到过.{0,30}[吗么？?]|有没有.{0,20}(?:经历|时候|例子)|一次.{0,20}(?:经历|时候)/;

/** The question asks for a story from the person's past (STAR applies). */
export function isBehaviouralQuestion(question: string): boolean {
	return BEHAVIOURAL_EN.test(question) || BEHAVIOURAL_ZH.test(question);
}

/** The answer's own words: without labels, placeholders, markup and the kept original. */
function writtenWords(answer: string, labels?: LabelWords): string {
	const lines = answer.replace(/\r\n/g, "\n").split("\n");
	const hits = starLabelLines(lines, labels);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (isOriginalCalloutHeader(lines[i])) {
			while (i + 1 < lines.length && /^[ \t]*>/.test(lines[i + 1])) i++;
			continue;
		}
		const part = findPartLabel(lines[i], labels);
		const text = hits[i]?.rest ?? part?.rest ?? lines[i];
		if (isPlaceholder(text) || isUnplacedLine(text)) continue;
		out.push(text);
	}
	return out.join("\n").replace(/[\s*_#>`~\-[\]|:：()（）.,，。]/g, "");
}

/** Whether to check this answer; `requested`: the person asked for the check (a command). */
export function starCheckScope(question: string, answer: string, opts: { labels?: LabelWords; requested?: boolean }): StarCheckScope {
	if (writtenWords(answer, opts.labels) === "") return "nothing-written";
	if (opts.requested) return "check";
	const labelled = starLabelLines(answer.split("\n"), opts.labels).some((hit) => hit !== null);
	return labelled || isBehaviouralQuestion(question) ? "check" : "not-behavioural";
}
