// The browser page: the fake `obsidian` module (the same one the unit tests use) under a fake window,
// then the real main.js evaluated against it, enabled as Obsidian enables a plugin.
// Query: ?theme=light|dark&lang=zh|en&fresh=1 (fresh wipes what earlier loads saved).
import * as obsidian from "../../fake-obsidian";
import type { PluginManifest } from "obsidian";
import { App, Notice, setLanguage, type Plugin } from "../../fake-obsidian";
import { buildLayout, pageWorkspace } from "./page-layout";
import { diskStats, persistApp, restoreApp, wipeDisk, type FakeApp } from "./page-storage";

interface PageApi {
	ready: boolean;
	error: string | null;
	app: App | null;
	plugin: Plugin | null;
	obsidian: typeof obsidian;
	disk: typeof diskStats;
	runCommand(id: string): boolean;
	commandIds(): string[];
	openSettings(): void;
	closeSettings(): void;
	notices(): string[];
	/** The note open in the main pane: its path, text and cursor (0-based line and ch). */
	editorState(): { path: string; text: string; line: number; ch: number } | null;
	/** A note's text in the vault. */
	readNote(path: string): Promise<string | null>;
	/** Opens a note in the main pane with the cursor on a 0-based line, as a link click does. */
	openNote(path: string, line?: number): Promise<void>;
	setTheme(theme: "light" | "dark"): void;
	/** Writes the plugin's pending data now (Obsidian does it when it quits). */
	unloadPlugin(): Promise<void>;
}

declare global {
	interface Window {
		__ip: PageApi;
		__ipModule: { exports: Record<string, unknown> };
	}
}

const params = new URLSearchParams(location.search);
const theme = params.get("theme") === "dark" ? "dark" : "light";
document.body.classList.toggle("theme-dark", theme === "dark");
document.body.classList.toggle("theme-light", theme === "light");
setLanguage(params.get("lang") ?? "zh");
if (params.get("fresh") === "1") wipeDisk();

const api: PageApi = {
	ready: false,
	error: null,
	app: null,
	plugin: null,
	obsidian,
	disk: diskStats,
	runCommand: () => false,
	commandIds: () => [],
	openSettings: () => undefined,
	closeSettings: () => undefined,
	notices: () => [...Notice.messages],
	editorState: () => null,
	readNote: () => Promise.resolve(null),
	openNote: () => Promise.resolve(),
	setTheme: (t) => {
		document.body.classList.toggle("theme-dark", t === "dark");
		document.body.classList.toggle("theme-light", t === "light");
	},
	unloadPlugin: () => Promise.resolve(),
};
window.__ip = api;
// The wrapped main.js calls window.require('obsidian'), as Obsidian's own require would answer it.
(window as unknown as { require: (name: string) => unknown }).require = (name: string) => {
	if (name === "obsidian") return obsidian;
	throw new Error(`The page has no module '${name}' (only 'obsidian')`);
};

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const s = createEl("script", { attr: { src } });
		s.onload = () => resolve();
		s.onerror = () => reject(new Error(`Could not load ${src}`));
		document.head.appendChild(s);
	});
}

async function start(): Promise<void> {
	const [vault, manifest] = await Promise.all([
		fetch("vault.json").then((r) => r.json() as Promise<Record<string, string>>),
		fetch("manifest.json").then((r) => r.json() as Promise<PluginManifest>),
	]);
	const app: FakeApp = new App({ now: () => Date.now() });
	api.app = app;
	const restored = restoreApp(app, vault);
	// Obsidian's start-up scan of every note, silently (no events).
	(app.metadataCache as unknown as { initialize(read: (f: { path: string }) => string): void }).initialize((f) => restored.notes[f.path] ?? "");

	const toolbar = createDiv({ cls: "ip-e2e-toolbar" });
	const layout = buildLayout(app, toolbar);
	const rightLayout = (): { type: string; state: Record<string, unknown> }[] => {
		const out: { type: string; state: Record<string, unknown> }[] = [];
		for (const leaf of pageWorkspace(app).allLeaves()) {
			if (leaf.side === "right" && leaf.view.getViewType() !== "empty") out.push({ type: leaf.view.getViewType(), state: leaf.view.getState() });
		}
		return out;
	};
	const disk = persistApp(app, rightLayout);

	// main.js is CommonJS: the wrapped copy reads module/exports/require from here.
	window.__ipModule = { exports: {} };
	await loadScript("main.js");
	const exported = window.__ipModule.exports;
	const PluginClass = (exported.default ?? exported) as new (app: App, manifest: PluginManifest) => Plugin;
	const plugin = new PluginClass(app, manifest);
	api.plugin = plugin;

	// Enable as Obsidian does: load() runs onload; wait for it before the layout is ready.
	const onload = plugin.onload.bind(plugin);
	const loading: { done: Promise<void> | void } = { done: undefined };
	plugin.onload = () => (loading.done = onload());
	plugin.load();
	await Promise.resolve(loading.done);
	layout.showRibbon();

	// Obsidian restores the sidebar leaves of the last session before the layout is ready.
	for (const saved of restored.layout) {
		const leaf = app.workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: saved.type, state: saved.state });
	}
	app.workspace.triggerLayoutReady();

	api.runCommand = (id: string) => {
		const full = id.includes(":") ? id : `${manifest.id}:${id}`;
		return (app as unknown as { executeCommandById(id: string): boolean }).executeCommandById(full);
	};
	api.commandIds = () => [...(app as unknown as { commands: Map<string, unknown> }).commands.keys()];
	api.openSettings = () => layout.openSettings();
	api.closeSettings = () => layout.closeSettings();
	api.editorState = () => {
		const active = pageWorkspace(app).activeLeaf?.view;
		const view = active instanceof obsidian.MarkdownView ? active : lastMarkdownView(app);
		if (!view) return null;
		const c = view.editor.getCursor();
		return { path: view.file?.path ?? "", text: view.editor.getValue(), line: c.line, ch: c.ch };
	};
	api.readNote = async (path: string) => {
		const f = app.vault.getFileByPath(path);
		return f ? app.vault.read(f) : null;
	};
	api.openNote = async (path: string, line?: number) => {
		const file = app.vault.getFileByPath(path);
		if (!file) throw new Error(`No note ${path}`);
		await app.workspace.getLeaf(false).openFile(file, line === undefined ? undefined : { eState: { line } });
	};
	api.unloadPlugin = async () => {
		plugin.unload();
		await new Promise((r) => window.setTimeout(r, 50));
		disk.save();
	};
	window.addEventListener("pagehide", () => {
		plugin.unload();
		disk.save();
	});

	const settingsButton = toolbar.createEl("button", { text: "Settings", cls: "ip-e2e-settings" });
	settingsButton.addEventListener("click", () => layout.openSettings());
	const themeButton = toolbar.createEl("button", { text: "Theme", cls: "ip-e2e-theme" });
	themeButton.addEventListener("click", () => api.setTheme(document.body.hasClass("theme-dark") ? "light" : "dark"));
	const palette = toolbar.createEl("select", { cls: "ip-e2e-commands" });
	palette.createEl("option", { text: "Run a command…", value: "" });
	for (const id of api.commandIds()) {
		const cmd = (app as unknown as { commands: Map<string, { name: string }> }).commands.get(id);
		palette.createEl("option", { text: cmd?.name ?? id, value: id });
	}
	palette.addEventListener("change", () => {
		if (palette.value && !api.runCommand(palette.value)) new Notice(`Not available here: ${palette.value}`);
		palette.value = "";
	});
	api.ready = true;
}

function lastMarkdownView(app: App): obsidian.MarkdownView | null {
	const views = pageWorkspace(app)
		.allLeaves()
		.map((leaf) => leaf.view)
		.filter((v): v is obsidian.MarkdownView => v instanceof obsidian.MarkdownView);
	return views[views.length - 1] ?? null;
}

start().catch((err: unknown) => {
	api.error = err instanceof Error ? `${err.message}\n${err.stack ?? ""}` : String(err);
	console.error(err);
});
