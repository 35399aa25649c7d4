// The settings rows of recording spoken answers: the mode, the folder, how many per question.
// Rendered rows (not bound controls), so the tab's list of control keys stays as it is.
import type { SettingDefinitionItem, SettingDefinitionRender } from "obsidian";
import { checkFolder } from "../core/folder-path";
import { NUMBER_LIMITS } from "../core/settings";
import { t, type StringKey } from "../core/i18n";
import type { Lang, RecordMode, Settings } from "../core/types";

export interface RecordingSettingsHost {
	lang: Lang;
	getSettings(): Settings;
	apply(patch: Partial<Settings>, redraw?: boolean): Promise<void>;
}

/** The folder as typed → the patch, or the message to show at the field. */
export function recordingFolderPatch(text: string, lang: Lang): Partial<Settings> | string {
	const check = checkFolder(text);
	if (!check.ok) return t(lang, "settings.folder.outside", { folder: text.trim() });
	if (check.folder === "") return t(lang, "settings.recordingFolder.empty");
	return { recordingFolder: check.folder };
}

/** A whole number of recordings to keep → the patch, or the message. */
export function keepPatch(text: string, lang: Lang): Partial<Settings> | string {
	const n = Number(text.trim());
	const { min, max } = NUMBER_LIMITS.recordingsPerQuestion;
	if (text.trim() === "" || !Number.isInteger(n) || n < min || n > max) return t(lang, "settings.number.range", { min, max });
	return { recordingsPerQuestion: n };
}

export function recordingSettings(host: RecordingSettingsHost): SettingDefinitionItem<never> {
	const { lang } = host;
	const other: Lang = lang === "zh" ? "en" : "zh";
	const named = (key: StringKey) => ({ name: t(lang, key), aliases: [t(other, key)] });
	const modes: RecordMode[] = ["off", "onDemand", "auto"];

	const mode: SettingDefinitionRender = {
		...named("settings.recordAnswers.name"),
		desc: t(lang, "settings.recordAnswers.desc"),
		render: (setting) => {
			setting.addDropdown((d) => {
				for (const m of modes) d.addOption(m, t(lang, `settings.recordAnswers.${m}` as StringKey));
				d.setValue(host.getSettings().recordAnswers);
				d.onChange((value) => {
					if (modes.includes(value as RecordMode)) void host.apply({ recordAnswers: value as RecordMode });
				});
			});
		},
	};
	/** A text field applied when left; a value it cannot take is not saved and the row says why. */
	const field = (key: StringKey, desc: StringKey | null, read: (s: Settings) => string, commit: (text: string) => Partial<Settings> | string): SettingDefinitionRender => ({
		...named(key),
		...(desc ? { desc: t(lang, desc) } : {}),
		render: (setting) => {
			const warning = setting.infoEl.createDiv({ cls: "setting-item-description mod-warning" });
			warning.toggle(false);
			setting.addText((text) => {
				text.setValue(read(host.getSettings()));
				text.inputEl.addEventListener("change", () => {
					const result = commit(text.getValue());
					warning.setText(typeof result === "string" ? result : "");
					warning.toggle(typeof result === "string");
					if (typeof result !== "string") void host.apply(result);
				});
			});
		},
	});
	return {
		type: "group",
		heading: t(lang, "settings.recording.heading"),
		items: [
			mode,
			field("settings.recordingFolder.name", null, (s) => s.recordingFolder, (text) => recordingFolderPatch(text, lang)),
			field("settings.recordingsPerQuestion.name", "settings.recordingsPerQuestion.desc", (s) => String(s.recordingsPerQuestion), (text) => keepPatch(text, lang)),
		],
	};
}
