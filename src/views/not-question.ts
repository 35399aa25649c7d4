// "Not a question" from the quiz card or the coverage gaps: the question (with the variants merged into
// its card) goes on the settings list of hidden questions, a notice says so and offers Undo; the
// settings tab lists them to bring back. The index drops them at its next build (core/not-questions.ts).
import { Notice } from "obsidian";
import { copiesOf } from "../core/answer-state";
import { t } from "../core/i18n";
import { addNotQuestions, removeNotQuestions } from "../core/not-questions";
import { questionKey } from "../core/normalize";
import type { Lang } from "../core/types";
import type { PrepServices } from "../services";

export interface Hidden {
	text: string;
	/** Takes the hiding back (only the entries this hiding added). */
	undo(): Promise<void>;
}

/** Hides question `id` and its merged copies; null when the index no longer has it. */
export async function hideQuestion(services: PrepServices, id: string): Promise<Hidden | null> {
	const index = services.getIndex();
	const q = index.byId.get(id);
	if (!q) return null;
	const before = services.getSettings().notQuestions;
	const had = new Set(before.map((e) => e.key));
	const copies = copiesOf(q, index).map((c) => ({ text: c.text, path: c.path }));
	const added = [...new Set(copies.map((c) => questionKey(c.text)).filter((k) => !had.has(k)))];
	await services.updateSettings({ notQuestions: addNotQuestions(before, copies) });
	return {
		text: copies[0].text,
		undo: () => services.updateSettings({ notQuestions: removeNotQuestions(services.getSettings().notQuestions, added) }),
	};
}

/** Hides the question and shows the notice with its Undo button. */
export async function hideWithNotice(services: PrepServices, id: string): Promise<Hidden | null> {
	const hidden = await hideQuestion(services, id);
	if (!hidden) return null;
	const lang = services.lang();
	let notice: Notice | null = null;
	// A fragment (not noticeEl, deprecated since 1.8.7; messageEl is newer than minAppVersion).
	const message = createFragment((f) => {
		f.appendText(t(lang, "notQuestion.hidden", { text: hidden.text }) + " ");
		const undo = f.createEl("button", { cls: "ip-not-question-undo", text: t(lang, "notQuestion.undo") });
		undo.addEventListener("click", (evt) => {
			// A click on a notice hides it; the Undo runs first.
			evt.stopPropagation();
			notice?.hide();
			void hidden.undo().then(() => new Notice(t(lang, "notQuestion.restored", { text: hidden.text })));
		});
	});
	notice = new Notice(message, 10_000);
	return hidden;
}

/** The small "Not a question" button (quiz card, coverage gap row). */
export function notQuestionButton(parent: HTMLElement, lang: Lang, onClick: () => void, cls = ""): HTMLButtonElement {
	const button = parent.createEl("button", {
		cls: `ip-not-question ${cls}`.trim(),
		text: t(lang, "notQuestion.button"),
		attr: { "aria-label": t(lang, "notQuestion.buttonLabel"), title: t(lang, "notQuestion.buttonLabel") },
	});
	button.addEventListener("click", (evt) => {
		evt.preventDefault();
		evt.stopPropagation();
		onClick();
	});
	return button;
}
