// @vitest-environment happy-dom
// The story bank in the coverage view (fake Obsidian): per competency the stories and the questions
// they serve, stories used by many questions, behavioural questions no story serves; a story that
// changes in its note changes the view.
import { describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { Plugin, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { makeApp } from "../../fake-obsidian/make-app";
import { load, OPEN_COVERAGE_COMMAND } from "../../../src/views/coverage/coverage-feature";
import { COVERAGE_VIEW_TYPE, type CoverageView } from "../../../src/views/coverage/coverage-view";
import { StorySource } from "../../../src/vault/story-source";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { makeServices } from "../quiz/make-services";
import { makeQuestion } from "../../core/quiz/make-question";

class TestPlugin extends Plugin {}
const MANIFEST = { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" };

const STORIES = "## 带新人上手 #story #领导力\n我负责培训三个新人。最终两周内都能独立接单。\n\n## Angry customer\n#story #conflict #customer\nI called him back. He renewed.\n";

async function open(lang: "zh" | "en" = "en") {
	const app = makeApp({ files: { "Stories.md": STORIES, "Cards.md": "x" } });
	const plugin = new TestPlugin(app, MANIFEST);
	plugin.load();
	const link = "[[Stories#带新人上手 story 领导力|带新人上手]]";
	const services = makeServices(
		[
			makeQuestion("q1", { path: "Cards.md", text: "讲一次你带团队的经历", answerMarkdown: `故事：${link}` }),
			makeQuestion("q2", { path: "Cards.md", text: "Tell me about a time you coached someone.", answerMarkdown: `Story: ${link}` }),
			makeQuestion("q3", { path: "Cards.md", text: "举例说明你如何学习新东西", answerMarkdown: `${link}` }),
			makeQuestion("q4", { path: "Cards.md", text: "Tell me about a time you disagreed with a customer.", answerMarkdown: "" }),
			makeQuestion("q5", { path: "Cards.md", text: "What is a closure?", answerMarkdown: "A function." }),
		],
		{ lang },
	);
	const source = new StorySource({
		vault: app.vault,
		metadataCache: app.metadataCache,
		registerEvent: (ref) => plugin.registerEvent(ref),
		labels: () => DEFAULT_LABELS,
		changed: () => services.fireChange(),
	});
	services.stories = source;
	await source.start();
	load(plugin as unknown as Real.Plugin, services);
	app.executeCommandById(`interview-prep:${OPEN_COVERAGE_COMMAND}`);
	const view = () => (app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0] as unknown as WorkspaceLeaf | undefined)?.view as unknown as CoverageView;
	await vi.waitFor(() => expect(view()?.contentEl.querySelector(".ip-cov-stories")).toBeTruthy());
	const bank = () => view().contentEl.querySelector<HTMLElement>(".ip-cov-stories");
	return { app, services, bank };
}

const texts = (el: Element | null | undefined, sel: string) => [...(el?.querySelectorAll(sel) ?? [])].map((e) => e.textContent);

describe("coverage view: the story bank", () => {
	it("per competency the stories and their questions; reused stories; behavioural questions with no story", async () => {
		const { bank } = await open();
		expect(bank()?.querySelector(".ip-cov-stories-summary")?.textContent).toBe("2 stories · questions with a story: 3 · behavioural with none: 1");
		expect(texts(bank(), ".ip-cov-story-competency")).toEqual(["#conflict", "#customer", "#领导力"]);
		const lead = [...(bank()?.querySelectorAll(".ip-cov-story-group") ?? [])].find((g) => g.textContent?.startsWith("#领导力"));
		expect(texts(lead, ".ip-cov-story-question")).toEqual(["讲一次你带团队的经历", "Tell me about a time you coached someone.", "举例说明你如何学习新东西"]);
		expect(texts(bank(), ".ip-cov-stories-reused .ip-cov-story-name")).toEqual(["带新人上手"]);
		expect(texts(bank(), ".ip-cov-stories-unserved .ip-cov-story-question")).toEqual(["Tell me about a time you disagreed with a customer."]);
		expect(texts(bank(), ".ip-cov-stories-unused .ip-cov-story-name")).toEqual(["Angry customer"]);
	});

	it("a story marked in its note appears after the note changes; unmarking removes it", async () => {
		const { app, bank } = await open("zh");
		const file = app.vault.getFileByPath("Cards.md");
		await app.vault.modify(file as never, "## 说服老板 #故事 #沟通\n我说服了老板。");
		await vi.waitFor(() => expect(texts(bank(), ".ip-cov-story-competency")).toContain("#沟通"));
		await app.vault.modify(file as never, "## 说服老板\n我说服了老板。");
		await vi.waitFor(() => expect(texts(bank(), ".ip-cov-story-competency")).not.toContain("#沟通"));
		expect(bank()?.querySelector("summary")?.textContent).toBe("故事库");
	});
});
