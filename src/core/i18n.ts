// One string table for the whole plugin, Chinese and English, plus time spans in words.
// Features may keep their strings in their own files; they are spread in here so there is one table.
import { fillTemplate } from "./fill-template";
import { countOf, distanceOf, type TimeUnit } from "./date-locales";
import type { Lang, UiLanguage } from "./types";
import { STAR_STRINGS } from "./star/star-strings";
import { MOCK_STRINGS } from "./mock/mock-strings";
import { QUESTION_MARKER_STRINGS } from "./question-marker-strings";
import { COVERAGE_STRINGS } from "./coverage-strings";
import { STATS_STRINGS } from "./stats/stats-strings";
import { SETTINGS_STRINGS } from "./settings-strings";
import { ANSWER_STATE_STRINGS } from "./answer-state-strings";
import { QUIZ_FLOW_STRINGS } from "./quiz/quiz-flow-strings";
import { CARD_CONTROL_STRINGS } from "./review/card-control-strings";
import { RECORDING_STRINGS } from "./speech/recording-strings";
import { STAR_PANEL_STRINGS } from "./star/star-panel-strings";
import { STORY_STRINGS } from "./star/story-strings";

/** Strings of the quiz view. Plural forms: "{n|question|questions}" picks by the number n. */
const QUIZ_ZH = {
	"quiz.title": "面试练习",
	"quiz.open": "打开面试练习",
	"quiz.mode.due": "到期",
	"quiz.mode.all": "全部",
	"quiz.mode.unanswered": "没有示范回答",
	"quiz.mode.label": "模式",
	"quiz.filter.note": "按笔记筛选",
	"quiz.filter.topic": "按主题筛选",
	"quiz.filter.allNotes": "所有笔记",
	"quiz.filter.allTopics": "所有主题",
	"quiz.hint": "提示",
	"quiz.showAnswer": "显示答案",
	"quiz.skip": "跳过",
	"quiz.openNote": "打开笔记",
	"quiz.writeAnswer": "去笔记里写答案",
	"quiz.noHint": "这道题没有提示。",
	"quiz.modelAnswer": "示范回答",
	"quiz.moreAnswer": "其余内容",
	"quiz.context": "结合背景",
	"quiz.hintHeading": "提示",
	"quiz.grade.1": "重来",
	"quiz.grade.2": "困难",
	"quiz.grade.3": "良好",
	"quiz.grade.4": "简单",
	"quiz.gradePrompt": "回答得怎么样？",
	"quiz.timer.target": "目标 {target}",
	"quiz.timer.over": "超时 {over}",
	"quiz.timer.paused": "模拟面试中，已暂停",
	"quiz.left": "剩余 {n} 道",
	"quiz.lastReviewed": "上次复习：{ago}",
	"quiz.keys": "空格 显示答案 · 1–4 评分 · H 提示 · O 打开笔记 · S 跳过 · U 撤销 · R 录音",
	"quiz.undo": "撤销",
	"quiz.undo.label": "撤销上一次评分",
	"quiz.status.indexing": "正在索引 {done}/{total} 篇笔记",
	"quiz.status.cold": "正在准备索引…",
	"quiz.countdown": "距离面试还有 {days} 天，{count} 道题还没练过",
	"quiz.countdown.today": "面试就在今天，{count} 道题还没练过",
	"quiz.empty.noHub": "还没有准备笔记：请在设置里指定一篇中心笔记。",
	"quiz.empty.noHubMore": "中心笔记是你汇总面试问题的那篇笔记，链接到它或被它链接的笔记都会被收录。",
	"quiz.empty.suggest": "用其中一篇作为中心笔记：",
	"quiz.empty.missingHub": "找不到中心笔记：{hubs}",
	"quiz.empty.noQuestions": "准备笔记里还没有找到问题。",
	"quiz.empty.noQuestionsMore": "用标题、加粗段落或列表写下问题，例如「### 如何处理客户投诉？」。",
	"quiz.empty.noMatch": "没有符合筛选条件的问题。",
	"quiz.empty.allAnswered": "每道题都有示范回答了。",
	"quiz.empty.nothingDue": "没有到期的卡片：下一张在 {when}",
	"quiz.empty.nothingDueEver": "没有到期的卡片。",
	"quiz.summary.title": "本轮练习结束",
	"quiz.summary.reviewed": "复习了 {n} 道",
	"quiz.summary.forgotten": "忘记 {n} 道",
	"quiz.summary.spoken": "开口时间 {time}",
	"quiz.summary.next": "下一张卡片：{when}",
	"quiz.summary.dueNow": "现在到期 {n} 道",
	"quiz.summary.nothingNext": "暂时没有待复习的卡片。",
	"quiz.again": "再练一轮",
	"quiz.practiseAll": "练习全部题目",
	"quiz.startMock": "开始模拟面试",
	"notice.missingHub": "面试准备：找不到中心笔记「{hub}」，请在设置里检查名称。",
	"notice.noteWarning": "面试准备：未能完整读取笔记「{note}」：{warning}",
	"notice.moreNotes": "面试准备：还有 {n} 篇笔记未能完整读取。",
};

type QuizKey = keyof typeof QUIZ_ZH;

const QUIZ_EN: Record<QuizKey, string> = {
	"quiz.title": "Interview quiz",
	"quiz.open": "Open interview quiz",
	"quiz.mode.due": "Due",
	"quiz.mode.all": "All",
	"quiz.mode.unanswered": "No model answer",
	"quiz.mode.label": "Mode",
	"quiz.filter.note": "Filter by note",
	"quiz.filter.topic": "Filter by topic",
	"quiz.filter.allNotes": "All notes",
	"quiz.filter.allTopics": "All topics",
	"quiz.hint": "Hint",
	"quiz.showAnswer": "Show answer",
	"quiz.skip": "Skip",
	"quiz.openNote": "Open note",
	"quiz.writeAnswer": "Write an answer in the note",
	"quiz.noHint": "This question has no hint.",
	"quiz.modelAnswer": "Model answer",
	"quiz.moreAnswer": "The rest of the answer",
	"quiz.context": "Background",
	"quiz.hintHeading": "Hint",
	"quiz.grade.1": "Again",
	"quiz.grade.2": "Hard",
	"quiz.grade.3": "Good",
	"quiz.grade.4": "Easy",
	"quiz.gradePrompt": "How did it go?",
	"quiz.timer.target": "Target {target}",
	"quiz.timer.over": "{over} over",
	"quiz.timer.paused": "Paused during the mock interview",
	"quiz.left": "{n} left",
	"quiz.lastReviewed": "Last reviewed {ago}",
	"quiz.keys": "Space reveal · 1–4 grade · H hint · O open note · S skip · U undo · R record",
	"quiz.undo": "Undo",
	"quiz.undo.label": "Take back the last grade",
	"quiz.status.indexing": "Indexing {done}/{total} notes",
	"quiz.status.cold": "Preparing the index…",
	"quiz.countdown": "{days|day|days} to the interview, {count|question|questions} not yet practised",
	"quiz.countdown.today": "The interview is today, {count|question|questions} not yet practised",
	"quiz.empty.noHub": "No prep notes yet: set a hub in settings.",
	"quiz.empty.noHubMore":
		"The hub is the note that gathers your interview questions; notes that link to it or that it links to are included.",
	"quiz.empty.suggest": "Use one of these notes as the hub:",
	"quiz.empty.missingHub": "Hub not found: {hubs}",
	"quiz.empty.noQuestions": "No questions found in your prep notes yet.",
	"quiz.empty.noQuestionsMore":
		"Write questions as headings, bold paragraphs or list items, for example \"### How do you handle complaints?\".",
	"quiz.empty.noMatch": "No questions match these filters.",
	"quiz.empty.allAnswered": "Every question has a model answer.",
	"quiz.empty.nothingDue": "Nothing due: next card at {when}",
	"quiz.empty.nothingDueEver": "Nothing due.",
	"quiz.summary.title": "Session complete",
	"quiz.summary.reviewed": "Reviewed: {n}",
	"quiz.summary.forgotten": "Forgotten: {n}",
	"quiz.summary.spoken": "Time spoken: {time}",
	"quiz.summary.next": "Next card: {when}",
	"quiz.summary.dueNow": "Due now: {n}",
	"quiz.summary.nothingNext": "No cards waiting for review.",
	"quiz.again": "Practise again",
	"quiz.practiseAll": "Practise all questions",
	"quiz.startMock": "Start mock interview",
	"notice.missingHub": 'Interview prep: hub note "{hub}" not found. Check its name in settings.',
	"notice.noteWarning": 'Interview prep could not fully read "{note}": {warning}',
	"notice.moreNotes": "Interview prep could not fully read {n|more note|more notes}.",
};

/** The whole table: each language has every key (the type makes a missing English string an error). */
export const STRINGS = {
	zh: { ...QUIZ_ZH, ...STAR_STRINGS.zh, ...MOCK_STRINGS.zh, ...COVERAGE_STRINGS.zh, ...ANSWER_STATE_STRINGS.zh, ...SETTINGS_STRINGS.zh, ...STATS_STRINGS.zh, ...QUIZ_FLOW_STRINGS.zh, ...CARD_CONTROL_STRINGS.zh, ...RECORDING_STRINGS.zh, ...STAR_PANEL_STRINGS.zh, ...STORY_STRINGS.zh, ...QUESTION_MARKER_STRINGS.zh },
	en: { ...QUIZ_EN, ...STAR_STRINGS.en, ...MOCK_STRINGS.en, ...COVERAGE_STRINGS.en, ...ANSWER_STATE_STRINGS.en, ...SETTINGS_STRINGS.en, ...STATS_STRINGS.en, ...QUIZ_FLOW_STRINGS.en, ...CARD_CONTROL_STRINGS.en, ...RECORDING_STRINGS.en, ...STAR_PANEL_STRINGS.en, ...STORY_STRINGS.en, ...QUESTION_MARKER_STRINGS.en },
} satisfies Record<Lang, Record<string, string>>;

export type StringKey = keyof typeof STRINGS.zh;

export type Vars = Record<string, string | number>;

/**
 * The string for `key` in `lang`, with `{name}` replaced by vars.name and `{n|one|other}`
 * replaced by "n one" or "n other" (English plurals).
 */
export function t(lang: Lang, key: StringKey, vars?: Vars): string {
	const table: Record<string, string> = STRINGS[lang];
	const template = table[key] ?? STRINGS.en[key] ?? key;
	return vars ? fillTemplate(template, vars) : template;
}

/** The UI language: the setting when forced, else Chinese when Obsidian runs in any Chinese variant. */
export function resolveLang(setting: UiLanguage, obsidianLanguage: string): Lang {
	if (setting === "zh" || setting === "en") return setting;
	return obsidianLanguage.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/**
 * How long until a card comes back: "10 分钟", "3 天" / "in 10 minutes", "in 4 days".
 * Chinese drops the suffix ("内" reads as "within"); English keeps "in …" ("0 seconds ago" for 0, as date-fns says it).
 */
export function formatInterval(ms: number, lang: Lang): string {
	const span = Math.max(0, Math.round(ms));
	const words = distanceOf(span, 0, lang);
	return lang === "zh" ? words : span > 0 ? `in ${words}` : `${words} ago`;
}

/** "3 天前" / "3 days ago"; for a time ahead: "3 天后" / "in 3 days". */
export function formatRelative(then: number, now: number, lang: Lang): string {
	const words = distanceOf(then, now, lang);
	if (then > now) return lang === "zh" ? `${words}后` : `in ${words}`;
	return lang === "zh" ? `${words}前` : `${words} ago`;
}

/** A spoken time as words: "2 分钟 5 秒" / "2 minutes 5 seconds" (0 → "0 秒" / "0 seconds"). */
export function formatSpoken(seconds: number, lang: Lang): string {
	const total = Math.max(0, Math.round(seconds));
	if (total === 0) return countOf(0, "second", lang);
	const parts: [number, TimeUnit][] = [
		[Math.floor(total / 3600), "hour"],
		[Math.floor((total % 3600) / 60), "minute"],
		[total % 60, "second"],
	];
	return parts
		.filter(([n]) => n)
		.map(([n, unit]) => countOf(n, unit, lang))
		.join(" ");
}

/** A stopwatch reading: "0:07", "2:05", "1:02:03". Language-neutral. */
export function formatClock(seconds: number): string {
	const total = Math.max(0, Math.floor(seconds));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, "0");
	return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** A moment ahead as a date and time plus how far off: "5月3日 14:00（3 小时后）" / "May 3, 2:00 PM (in 3 hours)". */
export function formatWhen(then: number, now: number, lang: Lang): string {
	const stamp = new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-US", {
		month: "short",
		day: "numeric",
		hour: "numeric",
		minute: "2-digit",
	}).format(then);
	const rel = formatRelative(then, now, lang);
	return lang === "zh" ? `${stamp}（${rel}）` : `${stamp} (${rel})`;
}
