// Type-level check that the fakes follow the real `obsidian.d.ts`: each entry says "this fake can stand
// where the plugin expects the real API (or the listed part of it)". `npx tsc --noEmit` fails on drift.
import type * as Real from "obsidian";
import type * as Fake from "./index";

type Check<Actual extends Expected, Expected> = [Actual, Expected];
type Part<T, K extends keyof T> = Pick<T, K>;

export type Checks = [
	Check<Fake.TFile, Real.TFile>,
	Check<Fake.TFolder, Real.TFolder>,
	Check<Fake.Vault, Real.Vault>,
	Check<Fake.InMemoryAdapter, Real.DataAdapter>,
	Check<Fake.MetadataCache, Real.MetadataCache>,
	Check<Fake.Events, Real.Events>,
	Check<Fake.Component, Real.Component>,
	Check<Fake.Scope, Real.Scope>,
	Check<Fake.Editor, Real.Editor>,
	Check<Fake.Notice, Real.Notice>,
	Check<Part<Fake.Menu, "addItem" | "addSeparator" | "setNoIcon" | "setUseNativeMenu" | "showAtMouseEvent" | "showAtPosition" | "hide" | "close" | "onHide">, Part<Real.Menu, "addItem" | "addSeparator" | "setNoIcon" | "setUseNativeMenu" | "showAtMouseEvent" | "showAtPosition" | "hide" | "close" | "onHide">>,
	Check<Part<Fake.MenuItem, "setTitle" | "setIcon" | "setChecked" | "setDisabled" | "setWarning" | "setIsLabel" | "onClick" | "setSection">, Part<Real.MenuItem, "setTitle" | "setIcon" | "setChecked" | "setDisabled" | "setWarning" | "setIsLabel" | "onClick" | "setSection">>,
	Check<Fake.Setting, Real.Setting>,
	Check<Fake.TextComponent, Real.TextComponent>,
	Check<Fake.TextAreaComponent, Real.TextAreaComponent>,
	Check<Fake.ToggleComponent, Real.ToggleComponent>,
	Check<Fake.DropdownComponent, Real.DropdownComponent>,
	Check<Fake.SliderComponent, Real.SliderComponent>,
	Check<Fake.ButtonComponent, Real.ButtonComponent>,
	Check<Fake.ExtraButtonComponent, Real.ExtraButtonComponent>,
	Check<typeof Fake.Platform, typeof Real.Platform>,
	Check<typeof Fake.normalizePath, typeof Real.normalizePath>,
	Check<typeof Fake.debounce, typeof Real.debounce>,
	Check<typeof Fake.getLanguage, typeof Real.getLanguage>,
	Check<typeof Fake.setIcon, typeof Real.setIcon>,
	Check<typeof Fake.MarkdownRenderer.render, typeof Real.MarkdownRenderer.render>,
	Check<typeof Fake.prepareFuzzySearch, typeof Real.prepareFuzzySearch>,
	// App, Workspace, views and plugins reach into parts of Obsidian the fake leaves out (splits, ribbons,
	// keymaps); the members the plugin uses are checked.
	Check<Part<Fake.App, "vault" | "metadataCache" | "fileManager" | "loadLocalStorage" | "saveLocalStorage" | "scope" | "isDarkMode">, Part<Real.App, "vault" | "metadataCache" | "fileManager" | "loadLocalStorage" | "saveLocalStorage" | "scope" | "isDarkMode">>,
	Check<Fake.FileManager, Real.FileManager>,
	Check<
		Part<Fake.Workspace, "onLayoutReady" | "getLeavesOfType" | "getRightLeaf" | "getLeftLeaf" | "revealLeaf" | "openLinkText" | "getActiveFile" | "detachLeavesOfType" | "iterateAllLeaves" | "layoutReady" | "on" | "trigger">,
		Part<Real.Workspace, "onLayoutReady" | "getLeavesOfType" | "getRightLeaf" | "getLeftLeaf" | "revealLeaf" | "openLinkText" | "getActiveFile" | "detachLeavesOfType" | "iterateAllLeaves" | "layoutReady" | "on" | "trigger">
	>,
	Check<Part<Fake.WorkspaceLeaf, "setViewState" | "getViewState" | "openFile" | "detach" | "getDisplayText">, Part<Real.WorkspaceLeaf, "setViewState" | "getViewState" | "openFile" | "detach" | "getDisplayText">>,
	Check<
		Part<Fake.ItemView, "contentEl" | "containerEl" | "scope" | "getState" | "setState" | "getViewType" | "getDisplayText" | "getIcon" | "icon" | "navigation" | "addAction" | "load" | "unload" | "register" | "registerEvent" | "registerDomEvent">,
		Part<Real.ItemView, "contentEl" | "containerEl" | "scope" | "getState" | "setState" | "getViewType" | "getDisplayText" | "getIcon" | "icon" | "navigation" | "addAction" | "load" | "unload" | "register" | "registerEvent" | "registerDomEvent">
	>,
	Check<Part<Fake.MarkdownView, "editor" | "file" | "getViewType" | "getMode" | "getViewData">, Part<Real.MarkdownView, "editor" | "file" | "getViewType" | "getMode" | "getViewData">>,
	Check<Part<Fake.Modal, "open" | "close" | "onOpen" | "onClose" | "setTitle" | "setContent" | "contentEl" | "titleEl" | "modalEl" | "containerEl" | "scope">, Part<Real.Modal, "open" | "close" | "onOpen" | "onClose" | "setTitle" | "setContent" | "contentEl" | "titleEl" | "modalEl" | "containerEl" | "scope">>,
	Check<
		Part<Fake.Plugin, "settings" | "manifest" | "loadData" | "saveData" | "addCommand" | "removeCommand" | "addRibbonIcon" | "registerView" | "registerEvent" | "register" | "registerInterval" | "registerDomEvent" | "addSettingTab" | "onload" | "onunload">,
		Part<Real.Plugin, "settings" | "manifest" | "loadData" | "saveData" | "addCommand" | "removeCommand" | "addRibbonIcon" | "registerView" | "registerEvent" | "register" | "registerInterval" | "registerDomEvent" | "addSettingTab" | "onload" | "onunload">
	>,
	Check<
		Part<Fake.PluginSettingTab, "containerEl" | "display" | "hide" | "icon" | "settingItems" | "getSettingDefinitions" | "update" | "getControlValue" | "setControlValue" | "refreshDomState">,
		Part<Real.PluginSettingTab, "containerEl" | "display" | "hide" | "icon" | "settingItems" | "getSettingDefinitions" | "update" | "getControlValue" | "setControlValue" | "refreshDomState">
	>,
	Check<Fake.SettingGroup, Real.SettingGroup>,
	Check<Part<Fake.AbstractInputSuggest<string>, "setValue" | "getValue" | "close" | "open" | "limit" | "renderSuggestion" | "selectSuggestion">, Part<Real.AbstractInputSuggest<string>, "setValue" | "getValue" | "close" | "open" | "limit" | "renderSuggestion" | "selectSuggestion">>,
	Check<Part<Fake.FuzzySuggestModal<string>, "getSuggestions" | "getItems" | "getItemText" | "onChooseItem" | "renderSuggestion" | "setPlaceholder" | "inputEl" | "open" | "close">, Part<Real.FuzzySuggestModal<string>, "getSuggestions" | "getItems" | "getItemText" | "onChooseItem" | "renderSuggestion" | "setPlaceholder" | "inputEl" | "open" | "close">>,
];
