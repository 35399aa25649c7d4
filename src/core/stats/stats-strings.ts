// Text of the practice statistics and the Anki export, Chinese and English (merged into the i18n table).
import { fillTemplate, type TemplateVars } from "../fill-template";
import type { Lang } from "../types";

const en = {
	"stats.title": "Practice statistics",
	"stats.open": "Open practice statistics",
	"stats.empty": "No reviews yet: practise a few questions in the quiz, then come back.",
	"stats.heatmap": "Reviews per day, last {weeks} weeks",
	"stats.heatmap.summary": "{reviews} reviews on {active} of {days} days",
	"stats.heatmap.day": "{day}: {n} reviews",
	"stats.heatmap.less": "Less",
	"stats.heatmap.more": "More",
	"stats.spoken": "Time spoken per day, last {days} days",
	"stats.spoken.summary": "{time} spoken in all; most on {day} ({most})",
	"stats.spoken.day": "{day}: {time} spoken",
	"stats.spoken.none": "No time spoken in these days yet.",
	"stats.retention": "True retention",
	"stats.retention.value": "{actual}% of {n} reviews after an interval recalled (not Again) · desired {desired}%",
	"stats.retention.none": "No review after an interval yet · desired {desired}%",
	"stats.retention.actual": "recalled",
	"stats.retention.desired": "desired",
	"stats.forecast.interview": "Due per day until the interview ({days} days)",
	"stats.forecast.open": "Due per day, next {days} days",
	"stats.forecast.summary": "{n} due in all; most on {day} ({most})",
	"stats.forecast.day": "{day}: {n} due",
	"stats.forecast.none": "Nothing comes due in these days.",
	"stats.history": "Per question",
	"stats.history.empty": "No question practised yet.",
	"stats.history.count": "{n}× · last {when}",
	"stats.history.mock": "mock",
	"stats.history.quiz": "quiz",
	"export.command": "Export questions for Anki (TSV)",
	"export.done": "Exported {n} questions to {path}. In Anki: File › Import, pick the file; fields are Front, Back, Note; tags are the topics.",
	"export.none": "No questions to export yet.",
	"export.failed": "Could not write the export: {error}",
	"export.hint": "Hint",
	"export.answer": "Model answer",
	"export.context": "Background",
};

export type StatsStringKey = keyof typeof en;

const zh: Record<StatsStringKey, string> = {
	"stats.title": "练习统计",
	"stats.open": "打开练习统计",
	"stats.empty": "还没有复习记录：先在测验里练几道题再来看。",
	"stats.heatmap": "每天复习次数（最近 {weeks} 周）",
	"stats.heatmap.summary": "{days} 天里有 {active} 天练习，共 {reviews} 次",
	"stats.heatmap.day": "{day}：{n} 次",
	"stats.heatmap.less": "少",
	"stats.heatmap.more": "多",
	"stats.spoken": "每天说话时间（最近 {days} 天）",
	"stats.spoken.summary": "共说了 {time}；最多的一天是 {day}（{most}）",
	"stats.spoken.day": "{day}：说了 {time}",
	"stats.spoken.none": "这些天还没有说话时间的记录。",
	"stats.retention": "真实记忆保持率",
	"stats.retention.value": "间隔后的 {n} 次复习里答出 {actual}%（没有评「重来」）· 期望 {desired}%",
	"stats.retention.none": "还没有间隔后的复习 · 期望 {desired}%",
	"stats.retention.actual": "答出",
	"stats.retention.desired": "期望",
	"stats.forecast.interview": "到面试前每天到期的题（{days} 天）",
	"stats.forecast.open": "未来 {days} 天每天到期的题",
	"stats.forecast.summary": "共 {n} 道到期；最多的一天是 {day}（{most} 道）",
	"stats.forecast.day": "{day}：{n} 道到期",
	"stats.forecast.none": "这些天没有到期的题。",
	"stats.history": "每道题的记录",
	"stats.history.empty": "还没有练过任何题。",
	"stats.history.count": "{n} 次 · 上次 {when}",
	"stats.history.mock": "模拟面试",
	"stats.history.quiz": "测验",
	"export.command": "导出题目到 Anki（TSV）",
	"export.done": "已导出 {n} 道题到 {path}。在 Anki 里：文件 › 导入，选这个文件；字段依次是正面、背面、笔记，标签是主题。",
	"export.none": "还没有可以导出的题目。",
	"export.failed": "写入导出文件失败：{error}",
	"export.hint": "提示",
	"export.answer": "示范回答",
	"export.context": "结合背景",
};

export const STATS_STRINGS = { zh, en };

export function statsText(lang: Lang, key: StatsStringKey, vars: TemplateVars = {}): string {
	return fillTemplate(STATS_STRINGS[lang][key], vars);
}
