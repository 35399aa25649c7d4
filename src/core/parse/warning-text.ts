// The parser's warnings are stored in English (they live in the parse cache); shown to a person, they
// are said in the UI's language. Only the parser's own four forms are known; anything else is shown as is.
import type { Lang } from "../types";

const ZH: [RegExp, (m: RegExpMatchArray) => string][] = [
	[/^Could not read lines (\d+)–(\d+): ([\s\S]*)$/, (m) => `第 ${m[1]}–${m[2]} 行未能读取（${m[3]}）`],
	[/^Could not read the links: ([\s\S]*)$/, (m) => `未能读取其中的链接（${m[1]}）`],
	[/^Could not read the questions: ([\s\S]*)$/, (m) => `未能读取其中的题目（${m[1]}）`],
	[/^Could not read the note: ([\s\S]*)$/, (m) => `未能读取这篇笔记（${m[1]}）`],
];

/** A parse warning in the UI's language (the error's own words stay as the engine gave them). */
export function warningText(warning: string, lang: Lang): string {
	if (lang !== "zh") return warning;
	for (const [re, say] of ZH) {
		const m = warning.match(re);
		if (m) return say(m);
	}
	return warning;
}
