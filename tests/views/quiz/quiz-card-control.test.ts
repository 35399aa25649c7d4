// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Modal, Notice, Plugin, type Scope, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { load, OPEN_QUIZ_COMMAND } from "../../../src/views/quiz/quiz-feature";
import { QUIZ_VIEW_TYPE, type QuizView } from "../../../src/views/quiz/quiz-view";
import { renderQuiz } from "../../../src/views/quiz/render-quiz";
import type { QuizHandlers } from "../../../src/views/quiz/quiz-handlers";
import { makeServices, T0, type TestServices } from "./make-services";
import { ANSWERS, seedQuestions } from "./questions";

class TestPlugin extends Plugin {}

const DAY = 86_400_000;

async function open(services: TestServices) {
	const app = new App();
	const plugin = new TestPlugin(app, { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
	plugin.load();
	load(plugin as unknown as Real.Plugin, services);
	app.executeCommandById(`interview-prep:${OPEN_QUIZ_COMMAND}`);
	await vi.waitFor(() => expect(app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)).toHaveLength(1));
	const view = () => (app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)[0] as unknown as WorkspaceLeaf).view as unknown as QuizView;
	await vi.waitFor(() => expect(view().contentEl.querySelector(".ip-quiz")).not.toBeNull());
	const q = (selector: string) => view().contentEl.querySelector<HTMLElement>(selector);
	return {
		view,
		q,
		press: (key: string) => (view().scope as unknown as Scope).press(key),
		question: () => q(".ip-quiz-question")?.textContent,
		/** A new session (what "practise again" or reopening the quiz starts). */
		restart: () => {
			view().controller.restart();
			view().draw();
		},
	};
}

type Quiz = Awaited<ReturnType<typeof open>>;

describe("card control in the quiz", () => {
	let services: TestServices;
	let h: Quiz;
	beforeEach(async () => {
		Notice.clear();
		Modal.openModals = [];
		services = makeServices(seedQuestions());
		h = await open(services);
	});

	it("the card shows bury, suspend, reset and edit, and their keys", () => {
		const labels = [...h.view().contentEl.querySelectorAll(".ip-card-control")].map((b) => b.textContent);
		expect(labels).toEqual(["Bury", "Suspend", "Reset", "Edit"]);
		expect(h.q(".ip-card-control-keys")?.textContent).toBe("B bury · X suspend · F reset · E edit");
	});

	it("B buries the card: the next one shows, and it stays out until tomorrow", () => {
		expect(h.question()).toBe("如何处理客户投诉？");
		h.press("b");
		expect(h.question()).toBe("你之前的经验和这个岗位有什么关系？");
		expect(h.view().contentEl.textContent).toContain("3 left");
		expect(Notice.messages).toContain("Buried until tomorrow.");
		expect(services.reviews.ownLog().events.map((e) => e.kind)).toEqual(["control"]);
		h.restart();
		expect(h.question()).toBe("你之前的经验和这个岗位有什么关系？");
		services.clock.now = T0 + DAY;
		h.restart();
		expect(h.question()).toBe("如何处理客户投诉？");
	});

	it("the Suspend button suspends it until unsuspended; U takes it back into hand", () => {
		h.q(".ip-card-control-suspend")?.click();
		expect(h.question()).not.toBe("如何处理客户投诉？");
		expect(services.reviews.controlState().suspended.has("q-complaint")).toBe(true);
		services.clock.now = T0 + 30 * DAY;
		h.restart();
		expect(h.question()).not.toBe("如何处理客户投诉？");
		h.q(".ip-card-control-suspend")?.click(); // the second card
		h.press("u");
		expect(h.question()).toBe("你之前的经验和这个岗位有什么关系？");
		expect(services.reviews.controlState().suspended.has("q-role")).toBe(false);
		expect(services.reviews.ownLog().undone).toHaveLength(1);
	});

	it("R asks first; Cancel keeps the progress, Reset forgets it and keeps the card in hand; U brings it back", () => {
		services.reviews.grade("q-complaint", 3, 20, T0 - 10 * DAY);
		h.restart();
		expect(h.question()).toBe("如何处理客户投诉？");
		h.press("f");
		expect(Modal.openModals).toHaveLength(1);
		expect(Modal.openModals[0].contentEl.textContent).toContain("Reset the progress of \"如何处理客户投诉？\"?");
		Modal.openModals[0].contentEl.querySelector<HTMLElement>(".ip-reset-cancel")?.click();
		expect(services.reviews.card("q-complaint")?.reps).toBe(1);
		h.q(".ip-card-control-reset")?.click();
		Modal.openModals[0].contentEl.querySelector<HTMLElement>(".ip-reset-confirm")?.click();
		expect(Modal.openModals).toHaveLength(0);
		expect(services.reviews.card("q-complaint")).toBeNull();
		expect(services.reviews.reviewsOf("q-complaint")).toHaveLength(1);
		expect(h.question()).toBe("如何处理客户投诉？");
		h.press("u");
		expect(services.reviews.card("q-complaint")?.reps).toBe(1);
	});

	it("E opens the note at the question's line", async () => {
		h.press("e");
		await vi.waitFor(() => expect(services.opened).toEqual([{ path: ANSWERS, line: 12 }]));
	});

	it("U undoes the latest of a grading and a control: bury after a grade first, then the grade", () => {
		h.press(" ");
		h.press("3");
		expect(h.question()).toBe("你之前的经验和这个岗位有什么关系？");
		h.press("b");
		h.press("u");
		expect(h.question()).toBe("你之前的经验和这个岗位有什么关系？");
		expect(services.reviews.hidden(T0).size).toBe(0);
		h.press("u");
		expect(h.question()).toBe("如何处理客户投诉？");
		expect(services.reviews.reviewsOf("q-complaint")).toHaveLength(0);
	});

	it("after a control, a grading ends its undo: U takes back the grading and the bury stays", () => {
		h.press("b");
		h.press(" ");
		h.press("3");
		h.press("u");
		expect(h.question()).toBe("你之前的经验和这个岗位有什么关系？");
		expect(services.reviews.hidden(T0).has("q-complaint")).toBe(true);
	});

	it("without the handlers (tests, other hosts) the card draws no control row", () => {
		const el = createDiv();
		const model = h.view().controller.model();
		const handlers = { renderMarkdown: () => undefined } as unknown as QuizHandlers;
		renderQuiz(el, model, handlers);
		expect(el.querySelector(".ip-quiz-question")).not.toBeNull();
		expect(el.querySelector(".ip-card-controls")).toBeNull();
	});
});
