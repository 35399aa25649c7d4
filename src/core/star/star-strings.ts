// The STAR feature's text, Chinese and English, kept apart so the i18n owner can merge it into
// the one table. Placeholders and the original-answer title end up in notes; the rest is UI.
import { fillTemplate } from "../fill-template";
import type { Lang, StarKey } from "../types";

export const STAR_STRINGS = {
	zh: {
		"star.cmd.convert": "将回答转换为 STAR 模板",
		"star.cmd.insert": "插入 STAR 模板",
		"star.cmd.check": "检查 STAR 回答",
		"star.cmd.restore": "恢复原回答（撤销 STAR 转换）",
		"star.notice.alreadyStar": "这个回答已经是 STAR 结构，没有改动。",
		"star.notice.emptyInserted": "这个问题还没有回答：已插入空白 STAR 模板。",
		"star.notice.nothingToCheck": "光标处没有问题或回答可检查。",
		"star.notice.nothingWritten": "这个回答还没有写内容：先写下你的经历再检查。",
		"star.original": "原回答",
		"star.unplaced": "未归类",
		"star.placeholder.situation": "（待补充：什么时候、在哪里、当时是什么情况）",
		"star.placeholder.task": "（待补充：你要完成什么，难点在哪里）",
		"star.placeholder.action": "（待补充：你具体做了什么）",
		"star.placeholder.result": "（待补充：结果如何，最好有数字）",
		"star.part.situation": "情境",
		"star.part.task": "任务",
		"star.part.action": "行动",
		"star.part.result": "结果",
		"star.check.title": "STAR 检查",
		"star.check.parts": "已有部分：{parts}",
		"star.check.missing": "缺少：{parts}",
		"star.check.complete": "四个部分齐全。",
		"star.check.inferred": "没有 STAR 标签；按线索词看像有：{parts}",
		"star.check.resultNumber": "结果里有数字。",
		"star.check.resultConcrete": "结果里有具体成果，但没有数字。",
		"star.check.resultVague": "结果不够具体：加上数字或可见的成果。",
		"star.check.action": "行动占回答的 {percent}%。",
		"star.check.pronounsZh": "“我” {i} 次，“我们” {we} 次。",
		"star.check.pronounsEn": "“I” {i} 次，“we” {we} 次。",
		"star.check.moreWe": "“我们”比“我”多：多讲你自己做了什么。",
		"star.check.time": "说完约需 {time}。",
		"star.none": "无",
		"star.listSeparator": "、",
	},
	en: {
		"star.cmd.convert": "Convert answer to STAR template",
		"star.cmd.insert": "Insert STAR template",
		"star.cmd.check": "Check STAR answer",
		"star.cmd.restore": "Restore original answer (undo STAR conversion)",
		"star.notice.alreadyStar": "This answer is already in STAR form; nothing changed.",
		"star.notice.emptyInserted": "This question has no answer yet: inserted a blank STAR template.",
		"star.notice.nothingToCheck": "No question or answer at the cursor to check.",
		"star.notice.nothingWritten": "Nothing is written in this answer yet: write your story, then check it.",
		"star.original": "Original answer",
		"star.unplaced": "Not placed",
		"star.placeholder.situation": "(to fill in: when, where, what was going on)",
		"star.placeholder.task": "(to fill in: what you had to achieve, and what made it hard)",
		"star.placeholder.action": "(to fill in: what you did, step by step)",
		"star.placeholder.result": "(to fill in: how it ended, ideally with a number)",
		"star.part.situation": "Situation",
		"star.part.task": "Task",
		"star.part.action": "Action",
		"star.part.result": "Result",
		"star.check.title": "STAR check",
		"star.check.parts": "Parts present: {parts}",
		"star.check.missing": "Missing: {parts}",
		"star.check.complete": "All four parts are there.",
		"star.check.inferred": "No STAR labels; cue words suggest: {parts}",
		"star.check.resultNumber": "The result has a number.",
		"star.check.resultConcrete": "The result names a concrete outcome, but no number.",
		"star.check.resultVague": "The result is vague: add a number or a visible outcome.",
		"star.check.action": "Action is {percent}% of the answer.",
		"star.check.pronounsZh": "“我” {i} times, “我们” {we} times.",
		"star.check.pronounsEn": "“I” {i} times, “we” {we} times.",
		"star.check.moreWe": "More “we” than “I”: say what you did yourself.",
		"star.check.time": "About {time} to say.",
		"star.none": "none",
		"star.listSeparator": ", ",
	},
} as const;

export type StarStringKey = keyof (typeof STAR_STRINGS)["en"];

/** Look up a STAR string and fill `{name}` slots. */
export function starText(lang: Lang, key: StarStringKey, vars: Record<string, string | number> = {}): string {
	return fillTemplate(STAR_STRINGS[lang][key], vars);
}

export function placeholderFor(lang: Lang, key: StarKey): string {
	return starText(lang, `star.placeholder.${key}`);
}

/**
 * The STAR template's placeholder texts, both languages: an answer made only of these is not
 * answered yet (other modules may use this list; it stays stable).
 */
export const STAR_PLACEHOLDERS: readonly string[] = (["zh", "en"] as const).flatMap((lang) =>
	(["situation", "task", "action", "result"] as const).map((key) => STAR_STRINGS[lang][`star.placeholder.${key}`]),
);

/** A part's text that is only a scaffold placeholder (either language) counts as empty. */
export function isPlaceholder(text: string): boolean {
	const t = text.trim();
	return /^（待补充[^）]*）$/.test(t) || /^\(to fill in[^)]*\)$/i.test(t);
}

/** The label of the line that holds what no part took: `**未归类**：` or `**Not placed:** `. */
export function unplacedLabel(lang: Lang): string {
	return lang === "zh" ? `**${STAR_STRINGS.zh["star.unplaced"]}**：` : `**${STAR_STRINGS.en["star.unplaced"]}:** `;
}

/** The line starts with the "not placed" label (either language): it ends the part before it. */
export function isUnplacedLine(line: string): boolean {
	const t = line.replace(/^(?:[ \t]*>[ \t]?)+/, "").trimStart();
	return t.startsWith(unplacedLabel("zh")) || t.startsWith(unplacedLabel("en").trimEnd());
}
