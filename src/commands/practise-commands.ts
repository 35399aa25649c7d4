// "Practise this note" and "Practise this question" (at the heading or line under the cursor): as
// commands, in the file menu and in the editor menu. Each opens the quiz limited to that note or
// question, in "all" mode so it shows now whether or not it is due. Reads the index only; edits nothing.
import { Notice, type Editor, type Menu, type Plugin, type TAbstractFile, type TFile } from "obsidian";
import type { PrepServices } from "../services";
import { t } from "../core/i18n";
import { noteHasQuestions, questionAt } from "../core/quiz/question-at";

export const PRACTISE_COMMANDS = { note: "practise-this-note", question: "practise-this-question" } as const;
const ICON = "graduation-cap";

function isNote(file: TAbstractFile | null): file is TFile {
	return file !== null && "extension" in file && file.extension === "md";
}

/** Opens the quiz on the note's questions, or says the note has none. */
export function practiseNote(services: PrepServices, path: string): void {
	if (!noteHasQuestions(services.getIndex(), path)) {
		new Notice(t(services.lang(), "practise.noNote"));
		return;
	}
	void services.openQuiz({ path, topic: "", mode: "all" });
}

/** Opens the quiz on the question at the 1-based line, or says there is none. */
export function practiseQuestion(services: PrepServices, path: string, line: number): void {
	const q = questionAt(services.getIndex(), path, line);
	if (!q) {
		new Notice(t(services.lang(), "practise.noQuestion"));
		return;
	}
	// A variant is practised through the question it merged into (filterQuestions finds it by either id).
	void services.openQuiz({ path: q.path, topic: "", question: q.id, mode: "all" });
}

function cursorLine(editor: Editor): number {
	return editor.getCursor("head").line + 1;
}

export function registerPractiseCommands(plugin: Plugin, services: PrepServices): void {
	const lang = services.lang();
	plugin.addCommand({
		id: PRACTISE_COMMANDS.note,
		name: t(lang, "practise.note"),
		icon: ICON,
		editorCallback: (_editor, view) => {
			if (view.file) practiseNote(services, view.file.path);
		},
	});
	plugin.addCommand({
		id: PRACTISE_COMMANDS.question,
		name: t(lang, "practise.question"),
		icon: ICON,
		editorCallback: (editor, view) => {
			if (view.file) practiseQuestion(services, view.file.path, cursorLine(editor));
		},
	});
	const noteItem = (menu: Menu, path: string) =>
		menu.addItem((item) => item.setTitle(t(services.lang(), "practise.note")).setIcon(ICON).onClick(() => practiseNote(services, path)));
	// Offered only where there is something to practise: a note the index holds questions of.
	plugin.registerEvent(
		plugin.app.workspace.on("file-menu", (menu, file) => {
			if (isNote(file) && noteHasQuestions(services.getIndex(), file.path)) noteItem(menu, file.path);
		}),
	);
	plugin.registerEvent(
		plugin.app.workspace.on("editor-menu", (menu, editor, info) => {
			const file = info.file;
			if (!file || !noteHasQuestions(services.getIndex(), file.path)) return;
			noteItem(menu, file.path);
			const line = cursorLine(editor);
			if (!questionAt(services.getIndex(), file.path, line)) return;
			menu.addItem((item) => item.setTitle(t(services.lang(), "practise.question")).setIcon(ICON).onClick(() => practiseQuestion(services, file.path, line)));
		}),
	);
}
