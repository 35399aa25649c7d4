// Fakes of `Plugin` (https://docs.obsidian.md/Reference/TypeScript+API/Plugin) and `PluginSettingTab`
// (https://docs.obsidian.md/Reference/TypeScript+API/PluginSettingTab).
import type * as Real from "obsidian";
import type { Command, PluginManifest, ViewCreator } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { setIcon } from "./util";

/** Imitates `Plugin`: data.json kept in the fake app, commands/views/tabs recorded there. */
export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	settings?: unknown;
	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}
	async loadData(): Promise<unknown> {
		const d = this.app.pluginData.get(this.manifest.id);
		return d === undefined ? null : structuredClone(d);
	}
	async saveData(data: unknown): Promise<void> {
		this.app.pluginData.set(this.manifest.id, structuredClone(data));
	}
	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.commands.set(full.id, full);
		this.register(() => this.app.commands.delete(full.id));
		return full;
	}
	removeCommand(commandId: string): void {
		this.app.commands.delete(`${this.manifest.id}:${commandId}`);
	}
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = document.createElement("div");
		el.className = "side-dock-ribbon-action";
		el.setAttribute("aria-label", title);
		setIcon(el, icon);
		el.addEventListener("click", callback);
		const entry = { icon, title, el, callback };
		this.app.ribbon.push(entry);
		this.register(() => this.app.ribbon.splice(this.app.ribbon.indexOf(entry), 1));
		return el;
	}
	/** A `.status-bar-item`, put in the page's `.status-bar` where there is one (the browser page), removed on unload. */
	addStatusBarItem(): HTMLElement {
		const el = document.createElement("div");
		el.className = "status-bar-item";
		document.querySelector(".status-bar")?.appendChild(el);
		this.app.statusBar.push(el);
		this.register(() => {
			el.remove();
			this.app.statusBar.splice(this.app.statusBar.indexOf(el), 1);
		});
		return el;
	}
	addSettingTab(settingTab: Real.PluginSettingTab): void {
		settingTab.update();
		this.app.settingTabs.push(settingTab);
	}
	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.workspace.viewCreators.set(type, viewCreator);
		this.register(() => this.app.workspace.viewCreators.delete(type));
	}
	registerExtensions(_extensions: string[], _viewType: string): void {}
	registerMarkdownPostProcessor<T>(postProcessor: T): T {
		return postProcessor;
	}
	registerEditorExtension(_extension: unknown): void {}
	registerObsidianProtocolHandler(_action: string, _handler: unknown): void {}
	registerEditorSuggest(_editorSuggest: unknown): void {}
	onUserEnable(): void {}
}

/**
 * Imitates `SettingTab` / `PluginSettingTab` as of Obsidian 1.13: `update()` stores the tab's setting
 * definitions in `settingItems` (addSettingTab calls it, as Obsidian does for its settings search), and
 * controls read and write `plugin.settings` unless the tab overrides getControlValue/setControlValue.
 * The fake does not draw definitions: tests use them through setting-definitions.ts, and a host that
 * shows a tab the way Obsidian before 1.13 did calls `display()`.
 */
export abstract class PluginSettingTab {
	app: App;
	icon = "settings";
	containerEl: HTMLElement;
	settingItems: Real.SettingDefinitionItem[] = [];
	private readonly plugin: Plugin;
	constructor(app: App, plugin: Plugin) {
		this.app = app;
		this.plugin = plugin;
		this.containerEl = document.createElement("div");
		this.containerEl.className = "vertical-tab-content";
	}
	getSettingDefinitions(): Real.SettingDefinitionItem[] {
		return [];
	}
	update(): void {
		this.settingItems = this.getSettingDefinitions();
	}
	getControlValue(key: string): unknown {
		const settings = this.plugin.settings;
		return typeof settings === "object" && settings !== null ? (settings as Record<string, unknown>)[key] : undefined;
	}
	async setControlValue(key: string, value: unknown): Promise<void> {
		if (typeof this.plugin.settings !== "object" || this.plugin.settings === null) this.plugin.settings = {};
		(this.plugin.settings as Record<string, unknown>)[key] = value;
		await this.plugin.saveData(this.plugin.settings);
	}
	refreshDomState(): void {}
	display(): void {}
	hide(): void {
		this.containerEl.empty();
	}
}
