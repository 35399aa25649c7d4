// Opens the quiz view on the fake obsidian from its command, with handles a test drives it by.
import { expect, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Plugin, type Scope, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { load, OPEN_QUIZ_COMMAND } from "../../../src/views/quiz/quiz-feature";
import { QUIZ_VIEW_TYPE, type QuizView } from "../../../src/views/quiz/quiz-view";
import type { TestServices } from "./make-services";

class TestPlugin extends Plugin {}

export interface QuizHarness {
	app: App;
	services: TestServices;
	/** The mock interview's start hook the quiz was given (its button calls it). */
	startMock: ReturnType<typeof vi.fn>;
	view(): QuizView;
	press(key: string): void;
	text(): string;
	q(selector: string): HTMLElement | null;
	questionText(): string | null | undefined;
	/** The timer's clock as shown ("0:20") after a redraw. */
	clock(): string | null | undefined;
}

export async function openQuizHarness(services: TestServices): Promise<QuizHarness> {
	const app = new App();
	const plugin = new TestPlugin(app, { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
	plugin.load();
	const startMock = vi.fn();
	load(plugin as unknown as Real.Plugin, services, { startMock });
	expect(app.executeCommandById(`interview-prep:${OPEN_QUIZ_COMMAND}`)).toBe(true);
	await vi.waitFor(() => expect(app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)).toHaveLength(1));
	const view = () => (app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)[0] as unknown as WorkspaceLeaf).view as unknown as QuizView;
	await vi.waitFor(() => expect(view().contentEl.querySelector(".ip-quiz")).not.toBeNull());
	const q = (selector: string) => view().contentEl.querySelector<HTMLElement>(selector);
	return {
		app,
		services,
		startMock,
		view,
		press: (key) => (view().scope as unknown as Scope).press(key),
		text: () => view().contentEl.textContent ?? "",
		q,
		questionText: () => q(".ip-quiz-question")?.textContent,
		clock: () => {
			view().draw();
			return q(".ip-quiz-timer-clock")?.textContent;
		},
	};
}
