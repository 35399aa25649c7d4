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
	addStatusBarItem(): HTMLElement {
		return document.createElement("div");
	}
	addSettingTab(settingTab: Real.PluginSettingTab): void {
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

/** Imitates `SettingTab` / `PluginSettingTab`: a container the tab fills in `display()`. */
export abstract class PluginSettingTab {
	app: App;
	icon = "settings";
	containerEl: HTMLElement;
	constructor(app: App, _plugin: Plugin) {
		this.app = app;
		this.containerEl = document.createElement("div");
		this.containerEl.className = "vertical-tab-content";
	}
	abstract display(): void;
	hide(): void {
		this.containerEl.empty();
	}
}
