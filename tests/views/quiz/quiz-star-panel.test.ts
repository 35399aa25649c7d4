// @vitest-environment happy-dom
// The STAR check panel in the quiz view (fake Obsidian): only where STAR applies, what it shows, and
// "nothing written yet" on a blank template instead of 0% and 0 seconds.
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Plugin, type Scope, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { load, OPEN_QUIZ_COMMAND } from "../../../src/views/quiz/quiz-feature";
import { QUIZ_VIEW_TYPE, type QuizView } from "../../../src/views/quiz/quiz-view";
import { makeServices } from "./make-services";
import { makeQuestion } from "../../core/quiz/make-question";
import { starTemplate } from "../../../src/core/star/star-convert";
import type { Lang, Question } from "../../../src/core/types";

class TestPlugin extends Plugin {}

async function revealOnly(question: Question, lang: Lang = "en", settings = {}) {
	const app = new App();
	const plugin = new TestPlugin(app, { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
	plugin.load();
	load(plugin as unknown as Real.Plugin, makeServices([question], { lang, settings }), {});
	app.executeCommandById(`interview-prep:${OPEN_QUIZ_COMMAND}`);
	const view = () => (app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)[0] as unknown as WorkspaceLeaf | undefined)?.view as unknown as QuizView;
	await vi.waitFor(() => expect(view()?.contentEl.querySelector(".ip-quiz-question")).toBeTruthy());
	(view().scope as unknown as Scope).press(" ");
	const panel = view().contentEl.querySelector<HTMLElement>(".ip-star-panel");
	return { panel, view };
}

const LABELLED_EN =
	"**Situation**: our release slipped.\n**Task**: I owned the fix.\n**Action**: I wrote a risk list and called the vendor; we met daily.\n**Result**: we shipped in 3 days with 0 incidents.";

describe("quiz: the STAR check panel", () => {
	afterEach(() => vi.useRealTimers());

	it("shows each part present or missing, the number in the result, I against we, action share and speaking time", async () => {
		const q = makeQuestion("q1", {
			text: "Tell me about a time you fixed a slipped release.",
			answerMarkdown: LABELLED_EN.replace(/\n\*\*Task\*\*:[^\n]*/, ""),
		});
		const { panel } = await revealOnly(q, "en", { wordsPerMinuteEn: 100 });
		expect(panel).not.toBeNull();
		const parts = [...(panel as HTMLElement).querySelectorAll(".ip-star-part")].map((p) => [p.textContent, p.classList.contains("is-present")]);
		expect(parts).toEqual([
			["Situation", true],
			["Task", false],
			["Action", true],
			["Result", true],
		]);
		const text = panel?.textContent ?? "";
		expect(text).toContain("The result has a number.");
		expect(text).toContain("“I” 1 · “we” 2");
		expect(text).toContain("More “we” than “I”: say what you did yourself.");
		expect(text).toMatch(/Action is \d+% of the answer\./);
		expect(text).toContain("to say at 100 words a minute");
		expect(panel?.classList.contains("is-complete")).toBe(false);
	});

	it("shows no panel for a question STAR does not fit, even when the parser saw story parts", async () => {
		const q = makeQuestion("q2", {
			text: "为什么想做技术支持？",
			answerMarkdown: "我之前负责过客服培训，结果客户满意度提高了。",
			star: { situation: true, task: false, action: true, result: true },
		});
		const { panel, view } = await revealOnly(q, "zh");
		expect(view().contentEl.querySelector(".ip-quiz-answer")).not.toBeNull();
		expect(panel).toBeNull();
		expect(view().contentEl.textContent).not.toContain("STAR 检查");
	});

	it("says nothing is written yet for a behavioural question under a blank template", async () => {
		const q = makeQuestion("q3", { text: "讲一次你解决冲突的经历？", answerMarkdown: starTemplate("zh"), answered: false });
		const { panel } = await revealOnly(q, "zh");
		expect(panel?.textContent).toContain("这个回答还没有写内容，没有可检查的。");
		expect(panel?.textContent).not.toMatch(/0%|0 秒/);
		expect(panel?.querySelector(".ip-star-part")).toBeNull();
	});
});
