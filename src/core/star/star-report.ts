// The STAR check as a few short lines for a notice.
import type { Lang, StarKey } from "../types";
import { STAR_KEYS } from "../types";
import { formatSpoken, t } from "../i18n";
import type { StarReport } from "./star-check";

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
