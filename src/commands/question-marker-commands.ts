// "Make this line an interview question" and "This line is not an interview question": the person's
// last word from the editor. Each writes (or removes) one marker tag on the cursor's line through
// one `editor.transaction` (one undo), and says what it wrote; the extractor reads the tag.
import type { Command, Editor } from "obsidian";
import { t } from "../core/i18n";
import { planMarker } from "../core/question-marker-edit";
import type { Marker } from "../core/parse/question-markers";
import type { Lang, Settings } from "../core/types";

/** The part of `Editor` these commands use. */
export type MarkerEditor = Pick<Editor, "getValue" | "getCursor" | "getLine" | "transaction">;

export interface MarkerCommandHost {
	addCommand(command: Command): unknown;
	getSettings(): Settings;
	lang(): Lang;
	notice(message: string): void;
}

export const MARKER_COMMAND_IDS = { ask: "make-line-interview-question", not: "make-line-not-interview-question" } as const;

/** Applies the person's word to the cursor's line; returns whether the note was changed. */
export function markLine(editor: MarkerEditor, host: MarkerCommandHost, want: Marker): boolean {
	const lang = host.lang();
	const settings = host.getSettings();
	const line = editor.getCursor("head").line;
	const plan = planMarker(editor.getValue(), line, want, { labels: settings.labels, promptHeadings: settings.promptHeadings });
	switch (plan.kind) {
		case "no-line":
			host.notice(t(lang, "marker.notice.noLine"));
			return false;
		case "cannot":
			host.notice(t(lang, "marker.notice.cannot"));
			return false;
		case "already":
			host.notice(t(lang, want === "ask" ? "marker.notice.alreadyQuestion" : "marker.notice.alreadyNot"));
			return false;
	}
	const before = editor.getLine(line);
	editor.transaction({ changes: [{ from: { line, ch: 0 }, to: { line, ch: before.length }, text: plan.text }] });
	const vars = { tag: plan.wrote ?? plan.removed ?? "", text: plan.question };
	if (want === "ask") host.notice(t(lang, plan.wrote ? "marker.notice.asked" : "marker.notice.unmarked", vars));
	else host.notice(t(lang, plan.wrote ? "marker.notice.notAsked" : "marker.notice.unasked", vars));
	return true;
}

export function registerMarkerCommands(host: MarkerCommandHost): void {
	host.addCommand({ id: MARKER_COMMAND_IDS.ask, name: t(host.lang(), "marker.cmd.ask"), editorCallback: (editor) => void markLine(editor, host, "ask") });
	host.addCommand({ id: MARKER_COMMAND_IDS.not, name: t(host.lang(), "marker.cmd.not"), editorCallback: (editor) => void markLine(editor, host, "not") });
}
