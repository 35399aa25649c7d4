// Small DOM pieces the coverage view's parts share: clickable non-buttons and question links.
import type { GapItem } from "../../core/coverage";
import { KeyedChildren, setTextIfChanged } from "./keyed-children";
import { noteName } from "../../core/note-name";
export { noteName };

/** Something clickable that is not a button: reachable by Tab, activated by Enter or Space. */
export function makeActivatable(el: HTMLElement, act: () => void): void {
	el.setAttribute("role", "button");
	el.setAttribute("tabindex", "0");
	el.addEventListener("click", (e) => {
		e.preventDefault();
		act();
	});
	el.addEventListener("keydown", (e) => {
		if (e.key === "Enter" || e.key === " ") {
			e.preventDefault();
			act();
		}
	});
}

/** A question that opens its note at its line, with a short grey note after it (and `extra`'s keyed children). */
export function questionLink(li: HTMLElement, item: GapItem, openAt: () => (path: string, line: number) => void, meta: string, extra?: (k: KeyedChildren) => void): void {
	const k = new KeyedChildren(li);
	const a = k.el("q", "a", "ip-cov-question", (el) => {
		el.dataset.path = item.path;
		el.dataset.line = String(item.line);
		makeActivatable(el, () => openAt()(item.path, item.line));
	});
	setTextIfChanged(a, item.text);
	if (meta) setTextIfChanged(k.el("meta", "span", "ip-cov-meta"), meta);
	extra?.(k);
	k.end();
}
