// The STAR check of one answer: which parts are there, whether the result is concrete, how much
// is action, 我 against 我们 (I against we), and how long it takes to say. Pure.
import type { Lang, LabelWords, StarKey } from "../types";
import { STAR_KEYS } from "../types";
import { detectLang } from "../lang";
import { hasNumber, hasOutcome } from "./star-cues";
import { findPartLabel, starLabelLines } from "./star-labels";
import { isOriginalCalloutHeader, splitAnswer } from "./star-segments";
import { FOOTNOTE_DEF, footnoteEnd } from "./star-markers";
import { isPlaceholder, isUnplacedLine } from "./star-placeholders";

export interface StarCheckOptions {
	lang?: Lang;
	labels: LabelWords;
	charsPerMinuteZh: number;
	wordsPerMinuteEn: number;
}

export interface StarReport {
	lang: Lang;
	/** The answer has at least one STAR label (heading, bold label, list item, callout). */
	labelled: boolean;
	/** Labelled parts with text of their own (a scaffold placeholder does not count). */
	present: Record<StarKey, boolean>;
	/** Parts that cue words find in the text, labelled or not (for loose answers). */
	inferred: Record<StarKey, boolean>;
	resultHasNumber: boolean;
	/** The result names a number or a visible outcome (提前、满意、上线, reduced, shipped …). */
	resultConcrete: boolean;
	/** Share of the answer's characters that are action, 0 to 1. */
	actionShare: number;
	pronouns: { wo: number; women: number; i: number; we: number };
	speakingSeconds: number;
	/** All four parts are present. */
	complete: boolean;
}

const none = (): Record<StarKey, boolean> => ({ situation: false, task: false, action: false, result: false });

/** The answer without the kept original-answer callout and without footnote definitions. */
function withoutOriginal(markdown: string): string {
	const lines = markdown.split(/\r?\n/);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (isOriginalCalloutHeader(lines[i])) {
			while (i + 1 < lines.length && /^[ \t]*>/.test(lines[i + 1])) i++;
			continue;
		}
		if (FOOTNOTE_DEF.test(lines[i].replace(/^(?:[ \t]*>[ \t]?)+/, ""))) {
			i = footnoteEnd(lines, i) - 1;
			continue;
		}
		out.push(lines[i]);
	}
	return out.join("\n");
}

/** Text under each STAR label, up to the next label, heading or answer-part label. */
export function labelledParts(markdown: string, labels: LabelWords): { parts: Record<StarKey, string>; found: boolean } {
	const parts: Record<StarKey, string> = { situation: "", task: "", action: "", result: "" };
	let current: StarKey | null = null;
	let found = false;
	const lines = markdown.split("\n");
	const hits = starLabelLines(lines, labels);
	for (const [k, line] of lines.entries()) {
		const hit = hits[k];
		if (hit) {
			current = hit.key;
			found = true;
			parts[current] += `${hit.rest}\n`;
			continue;
		}
		if (/^[ \t]{0,3}#{1,6}\s/.test(line) || findPartLabel(line, labels) || isUnplacedLine(line)) {
			current = null;
			continue;
		}
		if (current) parts[current] += `${line.replace(/^(?:[ \t]*>[ \t]?)+/, "")}\n`;
	}
	for (const key of STAR_KEYS) {
		if (isPlaceholder(parts[key])) parts[key] = "";
	}
	return { parts, found };
}

/** Characters that count for length: no spaces, no markdown punctuation. */
function weight(text: string): number {
	return text.replace(/[\s*_#>`~[\]|-]/g, "").length;
}

/** Spoken text only: markup, links' brackets and label words gone. */
function spokenText(markdown: string, labels: LabelWords): string {
	const lines = markdown.split("\n");
	const hits = starLabelLines(lines, labels);
	return lines
		.map((line, k) => {
			const hit = hits[k];
			if (hit) return hit.rest;
			if (findPartLabel(line, labels)?.rest === "") return "";
			return line;
		})
		.filter((line) => !isPlaceholder(line))
		.join("\n")
		.replace(/```[\s\S]*?```/g, " ")
		.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
		.replace(/[*_#>`~[\]|]/g, " ");
}

function countPronouns(text: string): StarReport["pronouns"] {
	const count = (re: RegExp): number => (text.match(re) ?? []).length;
	return {
		wo: count(/我(?!们)/g),
		women: count(/我们/g),
		i: count(/\bI\b/g),
		we: count(/\b[Ww]e\b/g),
	};
}

function speakingSeconds(text: string, opts: StarCheckOptions): number {
	const han = (text.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
	const words = (text.match(/[A-Za-z0-9]+(?:['’.][A-Za-z0-9]+)*/g) ?? []).length;
	const zh = opts.charsPerMinuteZh > 0 ? (han / opts.charsPerMinuteZh) * 60 : 0;
	const en = opts.wordsPerMinuteEn > 0 ? (words / opts.wordsPerMinuteEn) * 60 : 0;
	return Math.round(zh + en);
}

export function checkStar(answerMarkdown: string, opts: StarCheckOptions): StarReport {
	const body = withoutOriginal(answerMarkdown);
	const lang = opts.lang ?? detectLang(body);
	const { parts, found } = labelledParts(body, opts.labels);
	const pieces = splitAnswer(body, opts.labels);

	const inferred = none();
	for (const p of pieces) if (p.cued && p.part !== "unplaced") inferred[p.part] = true;

	const present = none();
	let resultText: string;
	let actionShare: number;
	if (found) {
		for (const key of STAR_KEYS) present[key] = parts[key].trim() !== "";
		resultText = parts.result;
		const total = STAR_KEYS.reduce((sum, key) => sum + weight(parts[key]), 0);
		actionShare = total > 0 ? weight(parts.action) / total : 0;
	} else {
		resultText = pieces
			.filter((p) => p.part === "result" && p.cued)
			.map((p) => p.text)
			.join("\n");
		const total = pieces.reduce((sum, p) => sum + weight(p.text), 0);
		const action = pieces.filter((p) => p.part === "action").reduce((sum, p) => sum + weight(p.text), 0);
		actionShare = total > 0 ? action / total : 0;
	}
	const resultHasNumber = hasNumber(resultText);
	const spoken = spokenText(body, opts.labels);
	return {
		lang,
		labelled: found,
		present,
		inferred,
		resultHasNumber,
		resultConcrete: resultHasNumber || hasOutcome(resultText),
		actionShare,
		pronouns: countPronouns(spoken),
		speakingSeconds: speakingSeconds(spoken, opts),
		complete: STAR_KEYS.every((key) => present[key]),
	};
}
