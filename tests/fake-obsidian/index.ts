// One fake `obsidian` module for tests and the browser page, following node_modules/obsidian/obsidian.d.ts
// (checked by typecheck.ts). Each fake names the API it imitates. No Node APIs here.
import { installDomHelpers } from "./dom";

installDomHelpers();

export { App, FileManager } from "./app";
export type { FakeAppOptions } from "./app";
export { InMemoryAdapter } from "./adapter";
export { Component, Scope } from "./component";
export { Editor } from "./editor";
export { Events } from "./events";
export { TAbstractFile, TFile, TFolder } from "./files";
export { MarkdownRenderer } from "./markdown";
export { Menu, MenuItem } from "./menu";
export { MetadataCache } from "./metadata-cache";
export { Modal, Notice } from "./notice";
export { Plugin, PluginSettingTab } from "./plugin";
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	Setting,
	SettingGroup,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
} from "./setting";
export { AbstractInputSuggest, FuzzySuggestModal, SuggestModal } from "./suggest";
export { Platform, debounce, getLanguage, normalizePath, setIcon, setLanguage } from "./util";
export { Vault } from "./vault";
export { ItemView, MarkdownView, View, Workspace, WorkspaceLeaf, fakeLeaf, fakeView } from "./workspace";
// The real API's types, so code importing types from the fake sees the same names.
export type {
	CachedMetadata,
	Command,
	Debouncer,
	EditorPosition,
	EditorRange,
	EditorSelection,
	EditorTransaction,
	EventRef,
	HeadingCache,
	IconName,
	KeymapContext,
	KeymapEventHandler,
	LinkCache,
	Modifier,
	PluginManifest,
	ViewCreator,
	ViewState,
	ViewStateResult,
} from "obsidian";

/** Imitates `requireApiVersion`: the fake is as new as the installed types. */
export function requireApiVersion(_version: string): boolean {
	return true;
}

/** Imitates `prepareFuzzySearch`: case-insensitive subsequence match. */
export function prepareFuzzySearch(query: string): (text: string) => { score: number; matches: [number, number][] } | null {
	const q = query.toLowerCase();
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: [number, number][] = [];
		let i = 0;
		for (let k = 0; k < t.length && i < q.length; k++) if (t[k] === q[i]) {
			matches.push([k, k + 1]);
			i++;
		}
		return i === q.length ? { score: -t.length, matches } : null;
	};
}
