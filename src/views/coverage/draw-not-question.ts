// The "Not a question" button on a coverage gap row, drawn once per row (keyed) and calling the
// handlers current at the click.
import { t } from "../../core/i18n";
import type { Lang } from "../../core/types";
import type { KeyedChildren } from "./keyed-children";

export function drawNotQuestion(k: KeyedChildren, id: string, lang: Lang, act: () => ((id: string) => void) | undefined): void {
	if (!act()) return;
	const button = k.el("not-question", "button", "ip-not-question ip-cov-not-question", (b) => {
		b.addEventListener("click", (evt) => {
			evt.preventDefault();
			evt.stopPropagation();
			act()?.(id);
		});
	});
	// The language can change between draws.
	const label = t(lang, "notQuestion.buttonLabel");
	if (button.getAttribute("aria-label") !== label) {
		button.setAttribute("aria-label", label);
		button.title = label;
		button.setText(t(lang, "notQuestion.button"));
	}
}
