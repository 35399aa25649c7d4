// The STAR check as a person reads it: a few short lines for the command's notice, and one panel model
// (parts present or missing, the result, 我/我们, action share, speaking time) for the quiz and the mock.
import type { Lang, LabelWords, StarKey } from "../types";
import { STAR_KEYS } from "../types";
import { t } from "../i18n";
import { formatSpoken } from "../i18n/time-format";
import { checkStar, type StarCheckOptions, type StarReport } from "./star-check";
import { starLabelLines } from "./star-labels";
import { isBehaviouralQuestion, starCheckScope } from "./star-scope";
import type { Story } from "./stories";
import { withLinkedStories } from "./story-links";

function hasStarLabels(answer: string, labels: LabelWords): boolean {
	return starLabelLines(answer.split("\n"), labels).some((hit) => hit !== null);
}

function partNames(keys: StarKey[], lang: Lang): string {
	if (keys.length === 0) return t(lang, "star.none");
	return keys.map((key) => t(lang, `star.part.${key}`)).join(t(lang, "star.listSeparator"));
}

/** Report lines in the UI language; `lang` of the report decides 我/我们 or I/we. */
export function formatStarReport(report: StarReport, lang: Lang): string[] {
	const lines = [t(lang, "star.check.title")];
	if (report.labelled) {
		const missing = STAR_KEYS.filter((key) => !report.present[key]);
		lines.push(t(lang, "star.check.parts", { parts: partNames(STAR_KEYS.filter((key) => report.present[key]), lang) }));
		lines.push(missing.length === 0 ? t(lang, "star.check.complete") : t(lang, "star.check.missing", { parts: partNames(missing, lang) }));
	} else {
		lines.push(t(lang, "star.check.inferred", { parts: partNames(STAR_KEYS.filter((key) => report.inferred[key]), lang) }));
	}
	if (report.resultHasNumber) lines.push(t(lang, "star.check.resultNumber"));
	else if (report.resultConcrete) lines.push(t(lang, "star.check.resultConcrete"));
	else lines.push(t(lang, "star.check.resultVague"));
	lines.push(t(lang, "star.check.action", { percent: Math.round(report.actionShare * 100) }));
	const p = report.pronouns;
	const zh = report.lang === "zh";
	const [i, we] = zh ? [p.wo, p.women] : [p.i, p.we];
	lines.push(t(lang, zh ? "star.check.pronounsZh" : "star.check.pronounsEn", { i, we }));
	if (we > i) lines.push(t(lang, "star.check.moreWe"));
	lines.push(t(lang, "star.check.time", { time: formatSpoken(report.speakingSeconds, lang) }));
	return lines;
}

/** The check's settings: the person's labels and speaking speed. One place, for the quiz, the mock and the command. */
export function starCheckOptions(settings: {
	labels: LabelWords;
	charsPerMinuteZh: number;
	wordsPerMinuteEn: number;
}): StarCheckOptions {
	return { labels: settings.labels, charsPerMinuteZh: settings.charsPerMinuteZh, wordsPerMinuteEn: settings.wordsPerMinuteEn };
}

/** The STAR check panel as the quiz and the mock draw it: plain text, nothing to look up. */
export type StarPanel =
	| { kind: "nothing-written"; title: string; message: string }
	| {
			kind: "report";
			title: string;
			complete: boolean;
			/** The four parts in order; present = labelled with text, or (no labels) found by cue words. */
			parts: { key: StarKey; name: string; present: boolean; text: string }[];
			/** Said under the parts when the answer has no STAR labels. */
			inferred: string | null;
			result: { text: string; level: "number" | "concrete" | "vague" };
			pronouns: { text: string; moreWe: string | null };
			action: string;
			time: string;
	  };

/**
 * The panel for a question and its answer, or null where the check does not apply (not behavioural, no
 * STAR labels, not asked for). `requested`: the person asked for the check.
 */
export function starPanel(question: string, answerMarkdown: string, opts: StarCheckOptions & { requested?: boolean }, uiLang: Lang): StarPanel | null {
	const title = t(uiLang, "star.check.title");
	const scope = starCheckScope(question, answerMarkdown, { labels: opts.labels, requested: opts.requested });
	if (scope === "nothing-written") {
		// An empty answer to a question STAR does not fit is not worth a panel either.
		const applies = opts.requested || isBehaviouralQuestion(question) || hasStarLabels(answerMarkdown, opts.labels);
		return applies ? { kind: "nothing-written", title, message: t(uiLang, "star.panel.nothingWritten") } : null;
	}
	if (scope === "not-behavioural") return null;
	const report = checkStar(answerMarkdown, opts);
	const parts = STAR_KEYS.map((key) => {
		const present = report.labelled ? report.present[key] : report.inferred[key];
		const name = t(uiLang, `star.part.${key}`);
		return { key, name, present, text: t(uiLang, present ? "star.panel.partPresent" : "star.panel.partMissing", { part: name }) };
	});
	const level = report.resultHasNumber ? "number" : report.resultConcrete ? "concrete" : "vague";
	const resultKey = level === "number" ? "star.check.resultNumber" : level === "concrete" ? "star.check.resultConcrete" : "star.check.resultVague";
	const zh = report.lang === "zh";
	const p = report.pronouns;
	const [i, we] = zh ? [p.wo, p.women] : [p.i, p.we];
	return {
		kind: "report",
		title,
		complete: report.labelled && report.complete,
		parts,
		inferred: report.labelled ? null : t(uiLang, "star.panel.inferred"),
		result: { text: t(uiLang, resultKey), level },
		pronouns: {
			text: t(uiLang, zh ? "star.panel.pronounsZh" : "star.panel.pronounsEn", { i, we }),
			moreWe: we > i ? t(uiLang, "star.check.moreWe") : null,
		},
		action: t(uiLang, "star.check.action", { percent: Math.round(report.actionShare * 100) }),
		time: t(uiLang, zh ? "star.panel.timeZh" : "star.panel.timeEn", {
			time: formatSpoken(report.speakingSeconds, uiLang),
			rate: zh ? opts.charsPerMinuteZh : opts.wordsPerMinuteEn,
		}),
	};
}

/**
 * The panel of a question asked (which decides whether STAR applies), checked against the answer of the copy
 * that answers it: the quiz's card and the mock's reveal. An answer that links to a story is checked with
 * the story's text.
 */
export function questionStarPanel(
	asked: { text: string },
	answering: { answerMarkdown: string; path: string },
	stories: readonly Story[],
	settings: Parameters<typeof starCheckOptions>[0],
	uiLang: Lang,
): StarPanel | null {
	const answer = withLinkedStories(answering.answerMarkdown, answering.path, stories);
	return starPanel(asked.text, answer, starCheckOptions(settings), uiLang);
}
