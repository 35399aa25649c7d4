// Drawing a sidebar view only while it can be seen: a tab behind another, or in a collapsed sidebar,
// is not drawn on every edit and grade (a report of ten thousand questions takes tens of milliseconds
// each time); it is drawn once, with what is current, when it is shown again.
import type { Component, Workspace } from "obsidian";

export class DrawWhenShown {
	/** A change came while hidden: draw when shown. */
	private stale = false;

	constructor(
		private readonly el: HTMLElement,
		private readonly draw: () => void,
	) {}

	/**
	 * Listens for the view being shown again: a layout change (a tab picked), and the element put back
	 * on screen (Obsidian's onNodeInserted also fires when a hidden tab is displayed again). The view's
	 * onResize should call `check` too. A look every second is the net under them (it costs nothing
	 * while nothing waits to be drawn); a view that ticks anyway passes `ticks` and checks in its tick.
	 */
	attach(owner: Component, workspace: Workspace, ticks = false): void {
		owner.registerEvent(workspace.on("layout-change", () => this.check()));
		owner.register(this.el.onNodeInserted(() => this.check()));
		if (!ticks) owner.registerInterval(window.setInterval(() => this.check(), 1000));
	}

	/** Something the view shows changed: draw now when shown, else once shown again. */
	changed(): void {
		if (this.el.isShown()) {
			this.stale = false;
			this.draw();
		} else this.stale = true;
	}

	/** The view may be showing again: draw what it missed. */
	check(): void {
		if (this.stale && this.el.isShown()) {
			this.stale = false;
			this.draw();
		}
	}
}
