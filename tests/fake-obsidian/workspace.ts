// Fakes of `View` / `ItemView` (https://docs.obsidian.md/Reference/TypeScript+API/ItemView), `MarkdownView`,
// `WorkspaceLeaf` and `Workspace` (https://docs.obsidian.md/Reference/TypeScript+API/Workspace).
import type * as Real from "obsidian";
import type { OpenViewState, ViewState, ViewStateResult } from "obsidian";
import type { App } from "./app";
import { Component, Scope } from "./component";
import { Editor } from "./editor";
import { Events } from "./events";
import type { TFile } from "./files";

function makeDiv(cls: string): HTMLElement {
	const el = document.createElement("div");
	el.className = cls;
	return el;
}

/** The fake behind a real-typed leaf (plugin code holds real types; at run time they are these fakes). */
export function fakeLeaf(leaf: Real.WorkspaceLeaf): WorkspaceLeaf {
	return leaf as unknown as WorkspaceLeaf;
}
/** The fake behind a real-typed view. */
export function fakeView(view: Real.View): View {
	return view as unknown as View;
}

/** Imitates `View`. Fields carry the real types the plugin sees. */
export abstract class View extends Component {
	app: Real.App;
	icon = "";
	navigation = false;
	leaf: Real.WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: Scope | null = null;
	constructor(leaf: Real.WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = fakeLeaf(leaf).app as unknown as Real.App;
		this.containerEl = makeDiv("workspace-leaf-content");
	}
	protected async onOpen(): Promise<void> {}
	protected async onClose(): Promise<void> {}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {}
	getIcon(): string {
		return this.icon;
	}
	onResize(): void {}
	onPaneMenu(_menu: unknown, _source: string): void {}
	/** Fake-only: how the leaf opens and closes a view (onOpen/onClose are protected). */
	async openFake(): Promise<void> {
		this.load();
		await this.onOpen();
	}
	async closeFake(): Promise<void> {
		await this.onClose();
		this.unload();
	}
}

/** Imitates `ItemView`: containerEl has a header (children[0]) and the content element (children[1]). */
export abstract class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: Real.WorkspaceLeaf) {
		super(leaf);
		this.containerEl.appendChild(makeDiv("view-header"));
		this.contentEl = makeDiv("view-content");
		this.containerEl.appendChild(this.contentEl);
		this.scope = new Scope(fakeLeaf(leaf).app.scope);
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = (this.containerEl.children[0] as HTMLElement).createEl("a", { cls: "view-action", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", callback);
		return el;
	}
}

/** A leaf's view before anything is opened in it (Obsidian's "empty" view). */
class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

/** Imitates `MarkdownView` in source mode: an `Editor` over the file's text. */
export class MarkdownView extends ItemView {
	editor: Editor;
	file: TFile | null = null;
	constructor(leaf: Real.WorkspaceLeaf, text = "") {
		super(leaf);
		this.editor = new Editor(text);
	}
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
	getMode(): "source" | "preview" {
		return "source";
	}
	getViewData(): string {
		return this.editor.getValue();
	}
	setViewData(data: string, _clear: boolean): void {
		this.editor.setValue(data);
	}
	clear(): void {}
	/** Fake-only: write the editor's text back to the vault (Obsidian autosaves). */
	async save(): Promise<void> {
		if (this.file) await fakeLeaf(this.leaf).app.vault.modify(this.file, this.editor.getValue());
	}
}

export type Side = "left" | "right" | "root";

/** Imitates `WorkspaceLeaf`. */
export class WorkspaceLeaf extends Events {
	view: Real.View;
	readonly app: App;
	readonly side: Side;
	constructor(app: App, side: Side) {
		super();
		this.app = app;
		this.side = side;
		this.view = new EmptyView(this as unknown as Real.WorkspaceLeaf) as unknown as Real.View;
	}
	private async replaceView(view: View): Promise<void> {
		const old = fakeView(this.view);
		await old.closeFake();
		old.containerEl.remove();
		this.view = view as unknown as Real.View;
		this.app.workspace.containerEl.appendChild(view.containerEl);
		await view.openFake();
	}
	async setViewState(viewState: ViewState, _eState?: unknown): Promise<void> {
		const creator = this.app.workspace.viewCreators.get(viewState.type);
		if (!creator) throw new Error(`No view registered for type '${viewState.type}'`);
		await this.replaceView(fakeView(creator(this as unknown as Real.WorkspaceLeaf)));
		if (viewState.state) await this.view.setState(viewState.state, { history: false });
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
	}
	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState() };
	}
	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const view = new MarkdownView(this as unknown as Real.WorkspaceLeaf, await this.app.vault.cachedRead(file));
		view.file = file;
		await this.replaceView(view);
		const line = (openState?.eState as { line?: number } | undefined)?.line;
		if (typeof line === "number") view.editor.setCursor({ line, ch: 0 });
		this.app.workspace.opened.push({ path: file.path, line: typeof line === "number" ? line : null });
		this.app.workspace.setActiveLeaf(this);
	}
	async open(view: Real.View): Promise<Real.View> {
		await this.replaceView(fakeView(view));
		return view;
	}
	get isDeferred(): boolean {
		return false;
	}
	async loadIfDeferred(): Promise<void> {}
	getDisplayText(): string {
		return this.view.getDisplayText();
	}
	getIcon(): string {
		return this.view.getIcon();
	}
	detach(): void {
		void fakeView(this.view).closeFake();
		this.view.containerEl.remove();
		this.app.workspace.removeLeaf(this);
	}
	setPinned(_pinned: boolean): void {}
	togglePinned(): void {}
	onResize(): void {}
}

/** Imitates `Workspace`: leaves in three places (left, right, root), layout-ready callbacks, link opening. */
export class Workspace extends Events {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement;
	/** Fake-only: view types registered by plugins. */
	readonly viewCreators = new Map<string, Real.ViewCreator>();
	/** Fake-only: every note opened, in order (path and the 0-based line the cursor was put on). */
	readonly opened: { path: string; line: number | null }[] = [];
	/** Fake-only: leaves passed to revealLeaf. */
	readonly revealed: WorkspaceLeaf[] = [];
	private leaves: WorkspaceLeaf[] = [];
	private readyCallbacks: (() => unknown)[] = [];

	constructor(private readonly app: App) {
		super();
		this.containerEl = typeof document !== "undefined" ? makeDiv("workspace") : ({} as HTMLElement);
	}
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) void callback();
		else this.readyCallbacks.push(callback);
	}
	/** Fake-only: Obsidian finished restoring the layout. */
	triggerLayoutReady(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) void cb();
		this.trigger("layout-change");
	}
	private real(leaf: WorkspaceLeaf): Real.WorkspaceLeaf {
		return leaf as unknown as Real.WorkspaceLeaf;
	}
	private newLeaf(side: Side): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		this.containerEl.appendChild(leaf.view.containerEl);
		return leaf;
	}
	/** Fake-only: every leaf, as the fakes they are. */
	allLeaves(): WorkspaceLeaf[] {
		return [...this.leaves];
	}
	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
	}
	getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): Real.WorkspaceLeaf {
		if (!newLeaf && this.activeLeaf?.side === "root") return this.real(this.activeLeaf);
		return this.real(this.newLeaf("root"));
	}
	getRightLeaf(_split: boolean): Real.WorkspaceLeaf | null {
		return this.real(this.newLeaf("right"));
	}
	getLeftLeaf(_split: boolean): Real.WorkspaceLeaf | null {
		return this.real(this.newLeaf("left"));
	}
	async ensureSideLeaf(type: string, side: "left" | "right", options?: { active?: boolean; state?: Record<string, unknown>; reveal?: boolean }): Promise<Real.WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type)[0];
		if (existing) return existing;
		const leaf = this.newLeaf(side);
		await leaf.setViewState({ type, state: options?.state, active: options?.active });
		if (options?.reveal !== false) await this.revealLeaf(this.real(leaf));
		return this.real(leaf);
	}
	getLeavesOfType(viewType: string): Real.WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType).map((l) => this.real(l));
	}
	detachLeavesOfType(viewType: string): void {
		for (const l of this.getLeavesOfType(viewType)) l.detach();
	}
	iterateAllLeaves(callback: (leaf: Real.WorkspaceLeaf) => unknown): void {
		for (const l of [...this.leaves]) callback(this.real(l));
	}
	iterateRootLeaves(callback: (leaf: Real.WorkspaceLeaf) => unknown): void {
		for (const l of this.leaves.filter((x) => x.side === "root")) callback(this.real(l));
	}
	async revealLeaf(leaf: Real.WorkspaceLeaf | WorkspaceLeaf): Promise<void> {
		this.revealed.push(leaf as unknown as WorkspaceLeaf);
	}
	setActiveLeaf(leaf: Real.WorkspaceLeaf | WorkspaceLeaf, _params?: unknown): void {
		const fake = leaf as unknown as WorkspaceLeaf;
		this.activeLeaf = fake;
		this.trigger("active-leaf-change", leaf);
		if (fake.view instanceof MarkdownView) this.trigger("file-open", fake.view.file);
	}
	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view.file : null;
	}
	get activeEditor(): MarkdownView | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view : null;
	}
	getLastOpenFiles(): string[] {
		return [...new Set(this.opened.map((o) => o.path).reverse())];
	}
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | "tab" | "split" | "window", openViewState?: OpenViewState): Promise<void> {
		const linkpath = linktext.split("#")[0];
		const file = this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath);
		if (!file) {
			// Obsidian creates the note; the fake only records the attempt.
			this.opened.push({ path: linkpath, line: null });
			return;
		}
		await fakeLeaf(this.getLeaf(newLeaf)).openFile(file, openViewState);
	}
	requestSaveLayout(): void {}
}
