// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Menu, Notice, Plugin, type MarkdownView, type TFile, type WorkspaceLeaf } from "../fake-obsidian/index";
import { PRACTISE_COMMANDS, registerPractiseCommands } from "../../src/commands/practise-commands";
import { load, openQuiz } from "../../src/views/quiz/quiz-feature";
import { QUIZ_VIEW_TYPE, type QuizView } from "../../src/views/quiz/quiz-view";
import { makeServices, type TestServices } from "../views/quiz/make-services";
import { ANSWERS, seedQuestions } from "../views/quiz/questions";

class TestPlugin extends Plugin {}

// The note's text only has to exist: the questions come from the index (seedQuestions: lines 12–20 and 30–34).
const NOTE = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`).join("\n");

describe("Practise this note / this question", () => {
	let app: App;
	let services: TestServices;
	let file: TFile;
	let other: TFile;

	beforeEach(async () => {
		Notice.clear();
		app = new App();
		file = await app.vault.create(ANSWERS, NOTE);
		other = await app.vault.create("Other.md", "no questions here");
		const plugin = new TestPlugin(app, { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
		plugin.load();
		services = makeServices(seedQuestions());
		services.openQuiz = (filter) => openQuiz(app.workspace as unknown as Real.Workspace, filter);
		load(plugin as unknown as Real.Plugin, services);
		registerPractiseCommands(plugin as unknown as Real.Plugin, services);
	});

	const quiz = () => (app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)[0] as unknown as WorkspaceLeaf | undefined)?.view as unknown as QuizView | undefined;
	const quizText = () => quiz()?.contentEl.textContent ?? "";
	async function openNote(f: TFile, line0: number): Promise<MarkdownView> {
		await (app.workspace.getLeaf(false) as unknown as WorkspaceLeaf).openFile(f);
		const view = app.workspace.activeEditor as MarkdownView;
		view.editor.setCursor({ line: line0, ch: 0 });
		return view;
	}

	it("the question command opens the quiz on the question under the cursor only, shown now though it is not due", async () => {
		await openNote(file, 31); // line 32, in "你之前的经验…" (lines 30–34)
		expect(app.executeCommandById(`interview-prep:${PRACTISE_COMMANDS.question}`)).toBe(true);
		await vi.waitFor(() => expect(quiz()?.contentEl.querySelector(".ip-quiz-question")?.textContent).toBe("你之前的经验和这个岗位有什么关系？"));
		expect(quizText()).toContain("1 left");
		expect(quiz()?.controller.getViewState()).toEqual({ mode: "all", path: ANSWERS, topic: "", question: "q-role" });
		// Choosing a note in the quiz's own dropdown ends the one-question limit.
		quiz()?.controller.setNote("");
		expect(quiz()?.controller.getViewState().question).toBeUndefined();
	});

	it("the note command opens the quiz on that note's questions", async () => {
		await openNote(file, 0);
		app.executeCommandById(`interview-prep:${PRACTISE_COMMANDS.note}`);
		await vi.waitFor(() => expect(quizText()).toContain("2 left"));
		expect(quiz()?.controller.getViewState()).toEqual({ mode: "all", path: ANSWERS, topic: "" });
	});

	it("says so when the cursor is on no question, or the note holds none", async () => {
		await openNote(file, 0);
		app.executeCommandById(`interview-prep:${PRACTISE_COMMANDS.question}`);
		expect(Notice.messages).toEqual(["No interview question at the cursor: put the cursor on the question's heading or line."]);
		await openNote(other, 0);
		app.executeCommandById(`interview-prep:${PRACTISE_COMMANDS.note}`);
		expect(Notice.messages[1]).toBe("No interview questions found in this note.");
		expect(quiz()).toBeUndefined();
	});

	it("the file menu offers the note when it holds questions", async () => {
		const menu = new Menu();
		app.workspace.trigger("file-menu", menu, file, "file-explorer");
		expect(menu.titles()).toEqual(["Practise this note"]);
		const none = new Menu();
		app.workspace.trigger("file-menu", none, other, "file-explorer");
		expect(none.titles()).toEqual([]);
		menu.items[0].click();
		await vi.waitFor(() => expect(quizText()).toContain("2 left"));
	});

	it("the editor menu offers the note, and the question when the cursor is on one", async () => {
		const view = await openNote(file, 13); // line 14, in "如何处理客户投诉？" (12–20)
		const menu = new Menu();
		app.workspace.trigger("editor-menu", menu, view.editor, view);
		expect(menu.titles()).toEqual(["Practise this note", "Practise this question"]);
		menu.items[1].click();
		await vi.waitFor(() => expect(quiz()?.contentEl.querySelector(".ip-quiz-question")?.textContent).toBe("如何处理客户投诉？"));
		expect(quizText()).toContain("1 left");
		view.editor.setCursor({ line: 2, ch: 0 });
		const outside = new Menu();
		app.workspace.trigger("editor-menu", outside, view.editor, view);
		expect(outside.titles()).toEqual(["Practise this note"]);
	});

	it("in Chinese", async () => {
		services.setLang("zh");
		const menu = new Menu();
		app.workspace.trigger("file-menu", menu, file, "file-explorer");
		expect(menu.titles()).toEqual(["练习这篇笔记"]);
	});
});
