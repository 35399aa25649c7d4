// Draws a STAR check report compactly: the four parts (present or missing), the result, the speaking time.
import type { Lang } from "../../core/types";
import { STAR_KEYS } from "../../core/types";
import type { StarReport } from "../../core/star/star-check";
import { formatSpoken, t } from "../../core/i18n";

export function drawStarReport(el: HTMLElement, report: StarReport, lang: Lang): void {
	const parts = el.createDiv({ cls: "ip-mock-star-parts" });
	for (const k of STAR_KEYS) {
		const has = report.present[k] || (!report.labelled && report.inferred[k]);
		parts.createSpan({ cls: `ip-mock-star-part ${has ? "is-present" : "is-missing"}`, text: t(lang, `star.part.${k}`) });
	}
	const notes = el.createEl("ul", { cls: "ip-mock-star-notes" });
	if (report.complete) notes.createEl("li", { text: t(lang, "star.check.complete") });
	const result = report.resultHasNumber
		? "star.check.resultNumber"
		: report.resultConcrete
			? "star.check.resultConcrete"
			: "star.check.resultVague";
	notes.createEl("li", { text: t(lang, result) });
	if (report.speakingSeconds > 0)
		notes.createEl("li", { text: t(lang, "star.check.time", { time: formatSpoken(report.speakingSeconds, lang) }) });
}
