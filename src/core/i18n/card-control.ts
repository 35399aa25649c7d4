// Strings of card control (bury, suspend, reset, edit), the "practise this" commands, the deck
// overview's counts and the daily review cap, zh and en; spread into the one table in index.ts.

const ZH = {
	"card.bury": "明天再练",
	"card.bury.label": "埋起来：今天不再出现，明天回来（B）",
	"card.suspend": "暂停",
	"card.suspend.label": "暂停这道题：不再出现，直到在覆盖视图里恢复（X）",
	"card.reset": "重置进度",
	"card.reset.label": "忘掉这道题的进度，当作新题重新开始（F）",
	"card.edit": "编辑",
	"card.edit.label": "在笔记里打开这道题所在的行（E）",
	"card.reset.confirm": "重置「{question}」的进度？它会变回新题，评分记录仍保留在历史里。可以用 U 撤销。",
	"card.reset.ok": "重置",
	"card.reset.cancel": "取消",
	"card.done.bury": "已埋起来，明天回来。",
	"card.done.suspend": "已暂停。",
	"card.done.reset": "进度已重置。",
	"card.keys": "B 明天再练 · X 暂停 · F 重置 · E 编辑",
	"practise.note": "练习这篇笔记",
	"practise.question": "练习这道题",
	"practise.noNote": "当前笔记里没有找到面试题。",
	"practise.noQuestion": "光标所在位置没有找到面试题：把光标放在题目的标题或那一行上。",
	"coverage.suspended": "已暂停的题（{n}）",
	"coverage.unsuspend": "恢复",
	"coverage.unsuspend.label": "恢复这道题，让它重新出现在练习里",
	"coverage.stat.new": "新题",
	"coverage.stat.dueNow": "到期",
	"coverage.practiseHere": "从这里开始练习",
};

const EN: Record<keyof typeof ZH, string> = {
	"card.bury": "Bury",
	"card.bury.label": "Bury: not again today, back tomorrow (B)",
	"card.suspend": "Suspend",
	"card.suspend.label": "Suspend this question: it stays out until you unsuspend it in coverage (X)",
	"card.reset": "Reset",
	"card.reset.label": "Forget this question's progress and start it over as new (R)",
	"card.edit": "Edit",
	"card.edit.label": "Open the note at this question's line (E)",
	"card.reset.confirm": "Reset the progress of \"{question}\"? It becomes new again; its gradings stay in the history. U undoes it.",
	"card.reset.ok": "Reset",
	"card.reset.cancel": "Cancel",
	"card.done.bury": "Buried until tomorrow.",
	"card.done.suspend": "Suspended.",
	"card.done.reset": "Progress reset.",
	"card.keys": "B bury · X suspend · F reset · E edit",
	"practise.note": "Practise this note",
	"practise.question": "Practise this question",
	"practise.noNote": "No interview questions found in this note.",
	"practise.noQuestion": "No interview question at the cursor: put the cursor on the question's heading or line.",
	"coverage.suspended": "Suspended questions ({n})",
	"coverage.unsuspend": "Unsuspend",
	"coverage.unsuspend.label": "Unsuspend this question so it comes back in practice",
	"coverage.stat.new": "new",
	"coverage.stat.dueNow": "due",
	"coverage.practiseHere": "Practise from here",
};

export const CARD_CONTROL_STRINGS = { zh: ZH, en: EN };

/** The review cap's row in settings (spread into the settings table). */
export const REVIEW_CAP_ZH = {
	"settings.maxReviewsPerDay.name": "每天最多复习数",
	"settings.maxReviewsPerDay.desc": "超出的到期题留到明天。新题另有上限。",
};

export const REVIEW_CAP_EN: Record<keyof typeof REVIEW_CAP_ZH, string> = {
	"settings.maxReviewsPerDay.name": "Maximum reviews per day",
	"settings.maxReviewsPerDay.desc": "Due questions beyond this wait until tomorrow. New questions have their own limit.",
};
