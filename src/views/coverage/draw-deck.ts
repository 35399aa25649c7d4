// The deck overview in the coverage tree: each hub, note and topic row shows its new and due counts
// (as Anki's deck list does) and a button that starts a quiz session limited to it; and the list of
// suspended questions, each with its way back (unsuspend).
import type { Question } from "../../core/types";
import type { DeckCount } from "../../core/deck-overview";
import type { Lang } from "../../core/types";
import { t } from "../../core/i18n";
import { KeyedChildren, setTextIfChanged } from "./keyed-children";
import { noteName, questionLink } from "./coverage-links";

/** New and due of one row, and the button that practises it. `practise` is read at click time. */
export function drawDeckBadge(el: HTMLElement, count: DeckCount, lang: Lang, practise: () => () => void): void {
	const k = new KeyedChildren(el);
	const num = (key: "fresh" | "due", value: number, label: "coverage.stat.new" | "coverage.stat.dueNow") => {
		const span = k.el(key, "span", `ip-cov-deck-count ip-cov-deck-${key}`);
		span.toggleClass("is-zero", value === 0);
		setTextIfChanged(span, String(value));
		span.setAttribute("aria-label", `${value} ${t(lang, label)}`);
		span.title = `${value} ${t(lang, label)}`;
	};
	num("fresh", count.fresh, "coverage.stat.new");
	num("due", count.due, "coverage.stat.dueNow");
	const button = k.el("go", "button", "ip-cov-deck-practise clickable-icon", (b) => {
		b.setText("▶");
		// Inside a <summary>: the click practises, it does not open or close the group.
		b.addEventListener("click", (evt) => {
			evt.preventDefault();
			evt.stopPropagation();
			practise()();
		});
	});
	button.setAttribute("aria-label", t(lang, "coverage.practiseHere"));
	button.title = t(lang, "coverage.practiseHere");
	k.end();
}

/** Suspended questions (none: the section is not drawn). `unsuspend` and `openAt` are read at click time. */
export function drawSuspended(
	details: HTMLDetailsElement,
	questions: readonly Question[],
	lang: Lang,
	unsuspend: () => (q: Question) => void,
	openAt: () => (path: string, line: number) => void,
): void {
	const k = new KeyedChildren(details);
	setTextIfChanged(k.el("summary", "summary", "ip-cov-section-title"), t(lang, "coverage.suspended", { n: questions.length }));
	const ul = k.el("items", "ul", "ip-cov-suspended-list");
	const lk = new KeyedChildren(ul);
	for (const q of questions) {
		const li = lk.el(`q:${q.id}`, "li", "ip-cov-suspended");
		const ik = new KeyedChildren(li);
		questionLink(ik.el("link", "span", "ip-cov-suspended-question"), { id: q.id, text: q.text, path: q.path, line: q.line }, openAt, noteName(q.path));
		const b = ik.el("unsuspend", "button", "ip-cov-unsuspend", (btn) => btn.addEventListener("click", () => unsuspend()(q)));
		setTextIfChanged(b, t(lang, "coverage.unsuspend"));
		b.setAttribute("aria-label", t(lang, "coverage.unsuspend.label"));
		ik.end();
	}
	lk.end();
	k.end();
}
