// Editor commands of the STAR helper: thin adapters over the pure edits in src/core/star/.
// Each edit is one `editor.transaction`, so a single undo restores the note.
import type { Command, Editor, EditorTransaction } from "obsidian";
import type { Lang, Settings } from "../core/types";
import { t } from "../core/i18n";
import { locateAnswer, type LocateInput, questionAtLine } from "../core/star/locate-answer";
import { checkStar } from "../core/star/star-check";
import { type StarEdit, planConvert, planInsert } from "../core/star/star-edit";
import { formatStarReport, starCheckOptions } from "../core/star/star-report";
import { planRestore } from "../core/star/star-restore";
import { starCheckScope } from "../core/star/star-scope";

/** The part of `Editor` these commands use (Obsidian's Editor has all of it). */
export type StarEditor = Pick<Editor, "getValue" | "getCursor" | "somethingSelected" | "transaction">;

/** What the commands need from the plugin. */
export interface StarCommandHost {
	addCommand(command: Command): unknown;
	getSettings(): Settings;
	/** UI language. */
	lang(): Lang;
	notice(message: string, durationMs?: number): void;
}

export const STAR_COMMAND_IDS = {
	convert: "convert-answer-to-star",
	insert: "insert-star-template",
	check: "check-star-answer",
	restore: "restore-original-answer",
} as const;

function locateInput(editor: StarEditor): LocateInput {
	return {
		cursor: editor.getCursor("head"),
		selection: editor.somethingSelected() ? { from: editor.getCursor("from"), to: editor.getCursor("to") } : null,
	};
}

function applyEdit(editor: StarEditor, edit: StarEdit): void {
	const tx: EditorTransaction = {
		changes: [{ from: edit.from, to: edit.to, text: edit.text }],
		selection: { from: edit.anchor, to: edit.head },
	};
	editor.transaction(tx);
}

/** The cursor is in a question's section, or text is selected. */
export function canConvert(editor: StarEditor, settings: Settings): boolean {
	return locateAnswer(editor.getValue(), locateInput(editor), settings) !== null;
}

export function convertAnswer(editor: StarEditor, host: StarCommandHost): void {
	const settings = host.getSettings();
	const plan = planConvert(editor.getValue(), locateInput(editor), { ...settings, keepOriginal: settings.starKeepOriginal });
	if (plan.kind === "already-star") host.notice(t(host.lang(), "star.notice.alreadyStar"));
	if (plan.kind !== "edit") return;
	applyEdit(editor, plan);
	if (plan.wroteBlank) host.notice(t(host.lang(), "star.notice.emptyInserted"));
}

export function insertTemplate(editor: StarEditor, host: StarCommandHost): void {
	applyEdit(editor, planInsert(editor.getValue(), editor.getCursor("head"), host.getSettings().labels));
}

/** The report lines for the answer at the cursor (or the selection), or null when there is none. */
export function checkAnswer(editor: StarEditor, host: StarCommandHost): string[] | null {
	const settings = host.getSettings();
	const target = locateAnswer(editor.getValue(), locateInput(editor), settings);
	if (!target) {
		// (A question at the cursor with no answer to offer is one in a table row: say why.)
		const inTable = questionAtLine(editor.getValue(), editor.getCursor("head").line, settings) !== null;
		host.notice(t(host.lang(), inTable ? "star.notice.inTable" : "star.notice.nothingToCheck"));
		return null;
	}
	// Asked for by the person, so any question's answer is checked; an empty one has nothing to check.
	if (starCheckScope(target.question?.text ?? "", target.text, { labels: settings.labels, requested: true }) === "nothing-written") {
		host.notice(t(host.lang(), "star.notice.nothingWritten"));
		return null;
	}
	const report = checkStar(target.text, starCheckOptions(settings));
	const lines = formatStarReport(report, host.lang());
	host.notice(lines.join("\n"), 15000);
	return lines;
}

/** Put back the answer kept in the conversion's folded callout; false when there is none at the cursor. */
export function restoreOriginal(editor: StarEditor, host: StarCommandHost, checking = false): boolean {
	const plan = planRestore(editor.getValue(), editor.getCursor("head"), host.getSettings());
	if (!plan) return false;
	if (!checking) editor.transaction({ changes: [{ from: plan.from, to: plan.to, text: plan.text }], selection: { from: plan.cursor } });
	return true;
}

export function registerStarCommands(host: StarCommandHost): void {
	host.addCommand({
		id: STAR_COMMAND_IDS.convert,
		name: t(host.lang(), "star.cmd.convert"),
		editorCheckCallback: (checking, editor) => {
			if (!canConvert(editor, host.getSettings())) return false;
			if (!checking) convertAnswer(editor, host);
			return true;
		},
	});
	host.addCommand({
		id: STAR_COMMAND_IDS.insert,
		name: t(host.lang(), "star.cmd.insert"),
		editorCallback: (editor) => insertTemplate(editor, host),
	});
	host.addCommand({
		id: STAR_COMMAND_IDS.check,
		name: t(host.lang(), "star.cmd.check"),
		editorCheckCallback: (checking, editor) => {
			if (!canConvert(editor, host.getSettings())) return false;
			if (!checking) checkAnswer(editor, host);
			return true;
		},
	});
	host.addCommand({
		id: STAR_COMMAND_IDS.restore,
		name: t(host.lang(), "star.cmd.restore"),
		editorCheckCallback: (checking, editor) => restoreOriginal(editor, host, checking),
	});
}
