// A recording host and a cursor-marker "convert" for the STAR command tests.
import type { Command } from "obsidian";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Lang, Settings } from "../../src/core/types";
import { type StarCommandHost, convertAnswer } from "../../src/commands/star-commands";
import { RecordingEditor } from "../core/star/fake-editor";

export function makeHost(patch: Partial<Settings> = {}, lang: Lang = "zh") {
	const notices: string[] = [];
	const commands: Command[] = [];
	const host: StarCommandHost = {
		addCommand: (c) => commands.push(c),
		getSettings: () => ({ ...DEFAULT_SETTINGS, ...patch }),
		lang: () => lang,
		notice: (m) => notices.push(m),
	};
	return { host, notices, commands };
}

/** Run "Convert answer to STAR template" on a `|`-marked note; return the marked result. */
export function convert(before: string, patch: Partial<Settings> = {}, lang: Lang = "zh") {
	const { host, notices } = makeHost(patch, lang);
	const editor = RecordingEditor.fromMarked(before);
	convertAnswer(editor, host);
	return { after: editor.marked(), editor, notices, host };
}
