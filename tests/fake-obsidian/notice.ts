// Fakes of `Notice` (https://docs.obsidian.md/Reference/TypeScript+API/Notice) and `Modal`
// (https://docs.obsidian.md/Reference/TypeScript+API/Modal).
import type * as Real from "obsidian";
import { Scope } from "./component";

/** Imitates `Notice`; every message is recorded in `Notice.messages` for tests. */
export class Notice {
	static messages: string[] = [];
	noticeEl!: HTMLElement;
	containerEl!: HTMLElement;
	messageEl!: HTMLElement;
	message: string;
	constructor(message: string | DocumentFragment, public duration?: number) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.messages.push(this.message);
		if (typeof document !== "undefined") {
			this.containerEl = this.noticeEl = document.createElement("div");
			this.noticeEl.className = "notice";
			this.messageEl = this.noticeEl.createDiv({ cls: "notice-message", text: this.message });
			// A fragment keeps its elements (buttons in a notice), as in Obsidian.
			if (typeof message !== "string") {
				this.messageEl.empty();
				this.messageEl.appendChild(message);
			}
		}
		Notice.shown.push(this);
	}
	/** Test helper: the notices shown, oldest first (cleared by clear()). */
	static shown: Notice[] = [];
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.messages.push(this.message);
		this.messageEl?.setText(this.message);
		return this;
	}
	/** Takes the notice off the page (where a host showed it). */
	hide(): void {
		this.noticeEl?.remove();
	}
	/** Test helper: forget recorded messages. */
	static clear(): void {
		Notice.messages = [];
		Notice.shown = [];
	}
}

/** Imitates `Modal`: open() attaches to document.body and calls onOpen; close() calls onClose. */
export class Modal {
	/** Test helper: modals currently open, newest last. */
	static openModals: Modal[] = [];
	app: Real.App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	private closeCallback: (() => unknown) | null = null;
	constructor(app: Real.App) {
		this.app = app;
		this.scope = new Scope();
		this.containerEl = document.createElement("div");
		this.containerEl.className = "modal-container";
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}
	open(): void {
		document.body.appendChild(this.containerEl);
		Modal.openModals.push(this);
		void this.onOpen();
	}
	close(): void {
		this.containerEl.remove();
		Modal.openModals = Modal.openModals.filter((m) => m !== this);
		this.onClose();
		this.closeCallback?.();
	}
	onOpen(): Promise<void> | void {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}
