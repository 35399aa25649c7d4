// The card's control row (bury, suspend, reset, edit) under its actions, and the keys for them.
// Drawn by renderCard when the view passes these handlers; every action goes to a handler.
import type { Lang } from "../../core/types";
import { t, type StringKey } from "../../core/i18n";

export interface CardControlHandlers {
	bury(): void;
	suspend(): void;
	/** Asks first (a confirm), then resets the card's progress. */
	reset(): void;
	/** Opens the note at the question's line. */
	edit(): void;
}

/** The controls in their row's order, each with its bare key in the quiz (the key line "card.keys" says these). */
export const CARD_CONTROL_KEYS: readonly { control: keyof CardControlHandlers; key: string }[] = [
	{ control: "bury", key: "b" },
	{ control: "suspend", key: "x" },
	{ control: "reset", key: "f" },
	{ control: "edit", key: "e" },
];

export function renderCardControls(box: HTMLElement, lang: Lang, handlers: CardControlHandlers): void {
	const row = box.createDiv({ cls: "ip-card-controls", attr: { role: "group" } });
	for (const { control: name } of CARD_CONTROL_KEYS) {
		const label = t(lang, `card.${name}.label` as StringKey);
		const button = row.createEl("button", {
			cls: `ip-card-control ip-card-control-${name}`,
			text: t(lang, `card.${name}` as StringKey),
			attr: { "aria-label": label, title: label, "data-control": name },
		});
		button.addEventListener("click", () => handlers[name]());
	}
}

/** The control keys, beside the quiz's own key line. */
export function renderCardControlKeys(box: HTMLElement, lang: Lang): void {
	box.createDiv({ cls: "ip-quiz-keys ip-card-control-keys", text: t(lang, "card.keys") });
}
