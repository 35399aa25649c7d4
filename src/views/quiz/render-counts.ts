// Anki's three numbers (new · learning · review, the kind in hand underlined) and the session's
// progress bar, drawn from plain data; the colours are the theme's (styles.css).
import type { Lang } from "../../core/types";
import { t } from "../../core/i18n";
import type { CardKind, SessionCounts } from "../../core/quiz/session-counts";

const KINDS: readonly CardKind[] = ["new", "learning", "review"];

export function renderCounts(el: HTMLElement, counts: SessionCounts, lang: Lang): void {
	const label = t(lang, "quiz.counts.label", { new: counts.new, learning: counts.learning, review: counts.review });
	const row = el.createDiv({ cls: "ip-quiz-counts", attr: { "aria-label": label, title: label } });
	for (const kind of KINDS) {
		const cls = counts.current === kind ? `ip-quiz-count ip-quiz-count-${kind} is-current` : `ip-quiz-count ip-quiz-count-${kind}`;
		const item = row.createSpan({ cls, attr: { "data-kind": kind } });
		item.createSpan({ cls: "ip-quiz-count-name", text: t(lang, `quiz.counts.${kind}`) });
		item.createSpan({ cls: "ip-quiz-count-n", text: String(counts[kind]) });
	}
}

/** A thin bar: steps taken of steps taken plus cards left (a card back for its step adds to the rest). */
export function renderProgress(el: HTMLElement, counts: SessionCounts, lang: Lang): void {
	const total = counts.done + counts.new + counts.learning + counts.review;
	// A native <progress>: drawn by the stylesheet, read out by screen readers, no inline style.
	const bar = el.createEl("progress", {
		cls: "ip-quiz-progress",
		attr: { max: String(Math.max(1, total)), value: String(total === 0 ? 1 : counts.done), "aria-label": t(lang, "quiz.progress.label", { done: counts.done, total }) },
	});
	bar.title = t(lang, "quiz.progress.label", { done: counts.done, total });
}

/**
 * The count on the Due mode's button: what a due session holds now (due cards and today's new ones).
 * The stylesheet draws it from data-count, so the button's own text stays its name.
 */
export function renderDueBadge(button: HTMLElement, n: number, lang: Lang): void {
	button.setAttr("data-count", String(n));
	button.toggleClass("has-due", n > 0);
	button.setAttr("title", t(lang, "quiz.mode.dueBadge", { n }));
}
