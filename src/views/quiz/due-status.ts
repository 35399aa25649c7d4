// The due count people read at a glance: "12 due" in the status bar (desktop), a click away from the
// quiz. Nothing is computed before the index is ready (start-up stays light); then again when the
// index or the reviews change, when the next card comes due or the local day rolls over (a DueClock:
// one timer for whichever is first), and when the window gets focus back.
import type { Plugin } from "obsidian";
import type { PrepServices } from "../../services";
import { t } from "../../core/i18n";
import { parseDay } from "../../core/time-stamp";
import { buildQueue } from "../../core/review/queue";
import { filterQuestions, NO_FILTERS } from "../../core/quiz/quiz-filter";
import { DueClock } from "./due-clock";

export interface DueSummary {
	due: number;
	/** New questions still allowed today. */
	fresh: number;
	/** When the next card not yet due comes due, or null. */
	nextDue: number | null;
}

/** Cards due now and new questions left for today over the whole index; null while it is being built. */
export function dueSummary(services: PrepServices): DueSummary | null {
	if (services.getStatus().state !== "ready") return null;
	const now = services.now();
	const settings = services.getSettings();
	const queue = buildQueue({
		questions: filterQuestions(services.getIndex(), NO_FILTERS),
		cards: services.reviews.cards(),
		now,
		mode: "due",
		newPerDay: settings.newPerDay,
		newIntroducedToday: services.reviews.introducedOn(now),
		interviewDate: parseDay(settings.interviewDate),
		seed: now,
	});
	return { due: queue.dueCount, fresh: queue.newCount, nextDue: queue.nextDue };
}

/** Draw the count into a status bar item (empty, so hidden, while the index is being built). */
export function updateDueStatus(el: HTMLElement, services: PrepServices): DueSummary | null {
	const summary = dueSummary(services);
	el.empty();
	el.toggleClass("is-empty", summary === null);
	if (!summary) return null;
	const lang = services.lang();
	const n = summary.due + summary.fresh;
	el.setText(n > 0 ? t(lang, "quiz.status.due", { n }) : t(lang, "quiz.status.nothing"));
	el.setAttr("aria-label", t(lang, "quiz.status.dueTitle", { due: summary.due, new: summary.fresh }));
	el.setAttr("data-tooltip-position", "top");
	return summary;
}

export function registerDueStatus(plugin: Plugin, services: PrepServices, openQuiz: () => void): void {
	const el = plugin.addStatusBarItem();
	el.addClass("ip-due-status", "mod-clickable", "is-empty");
	plugin.registerDomEvent(el, "click", () => openQuiz());
	const clock = new DueClock(() => update());
	const update = () => clock.follow(updateDueStatus(el, services), services.now());
	plugin.register(services.onChange(update));
	plugin.registerDomEvent(window, "focus", update);
	plugin.register(() => clock.stop());
}
