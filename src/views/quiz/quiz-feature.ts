// Registers the quiz view, its ribbon icon, the "Open interview quiz" command and the notices of index
// problems; main.ts calls load().
import { Notice, type Plugin, type Workspace } from "obsidian";
import type { PrepServices } from "../../services";
import { t } from "../../core/i18n";
import { QUIZ_ICON, QUIZ_VIEW_TYPE, QuizView, type QuizViewHooks } from "./quiz-view";
import { watchIndexProblems } from "./index-notices";
import { registerDueStatus } from "./due-status";
import { revealSidebarView } from "../reveal-sidebar-view";
import type { QuizRequest } from "../../core/quiz/quiz-filter";

export const OPEN_QUIZ_COMMAND = "open-quiz";

/** Reveal the quiz in the right sidebar (creating it once), optionally switching to a note, topic or question. */
export function openQuiz(workspace: Workspace, filter?: QuizRequest): Promise<void> {
	return revealSidebarView(workspace, QUIZ_VIEW_TYPE, async (leaf) => {
		if (!filter || !(leaf.view instanceof QuizView)) return;
		const mode = filter.mode ? { mode: filter.mode } : {};
		await leaf.view.setState({ path: filter.path ?? "", topic: filter.topic ?? "", question: filter.question ?? "", hub: filter.hub ?? "", ...mode }, { history: false });
	});
}

export interface QuizFeature {
	openQuiz(filter?: QuizRequest): Promise<void>;
}

export function load(plugin: Plugin, services: PrepServices, hooks: QuizViewHooks = {}): QuizFeature {
	const lang = services.lang();
	plugin.registerView(QUIZ_VIEW_TYPE, (leaf) => new QuizView(leaf, services, hooks));
	const open = (filter?: QuizRequest) => openQuiz(plugin.app.workspace, filter);
	plugin.addRibbonIcon(QUIZ_ICON, t(lang, "quiz.open"), () => void open());
	plugin.addCommand({ id: OPEN_QUIZ_COMMAND, name: t(lang, "quiz.open"), callback: () => void open() });
	// A hub not found or a note read only in part: told in a notice, with or without a view open.
	plugin.register(watchIndexProblems(services, (message) => new Notice(message, 10_000)));
	// The due count in the status bar, computed once the index is ready (not in onload).
	registerDueStatus(plugin, services, () => void open());
	return { openQuiz: open };
}
