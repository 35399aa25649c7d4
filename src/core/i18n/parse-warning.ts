// The parser's warnings as a person reads them, Chinese and English. The parser stores them in English
// (they live in the parse cache) in the words of the English column; `warningText` reads them back.
const en = {
	"parse.warning.lines": "Could not read lines {from}–{to}: {error}",
	"parse.warning.questions": "Could not read the questions: {error}",
	"parse.warning.note": "Could not read the note: {error}",
};

const zh: Record<keyof typeof en, string> = {
	"parse.warning.lines": "第 {from}–{to} 行未能读取（{error}）",
	"parse.warning.questions": "未能读取其中的题目（{error}）",
	"parse.warning.note": "未能读取这篇笔记（{error}）",
};

export const PARSE_WARNING_STRINGS = { zh, en };
