// The parser's warnings are stored in English (they live in the parse cache); shown to a person, they
// are said in the UI's language. Only the parser's own three forms are known; anything else is shown as is.
import { t, type StringKey } from "../i18n";
import type { Lang } from "../types";

const FORMS: [RegExp, (m: RegExpMatchArray) => [StringKey, Record<string, string>]][] = [
	[/^Could not read lines (\d+)–(\d+): ([\s\S]*)$/, (m) => ["parse.warning.lines", { from: m[1], to: m[2], error: m[3] }]],
	[/^Could not read the questions: ([\s\S]*)$/, (m) => ["parse.warning.questions", { error: m[1] }]],
	[/^Could not read the note: ([\s\S]*)$/, (m) => ["parse.warning.note", { error: m[1] }]],
];

/** A parse warning in the UI's language (the error's own words stay as the engine gave them). */
export function warningText(warning: string, lang: Lang): string {
	if (lang !== "zh") return warning;
	for (const [re, say] of FORMS) {
		const m = warning.match(re);
		if (m) {
			const [key, vars] = say(m);
			return t(lang, key, vars);
		}
	}
	return warning;
}
