// @vitest-environment happy-dom
// The person's last word through the whole plugin on the fake `obsidian`: "Not a question" on a quiz
// card and on a coverage gap (hidden from quiz, coverage and gaps, Undo in the notice, a list in
// settings to bring it back), and the editor command writing a tag the index then reads.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, type App, type MarkdownView, type WorkspaceLeaf } from "./fake-obsidian";
import { loadPlugin, makeApp } from "./fake-obsidian/fixture";
import { deleteEntry, findSetting } from "./fake-obsidian/setting-definitions";
import type { PrepSettingTab } from "../src/settings/settings-tab";
import { QUIZ_VIEW_TYPE, type QuizView } from "../src/views/quiz/quiz-view";
import { COVERAGE_VIEW_TYPE, type CoverageView } from "../src/views/coverage/coverage-view";

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the cast keeps main.ts's types
const { default: InterviewPrepPlugin } = (await import("../main.ts" as "../main")) as typeof import("../main");
type Loaded = import("../main").default & { core: { services: import("../src/services").PrepServices; index: import("../src/vault/live-index").LiveIndex } };

const NOTE = "Prep.md";
const TEXT = [
	"[[Hub]]",
	"",
	"## What did I learn this week?",
	"",
	"## Why do you want this job?",
	"",
	"> Because I like the product.",
	"",
	"## The billing outage",
	"",
	"We restored service in an hour.",
	"",
].join("\n");

let app: App;
beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2025, 5, 1) });
	app = makeApp({ files: { "Hub.md": "# Hub\n", [NOTE]: TEXT } });
	app.pluginData.set("interview-prep", { hubs: ["Hub"] });
	Notice.clear();
});
afterEach(() => vi.useRealTimers());

async function started(): Promise<Loaded> {
	const plugin = (await loadPlugin(InterviewPrepPlugin, app)) as Loaded;
	app.workspace.triggerLayoutReady();
	await settle(plugin);
	return plugin;
}
/** The index rebuilt and the views told (the quiz's ticking timer rules out running every timer). */
async function settle(plugin: Loaded): Promise<void> {
	await vi.advanceTimersByTimeAsync(1000);
	await plugin.core.index.whenIdle();
	await vi.advanceTimersByTimeAsync(1000);
}
const texts = (plugin: Loaded) => plugin.core.services.getIndex().questions.map((q) => q.text);
const gaps = (plugin: Loaded) => plugin.core.services.getIndex().gaps.map((id) => plugin.core.services.getIndex().byId.get(id)?.text);
function view<T>(type: string): T {
	return (app.workspace.getLeavesOfType(type)[0] as unknown as WorkspaceLeaf).view as unknown as T;
}

describe("Not a question", () => {
	it("from a quiz card: the next card shows, the question leaves quiz, index and gaps, and Undo in the notice brings it back", async () => {
		const plugin = await started();
		expect(texts(plugin)).toEqual(["What did I learn this week?", "Why do you want this job?"]);
		expect(app.executeCommandById("interview-prep:open-quiz")).toBe(true);
		await settle(plugin);
		const quiz = view<QuizView>(QUIZ_VIEW_TYPE);
		const shown = () => quiz.contentEl.querySelector(".ip-quiz-question")?.textContent;
		expect(shown()).toBe("What did I learn this week?");
		const button = quiz.contentEl.querySelector<HTMLButtonElement>(".ip-quiz-not-question");
		expect(button?.textContent).toBe("Not a question");
		button?.click();
		expect(shown()).toBe("Why do you want this job?");
		await settle(plugin);
		expect(texts(plugin)).toEqual(["Why do you want this job?"]);
		expect(gaps(plugin)).toEqual([]);
		expect(plugin.core.services.getSettings().notQuestions.map((e) => [e.text, e.path])).toEqual([["What did I learn this week?", NOTE]]);
		// Saved in data.json (so synced, and read by scan).
		expect(JSON.stringify(app.pluginData.get("interview-prep"))).toContain("What did I learn this week?");

		const notice = Notice.shown.find((n) => n.message.startsWith("Hid “What did I learn this week?”"));
		notice?.messageEl.querySelector<HTMLButtonElement>(".ip-not-question-undo")?.click();
		await settle(plugin);
		expect(texts(plugin)).toEqual(["What did I learn this week?", "Why do you want this job?"]);
		expect(plugin.core.services.getSettings().notQuestions).toEqual([]);
		expect(Notice.messages).toContain("Brought back “What did I learn this week?”.");
	});

	it("from a coverage gap, and brought back from the list in settings", async () => {
		const plugin = await started();
		expect(app.executeCommandById("interview-prep:open-coverage")).toBe(true);
		await settle(plugin);
		const coverage = view<CoverageView>(COVERAGE_VIEW_TYPE);
		const gapRows = () => [...coverage.contentEl.querySelectorAll(".ip-cov-gap .ip-cov-question")].map((a) => a.textContent);
		expect(gapRows()).toEqual(["What did I learn this week?"]);
		coverage.contentEl.querySelector<HTMLButtonElement>(".ip-cov-gap .ip-cov-not-question")?.click();
		await settle(plugin);
		expect(gapRows()).toEqual([]);
		expect(gaps(plugin)).toEqual([]);

		const tab = app.settingTabs[0] as unknown as PrepSettingTab;
		// The person opens the settings: Obsidian reads the tab's definitions afresh.
		tab.update();
		expect(findSetting(tab, "What did I learn this week?").def.desc).toBe("From Prep; remove to make it a question again.");
		deleteEntry(tab, "What did I learn this week?");
		await settle(plugin);
		expect(gapRows()).toEqual(["What did I learn this week?"]);
		expect(plugin.core.services.getSettings().notQuestions).toEqual([]);
	});
});

describe("Make this line an interview question", () => {
	it("writes the tag into the open note, and the index takes the heading as a question once the note is saved", async () => {
		const plugin = await started();
		await app.workspace.openLinkText(NOTE, "");
		const md = app.workspace.activeEditor as unknown as MarkdownView & { save(): Promise<void> };
		md.editor.setCursor({ line: 8, ch: 3 });
		expect(app.executeCommandById("interview-prep:make-line-interview-question")).toBe(true);
		expect(md.editor.getLine(8)).toBe("## The billing outage #interview-question");
		expect(Notice.messages).toContain("Wrote #interview-question into the note: “The billing outage” is now an interview question.");
		await md.save();
		await settle(plugin);
		expect(texts(plugin)).toEqual(["What did I learn this week?", "Why do you want this job?", "The billing outage"]);
	});
});
