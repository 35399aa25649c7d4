// The one vocabulary for what a question has (model answer / hint only / nothing), Chinese and English,
// used alike by the quiz, coverage, the mock interview and its log note.

const en = {
	"answerState.model": "model answer",
	"answerState.hint": "hint only",
	"answerState.nothing": "nothing written",
	"answerState.scaffold": "STAR scaffold, not written yet",
	"answerState.hintNoModel": "No model answer yet: this question has a hint only.",
	"answerState.nothingYet": "Nothing written for this question yet.",
	"answerState.scaffoldYet": "Only a STAR scaffold so far: not written yet.",
	"answerState.fromNote": "From {note}",
};

const zh: Record<keyof typeof en, string> = {
	"answerState.model": "有示范回答",
	"answerState.hint": "仅提示",
	"answerState.nothing": "什么都没写",
	"answerState.scaffold": "STAR 框架，尚未填写",
	"answerState.hintNoModel": "这道题还没有示范回答，只有提示。",
	"answerState.nothingYet": "这道题还什么都没写。",
	"answerState.scaffoldYet": "只有 STAR 框架，还没有填写。",
	"answerState.fromNote": "来自 {note}",
};

export const ANSWER_STATE_STRINGS = { zh, en };
export type AnswerStateStringKey = keyof typeof en;
