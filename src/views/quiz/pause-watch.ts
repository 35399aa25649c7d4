// Tells the quiz when nobody can be speaking to it, so its speaking timer stands still: the quiz is
// not on screen (another sidebar tab, sidebar collapsed, app in the background), a modal such as the
// settings is open, or the window has lost focus. Events say when to look; each look reads the state
// afresh, and the view's one-second tick looks too, so a missed event costs at most a second.
import type { Component, Workspace } from "obsidian";
import type { PauseReason } from "../../core/quiz/speaking-clock";

export type WatchedReason = Extract<PauseReason, "hidden" | "modal" | "blur">;

export class PauseWatch {
	private holds: Record<WatchedReason, boolean> = { hidden: false, modal: false, blur: false };

	constructor(
		/** The view's content: shown or not. */
		private el: HTMLElement,
		private onChange: (reason: WatchedReason, paused: boolean) => void,
	) {}

	/** Listen for as long as `owner` is loaded (the view, from onOpen). */
	attach(owner: Component, workspace: Workspace): void {
		const win = this.el.win;
		const doc = this.el.doc;
		owner.registerDomEvent(win, "blur", () => this.set("blur", true));
		owner.registerDomEvent(win, "focus", () => this.set("blur", false));
		owner.registerDomEvent(doc, "visibilitychange", () => this.check());
		owner.registerEvent(workspace.on("layout-change", () => this.check()));
		owner.registerEvent(workspace.on("active-leaf-change", () => this.check()));
		// Obsidian adds a modal as a child of <body>, and removes it on close.
		const observer = new MutationObserver(() => this.check());
		observer.observe(doc.body, { childList: true });
		owner.register(() => observer.disconnect());
		this.check();
	}

	/** Read whether the quiz is on screen and whether a modal is open. */
	check(): void {
		const doc = this.el.doc;
		this.set("hidden", doc.visibilityState === "hidden" || !this.el.isShown());
		this.set("modal", doc.body.querySelector(":scope > .modal-container") !== null);
	}

	private set(reason: WatchedReason, paused: boolean): void {
		if (this.holds[reason] === paused) return;
		this.holds[reason] = paused;
		this.onChange(reason, paused);
	}
}
