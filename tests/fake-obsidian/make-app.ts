// Building a fake app with notes in it, for unit tests and the browser page (no Node APIs here).
import type * as Real from "obsidian";
import { App, type FakeAppOptions } from "./app";
import { Editor } from "./editor";
import type { Plugin } from "./plugin";

export interface MakeAppOptions extends FakeAppOptions {
	/** Vault path → note text, present when "Obsidian starts" (no create events). */
	files?: Record<string, string>;
	/** Mark the layout ready right away (default false: call `app.workspace.triggerLayoutReady()`). */
	layoutReady?: boolean;
}

/** A fake app whose vault holds `files`, with the metadata cache already built. */
export function makeApp(options: MakeAppOptions = {}): App {
	const app = new App(options);
	const texts = new Map<string, string>();
	for (const [path, text] of Object.entries(options.files ?? {})) {
		const file = app.vault.seed(path, text);
		texts.set(file.path, text);
	}
	app.metadataCache.initialize((file) => texts.get(file.path) ?? "");
	if (options.layoutReady) app.workspace.triggerLayoutReady();
	return app;
}

/** The fake app typed as the real `App` the plugin's constructors take. */
export function asRealApp(app: App): Real.App {
	return app as unknown as Real.App;
}

export const TEST_MANIFEST: Real.PluginManifest = {
	id: "interview-prep",
	name: "Interview Prep",
	author: "test",
	version: "0.0.0",
	minAppVersion: "1.7.2",
	description: "test",
	dir: ".obsidian/plugins/interview-prep",
};

/**
 * Constructs a plugin against the fake app and runs `onload` the way Obsidian does. The layout is not
 * ready yet unless the app was made with `layoutReady`; call `app.workspace.triggerLayoutReady()`.
 */
export async function loadPlugin<P extends Real.Plugin>(
	PluginClass: new (app: Real.App, manifest: Real.PluginManifest) => P,
	app: App,
	manifest: Real.PluginManifest = TEST_MANIFEST,
): Promise<P> {
	const plugin = new PluginClass(asRealApp(app), manifest);
	const fake = plugin as unknown as Plugin;
	fake._loaded = true;
	await fake.onload();
	return plugin;
}

/** `makeEditor("line one\nli|ne two")`: an editor with the cursor where `|` is (a second `|` ends a selection). */
export function makeEditor(textWithCursor: string): Editor {
	const first = textWithCursor.indexOf("|");
	const second = first < 0 ? -1 : textWithCursor.indexOf("|", first + 1);
	const text = textWithCursor.replace(/\|/g, "");
	const editor = new Editor(text);
	if (first >= 0) {
		const anchor = editor.offsetToPos(first);
		const head = second >= 0 ? editor.offsetToPos(second - 1) : anchor;
		editor.setSelection(anchor, head);
	}
	return editor;
}

/** The editor's text with `|` at the cursor (and at the selection's other end), for cursor-marker tests. */
export function withCursor(editor: Editor): string {
	const text = editor.getValue();
	const a = editor.posToOffset(editor.getCursor("from"));
	const b = editor.posToOffset(editor.getCursor("to"));
	return a === b ? `${text.slice(0, a)}|${text.slice(a)}` : `${text.slice(0, a)}|${text.slice(a, b)}|${text.slice(b)}`;
}

/**
 * Test helper: the page is hidden or shown again (the app goes to the background, the window is minimised),
 * as a browser tells it: `visibilityState` and `hidden` change, then `visibilitychange` fires at the document.
 */
export function setPageVisibility(state: DocumentVisibilityState, doc: Document = document): void {
	Object.defineProperty(doc, "visibilityState", { value: state, configurable: true });
	Object.defineProperty(doc, "hidden", { value: state === "hidden", configurable: true });
	doc.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
}
