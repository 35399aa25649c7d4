// The real plugin (main.ts) on the fake app, with the quiz open and helpers to press keys, read what
// the person sees and read what is on disk. Tests import it under happy-dom with fake timers.
import { expect, vi } from "vitest";
import type { App, Scope, WorkspaceLeaf } from "../fake-obsidian";
import { loadPlugin, makeApp } from "../fake-obsidian/fixture";
import { readDataFile } from "../../src/core/persist/data-file";
import { readReviewFile } from "../../src/core/persist/review-file";
import type { DeviceLog, ReviewEvent } from "../../src/core/types";
import type { PrepServices } from "../../src/services";
import type { LiveIndex } from "../../src/vault/live-index";
import type { ReviewFiles } from "../../src/vault/review-files";
import { QUIZ_VIEW_TYPE, type QuizView } from "../../src/views/quiz/quiz-view";

// "../../main" would resolve to the built main.js; the source is what is under test.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the cast keeps main.ts's types
const { default: InterviewPrepPlugin } = (await import("../../main.ts" as "../../main")) as typeof import("../../main");
export type Loaded = import("../../main").default & { core: { services: PrepServices; index: LiveIndex; reviewFiles: ReviewFiles } };

export const PLUGIN_ID = "interview-prep";
export const PLUGIN_DIR = ".obsidian/plugins/interview-prep";
export const DEVICE = "devA";
export const HUB = "面试准备";
export const ANSWERS = "面试/回答.md";

export const NOTES: Record<string, string> = {
	[`${HUB}.md`]: "# 面试准备\n\n[[回答]]\n",
	[ANSWERS]: [
		`[[${HUB}]]`,
		"",
		"## 如何处理客户投诉？",
		"",
		"> 我会先倾听客户的问题，再给出临时方案，最后跟进结果。",
		"",
		"## 你的优点是什么？",
		"",
		"> 我做事有条理，会按时交付。",
		"",
	].join("\n"),
};

export function makeVault(files: Record<string, string> = NOTES, data: unknown = { settings: { hubs: [HUB] }, schema: 1 }): App {
	const app = makeApp({ files });
	if (data !== undefined) app.pluginData.set(PLUGIN_ID, data);
	// The device id lives in the device's local storage, never synced.
	app.saveLocalStorage("interview-prep-device", DEVICE);
	return app;
}

/** Load the plugin, let the layout come up and the index finish. */
export async function start(app: App): Promise<Loaded> {
	const plugin = (await loadPlugin(InterviewPrepPlugin, app)) as Loaded;
	app.workspace.triggerLayoutReady();
	await settle(plugin);
	return plugin;
}

/** Let debounced work run (index, notices, saves). Not runAllTimers: the open quiz's clock ticks forever. */
export async function settle(plugin: Loaded): Promise<void> {
	await vi.advanceTimersByTimeAsync(10_000);
	await plugin.core.index.whenIdle();
	await vi.advanceTimersByTimeAsync(10_000);
}

/** After unload nothing is left to tick: run whatever is pending. */
export async function drain(): Promise<void> {
	await vi.advanceTimersByTimeAsync(10_000);
}

export interface QuizHandle {
	view(): QuizView;
	press(key: string): void;
	question(): string | null | undefined;
	text(): string;
}

export async function openQuiz(app: App): Promise<QuizHandle> {
	expect(app.executeCommandById(`${PLUGIN_ID}:open-quiz`)).toBe(true);
	await vi.advanceTimersByTimeAsync(1000);
	const view = () => (app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)[0] as unknown as WorkspaceLeaf).view as unknown as QuizView;
	expect(view().contentEl.querySelector(".ip-quiz")).not.toBeNull();
	return {
		view,
		press: (key) => (view().scope as unknown as Scope).press(key),
		question: () => view().contentEl.querySelector(".ip-quiz-question")?.textContent,
		text: () => view().contentEl.textContent ?? "",
	};
}

/** This device's review events as saved in data.json (what Obsidian would find after a restart). */
export function savedInDataJson(app: App): ReviewEvent[] {
	const read = readDataFile(app.pluginData.get(PLUGIN_ID) ?? null, DEVICE);
	return reviewsOf(read.ownLog ? [read.ownLog] : []);
}

/** This device's review events as saved in reviews/<device>.json, or null when the file is missing. */
export function savedInOwnFile(app: App): ReviewEvent[] | null {
	const f = app.vault.adapter.files.get(`${PLUGIN_DIR}/reviews/${DEVICE}.json`);
	return f ? reviewsOf(readReviewFile(f.text).logs) : null;
}

function reviewsOf(logs: DeviceLog[]): ReviewEvent[] {
	return logs.flatMap((l) => l.events.filter((e): e is ReviewEvent => e.kind === "review"));
}
