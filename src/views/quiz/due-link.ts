// The due count in another view's header ("12 due" under the statistics' title, atop coverage): a click opens the quiz.
import type { PrepServices } from "../../services";
import { t } from "../../core/i18n";
import { dueSummary, type DueSummary } from "./due-status";

/** Puts the count after `heading` (nothing while the index is being built); what it counted, for a DueClock. */
export function renderDueLink(heading: HTMLElement, services: PrepServices): DueSummary | null {
	const summary = dueSummary(services);
	if (summary) heading.after(dueLink(summary, services));
	return summary;
}

/** The count as the only content of `box` (a view's header strip), redrawn on every refresh; what it counted. */
export function renderDueLinkIn(box: HTMLElement, services: PrepServices): DueSummary | null {
	box.empty();
	const summary = dueSummary(services);
	if (summary) box.appendChild(dueLink(summary, services));
	return summary;
}

function dueLink(summary: DueSummary, services: PrepServices): HTMLElement {
	const lang = services.lang();
	const n = summary.due + summary.fresh;
	const link = createEl("button", {
		cls: n > 0 ? "ip-due-link has-due" : "ip-due-link",
		text: n > 0 ? t(lang, "quiz.status.due", { n }) : t(lang, "quiz.status.nothing"),
		attr: { "aria-label": t(lang, "quiz.status.dueTitle", { due: summary.due, new: summary.fresh }) },
	});
	link.addEventListener("click", () => void services.openQuiz());
	return link;
}
