// "Reset progress?" before a card's progress is forgotten (undoable with U, but not obvious to undo).
import { Modal, type App } from "obsidian";
import type { Lang } from "../../core/types";
import { t } from "../../core/i18n";

export class ConfirmResetModal extends Modal {
	constructor(
		app: App,
		private lang: Lang,
		private question: string,
		private onConfirm: () => void,
	) {
		super(app);
	}

	onOpen(): void {
		const { lang } = this;
		this.contentEl.empty();
		this.contentEl.createEl("p", { cls: "ip-reset-question", text: t(lang, "card.reset.confirm", { question: this.question }) });
		const row = this.contentEl.createDiv({ cls: "modal-button-container" });
		const ok = row.createEl("button", { cls: "mod-warning ip-reset-confirm", text: t(lang, "card.reset.ok") });
		ok.addEventListener("click", () => {
			this.close();
			this.onConfirm();
		});
		const cancel = row.createEl("button", { cls: "ip-reset-cancel", text: t(lang, "card.reset.cancel") });
		cancel.addEventListener("click", () => this.close());
		// Enter confirms (the focused button), Escape cancels (the modal's own key).
		ok.focus();
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
