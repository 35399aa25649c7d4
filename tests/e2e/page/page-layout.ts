// The fake Obsidian window around the fake app: ribbon, main pane, 300 px right sidebar with tabs,
// status bar, settings modal, notices, and keys routed to the active view's scope.
import type { Modifier } from "obsidian";
import { MarkdownView, Modal, Notice, type App } from "../../fake-obsidian";
import { nodeInserted } from "../../fake-obsidian/dom";
import { bindEditor, scrollToCursor } from "./page-editor";

type ShownTab = { display(): void; hide?(): void; containerEl: HTMLElement };
type PressScope = { press(key: string, mods?: Modifier[]): boolean };

/** What the page uses of the fake's leaves and workspace (typed here so the fake may evolve). */
export interface PageLeaf {
	side: "left" | "right" | "root";
	view: {
		containerEl: HTMLElement;
		scope?: PressScope | null;
		getViewType(): string;
		getDisplayText(): string;
		getState(): Record<string, unknown>;
	};
}
interface PageWorkspace {
	containerEl: HTMLElement;
	activeLeaf: PageLeaf | null;
	allLeaves(): PageLeaf[];
	setActiveLeaf(leaf: PageLeaf): void;
	revealLeaf(leaf: PageLeaf): Promise<void>;
	trigger(name: string, ...data: unknown[]): void;
}
export type FakeApp = App;

export function pageWorkspace(app: App): PageWorkspace {
	return app.workspace as unknown as PageWorkspace;
}

export interface Layout {
	root: HTMLElement;
	rightTabs: HTMLElement;
	rightLeaves: HTMLElement;
	status: HTMLElement;
	/** The textarea of the note open in the main pane, if any. */
	editorArea(): HTMLTextAreaElement | null;
	openSettings(): void;
	closeSettings(): void;
	showRibbon(): void;
}

function leafOf(app: FakeApp, content: Element): PageLeaf | null {
	return pageWorkspace(app).allLeaves().find((leaf) => leaf.view.containerEl === content) ?? null;
}

export function buildLayout(app: FakeApp, toolbar: HTMLElement): Layout {
	const body = document.body;
	const container = body.createDiv({ cls: "app-container" });
	const main = container.createDiv({ cls: "horizontal-main-container" });
	const workspace = main.createDiv({ cls: "workspace" });
	const ribbon = workspace.createDiv({ cls: "workspace-ribbon side-dock-ribbon mod-left" });
	const rootSplit = workspace.createDiv({ cls: "workspace-split mod-vertical mod-root" });
	const rootLeaves = rootSplit.createDiv({ cls: "workspace-tab-container" });
	const empty = rootLeaves.createDiv({ cls: "ip-e2e-empty", text: "No note open. Open one from the plugin's views." });
	const right = workspace.createDiv({ cls: "workspace-split mod-horizontal mod-right-split" });
	const rightTabs = right.createDiv({ cls: "workspace-tab-header-container" });
	const rightLeaves = right.createDiv({ cls: "workspace-tab-container" });
	const status = container.createDiv({ cls: "status-bar" });
	status.appendChild(toolbar);
	const cursorEl = status.createDiv({ cls: "status-bar-item ip-e2e-cursor" });
	const noticeBox = body.createDiv({ cls: "notice-container" });

	// Leaves: the fake appends each view's container to workspace.containerEl; move it where it belongs.
	const ws = pageWorkspace(app);
	const staging = ws.containerEl;
	staging.addClass("ip-e2e-staging");
	staging.hide();
	body.appendChild(staging);
	const headers = new Map<HTMLElement, HTMLElement>();
	// Obsidian calls an element's onNodeInserted listeners when it is put on screen, or shown again.
	const onScreen = (content: HTMLElement): void => {
		nodeInserted(content);
		for (const el of Array.from(content.querySelectorAll("*"))) if (el.instanceOf(HTMLElement)) nodeInserted(el);
	};
	// A tab picked: Obsidian shows it, and then the layout has changed.
	const showRightLeaf = (content: HTMLElement): void => {
		for (const wrap of Array.from(rightLeaves.children)) wrap.toggleClass("is-hidden", wrap.firstElementChild !== content);
		for (const [c, h] of headers) h.toggleClass("is-active", c === content);
		onScreen(content);
		ws.trigger("layout-change");
	};
	let area: HTMLTextAreaElement | null = null;
	const place = (content: HTMLElement): void => {
		const leaf = leafOf(app, content);
		if (!leaf) return;
		const wrap = createDiv({ cls: "workspace-leaf" });
		wrap.appendChild(content);
		const view = leaf.view;
		const header = content.querySelector(":scope > .view-header");
		if (header && !header.querySelector(".view-header-title")) header.createDiv({ cls: "view-header-title", text: view.getDisplayText() });
		wrap.addEventListener("mousedown", () => ws.setActiveLeaf(leaf), true);
		if (leaf.side === "root") {
			for (const old of Array.from(rootLeaves.querySelectorAll(".workspace-leaf"))) if (!old.firstElementChild?.isConnected || old.firstElementChild === content) old.remove();
			rootLeaves.appendChild(wrap);
			empty.hide();
			onScreen(content);
			if (view instanceof MarkdownView) {
				area = bindEditor(view);
				const a = area;
				window.requestAnimationFrame(() => {
					a.focus();
					const c = view.editor.getCursor();
					a.setSelectionRange(view.editor.posToOffset(c), view.editor.posToOffset(c));
					scrollToCursor(view, a);
				});
			}
		} else {
			rightLeaves.appendChild(wrap);
			const tab = rightTabs.createDiv({ cls: "workspace-tab-header", text: view.getDisplayText(), attr: { "data-type": view.getViewType() } });
			tab.addEventListener("click", () => {
				showRightLeaf(content);
				ws.setActiveLeaf(leaf);
			});
			headers.set(content, tab);
			showRightLeaf(content);
		}
	};
	new MutationObserver((records) => {
		for (const r of records) for (const n of Array.from(r.addedNodes)) if (n.instanceOf(HTMLElement) && n.hasClass("workspace-leaf-content")) place(n);
		// Leaves whose view was replaced or detached leave an empty wrapper and tab behind.
		for (const wrap of Array.from(rightLeaves.children)) if (!wrap.firstElementChild) wrap.remove();
		for (const [c, h] of headers) {
			if (c.isConnected) continue;
			h.remove();
			headers.delete(c);
		}
	}).observe(staging, { childList: true });

	// revealLeaf shows the leaf's tab, as Obsidian brings a sidebar view to the front.
	const reveal = ws.revealLeaf.bind(ws);
	ws.revealLeaf = async (leaf: PageLeaf) => {
		// A sidebar tab is shown before the workspace says its leaf is active, as in Obsidian.
		const show = (): void => {
			if (leaf.side === "right" && leaf.view.containerEl.isConnected) showRightLeaf(leaf.view.containerEl);
		};
		show();
		await reveal(leaf);
		await Promise.resolve();
		show();
	};

	// Keys: a focused text field keeps its keys; otherwise the open modal's scope, else the active view's.
	document.addEventListener("keydown", (evt) => {
		const t = evt.target as HTMLElement | null;
		if (t && (t.tagName === "TEXTAREA" || t.tagName === "INPUT" || t.tagName === "SELECT" || t.isContentEditable)) return;
		const mods: Modifier[] = [];
		if (evt.ctrlKey || evt.metaKey) mods.push("Mod");
		if (evt.shiftKey && evt.key.length > 1) mods.push("Shift");
		if (evt.altKey) mods.push("Alt");
		const modal = Modal.openModals[Modal.openModals.length - 1];
		const viewScope = ws.activeLeaf?.view.scope;
		const scope = (modal?.scope ?? viewScope ?? app.scope) as unknown as PressScope;
		const keys = evt.key === " " ? [" ", "Space"] : [evt.key];
		for (const key of keys) {
			if (scope.press(key, mods)) {
				evt.preventDefault();
				return;
			}
		}
		if (evt.key === "Escape") {
			if (modal) modal.close();
			else if (settings) closeSettings();
		}
	});

	// Status bar: where the editor's cursor is (1-based, as Obsidian shows it).
	window.setInterval(() => {
		const view = ws.activeLeaf?.view instanceof MarkdownView ? ws.activeLeaf.view : null;
		const c = view?.editor.getCursor();
		cursorEl.setText(view && c ? `${view.file?.path ?? ""} · Ln ${c.line + 1}, Col ${c.ch + 1}` : "");
	}, 100);

	// Notices: each one the fake made, with its elements (an Undo button), for its duration (at least 4 s).
	let shown = 0;
	window.setInterval(() => {
		while (shown < Notice.shown.length) {
			const notice = Notice.shown[shown++];
			noticeBox.appendChild(notice.noticeEl);
			window.setTimeout(() => notice.hide(), Math.max(4000, notice.duration ?? 0));
		}
	}, 100);

	// Settings: a modal with Obsidian's nav column and the plugin's tab.
	let settings: HTMLElement | null = null;
	const closeSettings = (): void => {
		if (!settings) return;
		for (const tab of app.settingTabs as ShownTab[]) tab.hide?.();
		settings.remove();
		settings = null;
	};
	const openSettings = (): void => {
		closeSettings();
		// The page plays Obsidian here: Obsidian shows a tab by calling its display().
		const tab = app.settingTabs[0] as ShownTab | undefined;
		settings = body.createDiv({ cls: "modal-container mod-dim" });
		settings.createDiv({ cls: "modal-bg" }).addEventListener("click", closeSettings);
		const modal = settings.createDiv({ cls: "modal mod-settings" });
		modal.createDiv({ cls: "modal-close-button", text: "✕" }).addEventListener("click", closeSettings);
		const nav = modal.createDiv({ cls: "vertical-tab-header" });
		nav.createDiv({ cls: "vertical-tab-nav-item", text: "Community plugins" });
		nav.createDiv({ cls: "vertical-tab-nav-item is-active", text: "Interview Prep" });
		const content = modal.createDiv({ cls: "vertical-tab-content-container" });
		if (!tab) {
			content.createDiv({ text: "The plugin added no settings tab." });
			return;
		}
		content.appendChild(tab.containerEl);
		tab.display();
	};

	const showRibbon = (): void => {
		for (const r of app.ribbon) {
			if (r.el.isConnected) continue;
			r.el.addClass("clickable-icon");
			r.el.setAttr("title", r.title);
			r.el.setAttr("data-letter", r.icon.slice(0, 1).toUpperCase());
			ribbon.appendChild(r.el);
		}
	};

	return { root: container, rightTabs, rightLeaves, status, editorArea: () => area, openSettings, closeSettings, showRibbon };
}
