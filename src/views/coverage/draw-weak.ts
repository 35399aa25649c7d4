// The weak-spot section of the coverage view: what the person struggled with, one list per reason.
import type { WeakSpot } from "../../core/coverage";
import { t, type StringKey } from "../../core/i18n";
import { formatClock } from "../../core/i18n/time-format";
import { weakMockText } from "../../core/coverage-words";
import type { CoverageModel } from "./coverage-model";
import { questionLink } from "./coverage-links";
import { KeyedChildren, setTextIfChanged } from "./keyed-children";

export function drawWeak(details: HTMLDetailsElement, model: CoverageModel, openAt: () => (path: string, line: number) => void): void {
	const { lang, report } = model;
	const k = new KeyedChildren(details);
	setTextIfChanged(k.el("summary", "summary", "ip-cov-section-title"), t(lang, "coverage.weak"));
	const target = formatClock(report.targetSeconds);
	const lists: [string, StringKey, WeakSpot[], (w: WeakSpot) => string][] = [
		["again", "coverage.weak.again", report.weak.again, (w) => t(lang, "coverage.weak.againCount", { n: w.again })],
		["mock", "coverage.weak.mock", report.weak.mock, (w) => weakMockText(w, lang)],
		["overTime", "coverage.weak.overTime", report.weak.overTime, (w) => t(lang, "coverage.weak.spoke", { time: `${formatClock(w.lastSecs)} / ${target}` })],
		["retrievability", "coverage.weak.retrievability", report.weak.retrievability, (w) =>
			t(lang, "coverage.weak.recall", { percent: Math.round((w.retrievability ?? 0) * 100) })],
	];
	if (!lists.some(([, , items]) => items.length > 0)) {
		// Before any practice there is nothing to read; after it, say that nothing went badly.
		const none = report.totals.practised === 0 ? "coverage.weak.none" : "coverage.weak.nothing";
		setTextIfChanged(k.el("none", "p", "ip-cov-weak-none"), t(lang, none));
	}
	for (const [key, title, items, meta] of lists) {
		if (items.length === 0) continue;
		const sec = k.el(key, "div", `ip-cov-weak-list ip-cov-weak-${key}`);
		const sk = new KeyedChildren(sec);
		setTextIfChanged(sk.el("title", "div", "ip-cov-weak-title"), t(lang, title, { target }));
		const ul = sk.el("items", "ul", "");
		const lk = new KeyedChildren(ul);
		for (const w of items) questionLink(lk.el(`q:${w.id}`, "li", "ip-cov-weak-item"), w, openAt, meta(w));
		lk.end();
		sk.end();
	}
	k.end();
}
