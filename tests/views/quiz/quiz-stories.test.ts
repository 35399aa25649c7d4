// @vitest-environment happy-dom
// The story bank in the quiz (fake Obsidian, real StorySource over the fake vault): a question that
// links to a story reveals the story's STAR parts; a behavioural question with no answer offers the
// closest stories, and one click writes the link into its note through Vault.process.
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { Plugin, type Scope, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { makeApp } from "../../fake-obsidian/make-app";
import { load, OPEN_QUIZ_COMMAND } from "../../../src/views/quiz/quiz-feature";
import { QUIZ_VIEW_TYPE, type QuizView } from "../../../src/views/quiz/quiz-view";
import { StorySource } from "../../../src/vault/story-source";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { makeServices } from "./make-services";
import { makeQuestion } from "../../core/quiz/make-question";
import type { Question } from "../../../src/core/types";

class TestPlugin extends Plugin {}

const STORIES = [
	"# Stories",
	"",
	"## Angry customer #story #conflict",
	"**Situation**: a customer shouted at our desk over a wrong invoice.",
	"**Task**: I had to keep the account.",
	"**Action**: I called him back and fixed the invoice the same day.",
	"**Result**: he renewed for 2 years.",
	"",
	"## 带新人上手 #story #领导力",
	"我负责培训三个新人。我写了手册，安排了结对。最终两周内都能独立接单。",
	"",
].join("\n");
const QUESTIONS = "# Behavioural\n\n## Tell me about a time you handled an angry customer.\n\n## Next\n";

async function setup(question: Question) {
	const app = makeApp({ files: { "Stories.md": STORIES, "Q/behavioural.md": QUESTIONS } });
	const plugin = new TestPlugin(app, { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
	plugin.load();
	const services = makeServices([question], { lang: "en" });
	const source = new StorySource({
		vault: app.vault,
		metadataCache: app.metadataCache,
		registerEvent: (ref) => plugin.registerEvent(ref),
		labels: () => DEFAULT_LABELS,
		changed: () => services.fireChange(),
	});
	services.stories = source;
	await source.start();
	load(plugin as unknown as Real.Plugin, services, {});
	app.executeCommandById(`interview-prep:${OPEN_QUIZ_COMMAND}`);
	const view = () => (app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)[0] as unknown as WorkspaceLeaf | undefined)?.view as unknown as QuizView;
	await vi.waitFor(() => expect(view()?.contentEl.querySelector(".ip-quiz-question")).toBeTruthy());
	(view().scope as unknown as Scope).press(" ");
	return { app, services, source, view, el: () => view().contentEl };
}

describe("quiz: the story bank", () => {
	afterEach(() => vi.useRealTimers());

	it("finds the marked headings as stories", async () => {
		const h = await setup(makeQuestion("q0", { text: "What is a closure?", answerMarkdown: "A function with its scope." }));
		expect(h.source.list().map((s) => [s.name, s.competencies])).toEqual([
			["Angry customer", ["conflict"]],
			["带新人上手", ["领导力"]],
		]);
	});

	it("a question whose answer links to a story reveals the story's STAR parts with it", async () => {
		const q = makeQuestion("q1", { path: "Q/behavioural.md", text: "Tell me about a time you kept a customer.", answerMarkdown: "Story: [[Stories#Angry customer story conflict|Angry customer]]" });
		const h = await setup(q);
		const story = h.el().querySelector(".ip-story");
		expect(story?.querySelector(".ip-story-title")?.textContent).toBe("Story: Angry customer");
		const parts = [...(story?.querySelectorAll("dt") ?? [])].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
		expect(parts).toEqual([
			["Situation", "a customer shouted at our desk over a wrong invoice."],
			["Task", "I had to keep the account."],
			["Action", "I called him back and fixed the invoice the same day."],
			["Result", "he renewed for 2 years."],
		]);
		expect(h.el().querySelector(".ip-story-link")).toBeNull();
		// The STAR check reads the linked story, not the one link line.
		expect([...h.el().querySelectorAll(".ip-star-part.is-present")].map((p) => p.textContent)).toEqual(["Situation", "Task", "Action", "Result"]);
		expect(h.el().querySelector(".ip-star-result")?.textContent).toBe("The result has a number.");
	});

	it("a behavioural question with no answer offers the closest story; its control writes the link into the note", async () => {
		const q = makeQuestion("q2", {
			path: "Q/behavioural.md",
			text: "Tell me about a time you handled an angry customer.",
			line: 3,
			endLine: 4,
			answerMarkdown: "",
			answered: false,
			answerLines: null,
		});
		const h = await setup(q);
		const first = h.el().querySelector(".ip-story-suggestion");
		expect(first?.querySelector(".ip-story-name")?.textContent).toBe("Angry customer");
		const button = first?.querySelector<HTMLButtonElement>(".ip-story-link");
		expect(button?.textContent).toBe("Link to this question (writes into the note)");
		button?.click();
		const file = h.app.vault.getFileByPath("Q/behavioural.md");
		await vi.waitFor(async () =>
			expect(await h.app.vault.read(file as never)).toBe(
				"# Behavioural\n\n## Tell me about a time you handled an angry customer.\nStory: [[Stories#Angry customer story conflict|Angry customer]]\n\n## Next\n",
			),
		);
	});
});
