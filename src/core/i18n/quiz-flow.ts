// Text of the quiz's counts, pauses, skips, the interview cap and the status bar due count, Chinese and
// English (spread into the one table in index.ts).

const en = {
	"quiz.counts.label": "{new} new, {learning} learning, {review} to review",
	"quiz.counts.new": "New",
	"quiz.counts.learning": "Learning",
	"quiz.counts.review": "Review",
	"quiz.progress.label": "{done} of {total} done",
	"quiz.timer.pausedHidden": "Paused while the quiz is hidden",
	"quiz.timer.pausedModal": "Paused while a dialog is open",
	"quiz.timer.pausedBlur": "Paused while the window is in the background",
	"quiz.timer.pausedNote": "Paused while you read the note; press a key here to go on",
	"quiz.timer.stopped": "Spoken",
	"quiz.summary.skipped": "Skipped: {n}",
	"quiz.summary.allSkipped": "You skipped all {n|card|cards}: nothing was graded, the schedule is unchanged.",
	"quiz.interview.capped": "Before the interview",
	"quiz.interview.cappedLine": "The interview on {date} caps these: back on the day before, {when}.",
	"quiz.status.due": "{n} due",
	"quiz.status.dueTitle": "Interview prep: {due} due now, {new} new today; click to practise",
	"quiz.status.nothing": "All done",
	"quiz.mode.dueBadge": "{n} due now",
};

export type QuizFlowStringKey = keyof typeof en;

const zh: Record<QuizFlowStringKey, string> = {
	"quiz.counts.label": "新题 {new} 道，学习中 {learning} 道，待复习 {review} 道",
	"quiz.counts.new": "新题",
	"quiz.counts.learning": "学习中",
	"quiz.counts.review": "复习",
	"quiz.progress.label": "已完成 {done} / {total}",
	"quiz.timer.pausedHidden": "练习面板不可见，已暂停",
	"quiz.timer.pausedModal": "有对话框打开，已暂停",
	"quiz.timer.pausedBlur": "窗口在后台，已暂停",
	"quiz.timer.pausedNote": "正在看笔记，已暂停；在这里按任意键继续",
	"quiz.timer.stopped": "开口用时",
	"quiz.summary.skipped": "跳过 {n} 道",
	"quiz.summary.allSkipped": "这一轮 {n} 道全部跳过：没有评分，复习计划不变。",
	"quiz.interview.capped": "考前",
	"quiz.interview.cappedLine": "面试在 {date}：这些间隔被截到考前一天，{when}。",
	"quiz.status.due": "待练 {n}",
	"quiz.status.dueTitle": "面试准备：现在到期 {due} 道，今天新题 {new} 道。点击开始练习。",
	"quiz.status.nothing": "已练完",
	"quiz.mode.dueBadge": "现在到期 {n} 道",
};

export const QUIZ_FLOW_STRINGS: { zh: Record<QuizFlowStringKey, string>; en: Record<QuizFlowStringKey, string> } = { zh, en };
