// The STAR template's words that end up in notes: the placeholders of an empty part and the label of
// the line that holds what no part took. Read from the string table, so both languages stay in step.
import { t } from "../i18n";
import type { Lang, StarKey } from "../types";

export function placeholderFor(lang: Lang, key: StarKey): string {
	return t(lang, `star.placeholder.${key}`);
}

/**
 * The STAR template's placeholder texts, both languages: an answer made only of these is not
 * answered yet (other modules may use this list; it stays stable).
 */
export const STAR_PLACEHOLDERS: readonly string[] = (["zh", "en"] as const).flatMap((lang) =>
	(["situation", "task", "action", "result"] as const).map((key) => placeholderFor(lang, key)),
);

/** A part's text that is only a scaffold placeholder (either language) counts as empty. */
export function isPlaceholder(text: string): boolean {
	const t = text.trim();
	return /^（待补充[^）]*）$/.test(t) || /^\(to fill in[^)]*\)$/i.test(t);
}

/** The label of the line that holds what no part took: `**未归类**：` or `**Not placed:** `. */
export function unplacedLabel(lang: Lang): string {
	return lang === "zh" ? `**${t("zh", "star.unplaced")}**：` : `**${t("en", "star.unplaced")}:** `;
}

/** The line starts with the "not placed" label (either language): it ends the part before it. */
export function isUnplacedLine(line: string): boolean {
	const t = line.replace(/^(?:[ \t]*>[ \t]?)+/, "").trimStart();
	return t.startsWith(unplacedLabel("zh")) || t.startsWith(unplacedLabel("en").trimEnd());
}
