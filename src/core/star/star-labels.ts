// Finding STAR labels in answer lines ("**情境（Situation）**：", "**Situation:**", "S:", "### 行动",
// "- **结果**", "> [!info] Result") and writing them in the note's language.
import type { Lang, LabelWords, StarKey } from "../types";
import { STAR_KEYS } from "../types";

/** Always recognised, whatever the settings say (settings can only add words). */
const BUILT_IN: Record<StarKey, string[]> = {
	situation: ["情境", "情景", "Situation"],
	task: ["任务", "Task"],
	action: ["行动", "Action"],
	result: ["结果", "Result"],
};

export type PartKey = "hint" | "answer" | "context";
const PART_KEYS: readonly PartKey[] = ["hint", "answer", "context"];

const PART_BUILT_IN: Record<PartKey, string[]> = {
	hint: ["思路", "思考过程", "回答思路", "核心策略", "Hint", "Approach"],
	answer: ["示范回答", "回答建议", "参考回答", "Answer", "Sample answer", "Model answer"],
	context: ["结合背景", "Background"],
};

const LETTER: Record<StarKey, string> = { situation: "S", task: "T", action: "A", result: "R" };

const QUOTE_PREFIX = /^(?:[ \t]*>[ \t]?)+/;
const CALLOUT = /^\[!([^\]\s]+)\][+-]?[ \t]*(.*)$/;
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\][ \t]+)?(.*)$/;

export interface StarLabelHit {
	key: StarKey;
	/** The line's text after the label (the part's first words, may be ""). */
	rest: string;
	/** A bare letter label (S: T: A: R:). */
	letter: boolean;
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function labelRegex(words: string[]): RegExp {
	const alts = [...new Set(words)]
		.filter((w) => w.trim() !== "")
		.sort((a, b) => b.length - a.length)
		.map(escapeRe)
		.join("|");
	// bold? word (paren gloss)? colon? bold? colon?
	return new RegExp(
		`^(\\*\\*|__)?[ \\t]*(${alts})(?:[ \\t]*[（(][^）)\\n]{0,24}[）)])?[ \\t]*([:：])?[ \\t]*(\\*\\*|__)?[ \\t]*([:：])?`,
		"i",
	);
}

interface Matchers {
	star: Record<StarKey, RegExp>;
	part: Record<PartKey, RegExp>;
}

const matcherCache = new WeakMap<object, Matchers>();
const NO_LABELS = {};

function matchers(labels: LabelWords | undefined): Matchers {
	const cacheKey = labels ?? NO_LABELS;
	const cached = matcherCache.get(cacheKey);
	if (cached) return cached;
	const star = {} as Record<StarKey, RegExp>;
	for (const key of STAR_KEYS) star[key] = labelRegex([...BUILT_IN[key], ...(labels?.[key] ?? []), LETTER[key]]);
	const part = {} as Record<PartKey, RegExp>;
	for (const key of PART_KEYS) part[key] = labelRegex([...PART_BUILT_IN[key], ...(labels?.[key] ?? [])]);
	const out = { star, part };
	matcherCache.set(cacheKey, out);
	return out;
}

/** Strip quote, heading, list and callout syntax; say whether the line is structural (heading, item, callout title). */
function unwrapLine(line: string): { text: string; structural: boolean } {
	let text = line.replace(QUOTE_PREFIX, "");
	const callout = CALLOUT.exec(text);
	if (callout) return { text: callout[2], structural: true };
	const heading = HEADING.exec(text);
	if (heading) return { text: heading[1], structural: true };
	const item = LIST_ITEM.exec(text);
	if (item) return { text: item[1], structural: true };
	text = text.trim();
	return { text, structural: false };
}

interface LabelHit<K extends string> {
	key: K;
	rest: string;
	letter: boolean;
}

function matchLabel<K extends string>(
	line: string,
	res: Record<K, RegExp>,
	keys: readonly K[],
	letterOk: (key: K, word: string) => boolean,
): LabelHit<K> | null {
	const { text, structural } = unwrapLine(line);
	if (text === "") return null;
	for (const key of keys) {
		const m = res[key].exec(text);
		if (!m) continue;
		const [whole, open, word, colon1, close, colon2] = m;
		const colon = colon1 ?? colon2;
		if (Boolean(open) !== Boolean(close)) continue;
		if (word.length === 1 && (!letterOk(key, word) || !colon)) continue;
		const rest = text.slice(whole.length);
		const boldAlone = Boolean(open) && (rest === "" || /^[ \t—–-]/.test(rest));
		const aloneOnLine = rest.trim() === "" && (structural || Boolean(open));
		if (!colon && !boldAlone && !aloneOnLine) continue;
		return { key, rest: rest.replace(/^[ \t—–-]+/, "").trim(), letter: word.length === 1 };
	}
	return null;
}

/** The STAR label that starts this line, if any. */
export function findStarLabel(line: string, labels?: LabelWords): StarLabelHit | null {
	return matchLabel(line, matchers(labels).star, STAR_KEYS, (key, word) => word === LETTER[key]);
}

/**
 * The STAR label of each line. Bare letters count only when two different ones appear, so the
 * "A:" of a Q/A answer is not taken for an Action label.
 */
export function starLabelLines(lines: readonly string[], labels?: LabelWords): (StarLabelHit | null)[] {
	const hits = lines.map((line) => findStarLabel(line, labels));
	const letters = new Set(hits.flatMap((h) => (h?.letter ? [h.key] : [])));
	return letters.size >= 2 ? hits : hits.map((h) => (h?.letter ? null : h));
}

/** An answer-part label (思路, 示范回答, 结合背景 …) that starts this line, if any. */
export function findPartLabel(line: string, labels?: LabelWords): LabelHit<PartKey> | null {
	return matchLabel(line, matchers(labels).part, PART_KEYS, () => false);
}

/** The label to write for a part: `**情境（Situation）**：` or `**Situation:** `. */
export function starLabel(lang: Lang, key: StarKey, labels?: LabelWords): string {
	const words = [...(labels?.[key] ?? []), ...BUILT_IN[key]];
	const zh = words.find((w) => /[\u4e00-\u9fff]/.test(w)) ?? BUILT_IN[key][0];
	const en = words.find((w) => /^[A-Za-z][A-Za-z ]*$/.test(w) && w.length > 1) ?? LETTER[key];
	return lang === "zh" ? `**${zh}（${en}）**：` : `**${en}:** `;
}
