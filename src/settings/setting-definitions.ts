// Every setting of the tab, declared once: Obsidian 1.13+ renders these itself and lists them in its
// settings search (getSettingDefinitions); older Obsidian gets them drawn by render-definitions.ts.
// Controls bind to a ControlKey (read and written through the tab's getControlValue/setControlValue);
// rows whose field commits when it is left, or needs a suggester or a date picker, are `render` rows.
import type { App, SettingDefinitionItem, SettingDefinitionRender, SettingGroupItem, TextComponent } from "obsidian";
import { DEFAULT_LABELS } from "../core/labels";
import { checkFolder } from "../core/folder-path";
import { dateHasPassed, DEFAULT_SETTINGS, NUMBER_LIMITS, type LimitedNumber } from "../core/settings";
import type { LabelWords, Lang, Settings } from "../core/types";
import { NoteSuggest } from "./note-suggest";
import { recordingSettings } from "./recording-settings";
import { mockLogFolders } from "./mock-log-folders";
import { t } from "../core/i18n";
import type { SettingsStringKey } from "../core/i18n/settings";
import { noteName } from "../core/note-name";

/** The settings bound to a control (read and written through the tab's getControlValue/setControlValue). */
export const CONTROL_KEYS = ["depth", "promptHeadings", "language", "newPerDay", "maxReviewsPerDay", "desiredRetention", "targetSeconds", "starKeepOriginal", "mockQuestions"] as const;
export type ControlKey = (typeof CONTROL_KEYS)[number];

export function isControlKey(key: string): key is ControlKey {
	return (CONTROL_KEYS as readonly string[]).includes(key);
}

export const LABEL_KEYS: readonly (keyof LabelWords)[] = ["hint", "answer", "context", "situation", "task", "action", "result"];

/** What the definitions need from the tab. Changes go through `apply`, which saves and re-indexes at once. */
export interface DefinitionHost {
	app: App;
	lang: Lang;
	getSettings(): Settings;
	apply(patch: Partial<Settings>, redraw?: boolean): Promise<void>;
	/** Adds a hub by note name and redraws (nothing happens for a repeat or an empty name). */
	addHub(name: string): Promise<void>;
	suggestHubs(): string[];
	/** Hubs no note is named like and no note links to → the closest note names. */
	missingHubs(): Map<string, string[]>;
	/** Current time in epoch ms (is the interview date past?). */
	now(): number;
}

/** A field's text → the settings patch, or the message to show at the field (nothing is saved then). */
type FieldCommit = (text: string) => Partial<Settings> | string;

/** "a, b，c" → ["a", "b", "c"] (Chinese commas too). */
export function splitList(text: string): string[] {
	return text
		.split(/[,，\n]/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}

/** The value a control shows. The depth dropdown offers 0–3 (deeper stored values show as 3). */
export function readControl(settings: Settings, key: ControlKey): unknown {
	return key === "depth" ? String(Math.min(3, settings.depth)) : settings[key];
}

/** A control's new value as a settings patch; null for a value of the wrong kind. */
export function controlPatch(key: string, value: unknown): Partial<Settings> | null {
	const num = typeof value === "number" && Number.isFinite(value) ? value : null;
	switch (key) {
		case "depth":
			return typeof value === "string" && /^\d$/.test(value) ? { depth: Number(value) } : null;
		case "promptHeadings":
			return typeof value === "boolean" ? { promptHeadings: value } : null;
		case "starKeepOriginal":
			return typeof value === "boolean" ? { starKeepOriginal: value } : null;
		case "language":
			return value === "auto" || value === "zh" || value === "en" ? { language: value } : null;
		case "newPerDay":
			return num === null ? null : { newPerDay: num };
		case "maxReviewsPerDay":
			return num === null ? null : { maxReviewsPerDay: num };
		case "desiredRetention":
			return num === null ? null : { desiredRetention: num };
		case "targetSeconds":
			return num === null ? null : { targetSeconds: num };
		case "mockQuestions":
			return num === null ? null : { mockQuestions: num };
		default:
			return null;
	}
}

export function buildSettingDefinitions(host: DefinitionHost): SettingDefinitionItem[] {
	const { lang } = host;
	const other: Lang = lang === "zh" ? "en" : "zh";
	const s = (key: SettingsStringKey): string => t(lang, key);
	/** Name in the UI language; the other language's name is a search alias. */
	const named = (key: SettingsStringKey) => ({ name: s(key), aliases: [t(other, key)] });
	const hubs = host.getSettings().hubs;
	let suggested: string[] | null = null;
	// Only when drawn: Obsidian also builds the definitions at startup for search.
	const suggestions = (): string[] => (suggested ??= host.suggestHubs());

	const wholeNumber = (key: Extract<ControlKey, LimitedNumber>, name: SettingsStringKey, desc?: SettingsStringKey): SettingGroupItem<ControlKey> => {
		const { min, max } = NUMBER_LIMITS[key];
		return {
			...named(name),
			...(desc ? { desc: s(desc) } : {}),
			control: {
				type: "number",
				key,
				min,
				max,
				step: 1,
				defaultValue: DEFAULT_SETTINGS[key],
				validate: (v) => (Number.isInteger(v) && v >= min && v <= max ? undefined : t(lang, "settings.number.range", { min: String(min), max: String(max) })),
			},
		};
	};

	/**
	 * A text field applied when it is left (not on every key: a change may re-parse every note). A value
	 * it cannot take is not saved and the field says why; `standing` is a message about the stored value.
	 */
	const onLeave = (name: SettingsStringKey, desc: SettingsStringKey | null, read: (settings: Settings) => string, commit: FieldCommit, setup?: (text: TextComponent) => void, standing?: (settings: Settings) => string | null): SettingDefinitionRender => ({
		...named(name),
		...(desc ? { desc: s(desc) } : {}),
		render: (setting) => {
			const warning = setting.infoEl.createDiv({ cls: "setting-item-description mod-warning" });
			const say = (message: string | null): void => {
				warning.setText(message ?? "");
				warning.toggle(Boolean(message));
			};
			say(standing?.(host.getSettings()) ?? null);
			setting.addText((text) => {
				setup?.(text);
				text.setValue(read(host.getSettings()));
				text.inputEl.addEventListener("change", () => {
					const result = commit(text.getValue());
					if (typeof result === "string") return say(result);
					say(null);
					void host.apply(result).then(() => say(standing?.(host.getSettings()) ?? null));
				});
			});
		},
	});
	const commaList = (name: SettingsStringKey, desc: SettingsStringKey | null, read: (settings: Settings) => string[], commit: (list: string[]) => Partial<Settings> | string) =>
		onLeave(name, desc, (settings) => read(settings).join(", "), (text) => commit(splitList(text)));
	/** Folders typed in a list: normalized, or a message naming those that leave the vault. */
	const folderList = (patch: (folders: string[]) => Partial<Settings>) => (list: string[]): Partial<Settings> | string => {
		const checked = list.map((text) => ({ text, check: checkFolder(text) }));
		const outside = checked.filter((c) => !c.check.ok).map((c) => c.text);
		if (outside.length > 0) return s("settings.folder.outside").replace("{folder}", outside.join(", "));
		return patch(checked.flatMap((c) => (c.check.ok && c.check.folder ? [c.check.folder] : [])));
	};
	const mockFolderCommit = (text: string): Partial<Settings> | string => {
		const check = checkFolder(text);
		if (!check.ok) return t(lang, "settings.folder.outside", { folder: text.trim() });
		if (check.folder === "") return s("settings.mockFolder.empty");
		return { mockFolder: check.folder };
	};
	const dateCommit = (text: string): Partial<Settings> | string => {
		const date = text.trim();
		return dateHasPassed(date, host.now()) ? t(lang, "settings.interviewDate.past", { date }) : { interviewDate: date };
	};
	const datePassed = (settings: Settings): string | null =>
		dateHasPassed(settings.interviewDate, host.now()) ? t(lang, "settings.interviewDate.passed", { date: settings.interviewDate }) : null;
	const missing = host.missingHubs();
	const hubWarning = (hub: string): string | undefined => {
		const names = missing.get(hub);
		if (!names) return undefined;
		return names.length > 0 ? t(lang, "settings.hubs.missing", { hub, names: names.join(lang === "zh" ? "、" : ", ") }) : t(lang, "settings.hubs.missingNoNames", { hub });
	};

	const hubInput: SettingDefinitionRender = {
		...named("settings.hubs.name"),
		desc: s("settings.hubs.desc"),
		render: (setting) => {
			let suggest: NoteSuggest | null = null;
			setting.addText((text) => {
				text.setPlaceholder(s("settings.hubs.addPlaceholder"));
				suggest = new NoteSuggest(host.app, text.inputEl, (name) => void host.addHub(name));
				text.inputEl.addEventListener("keydown", (evt) => {
					if (evt.key === "Enter") void host.addHub(text.getValue());
				});
				setting.addButton((b) => b.setButtonText(s("settings.hubs.add")).onClick(() => void host.addHub(text.getValue())));
			});
			return () => suggest?.close();
		},
	};
	const hubChoices: SettingDefinitionRender = {
		name: s("settings.hubs.suggested"),
		searchable: false,
		visible: () => host.getSettings().hubs.length === 0 && suggestions().length > 0,
		render: (setting) => {
			for (const name of suggestions()) setting.addButton((b) => b.setButtonText(name).setClass("interview-prep-hub-choice").onClick(() => void host.addHub(name)));
		},
	};

	// An emptied list would stop the plugin recognising that part: refused at the field.
	const labelRows = LABEL_KEYS.map((key) =>
		commaList(`settings.labels.${key}`, null, (settings) => settings.labels[key], (words) => (words.length === 0 ? s("settings.labels.empty") : { labels: { ...host.getSettings().labels, [key]: words } })),
	);
	const resetLabels: SettingGroupItem<ControlKey> = {
		...named("settings.labels.reset"),
		action: () => {
			const labels = {} as LabelWords;
			for (const key of LABEL_KEYS) labels[key] = [...DEFAULT_LABELS[key]];
			void host.apply({ labels }, true);
		},
	};

	const items: SettingDefinitionItem<ControlKey>[] = [
		{ type: "group", heading: s("settings.hubs.heading"), items: [hubInput, hubChoices] },
		{
			type: "list",
			cls: "interview-prep-hub-list",
			emptyState: s("settings.hubs.none"),
			// The row "Hub notes" is what search should find, not each note name.
			items: hubs.map((hub) => {
				const warning = hubWarning(hub);
				return { name: hub, searchable: false, ...(warning ? { desc: warning } : {}) };
			}),
			onDelete: (index) => {
				const hub = hubs[index];
				void host.apply({ hubs: host.getSettings().hubs.filter((h) => h !== hub) }, true);
			},
		},
		{
			type: "group",
			items: [
				{ ...named("settings.depth.name"), desc: s("settings.depth.desc"), control: { type: "dropdown", key: "depth", options: { "0": "0", "1": "1", "2": "2", "3": "3" } } },
				commaList("settings.extraFolders.name", "settings.extraFolders.desc", (settings) => settings.extraFolders, folderList((extraFolders) => ({ extraFolders }))),
				commaList("settings.excludedFolders.name", "settings.excludedFolders.desc", (settings) => settings.excludedFolders, folderList((excludedFolders) => ({ excludedFolders }))),
				commaList("settings.extraTags.name", "settings.extraTags.desc", (settings) => settings.extraTags, (extraTags) => ({ extraTags })),
				{ ...named("settings.promptHeadings.name"), desc: s("settings.promptHeadings.desc"), control: { type: "toggle", key: "promptHeadings" } },
			],
		},
		// A page of its own on 1.13+ (seven rarely touched fields); a headed section on older Obsidian.
		{ type: "page", name: s("settings.labels.heading"), desc: s("settings.labels.desc"), items: [{ type: "group", items: [...labelRows, resetLabels] }] },
		{
			type: "group",
			heading: s("settings.practice.heading"),
			items: [
				{ ...named("settings.language.name"), control: { type: "dropdown", key: "language", options: { auto: s("settings.language.auto"), zh: "中文", en: "English" } } },
				wholeNumber("newPerDay", "settings.newPerDay.name"),
				wholeNumber("maxReviewsPerDay", "settings.maxReviewsPerDay.name", "settings.maxReviewsPerDay.desc"),
				{
					...named("settings.retention.name"),
					desc: s("settings.retention.desc"),
					control: { type: "slider", key: "desiredRetention", ...NUMBER_LIMITS.desiredRetention, step: 0.01, displayFormat: (v) => `${Math.round(v * 100)}%` },
				},
				onLeave(
					"settings.interviewDate.name",
					"settings.interviewDate.desc",
					(settings) => settings.interviewDate,
					dateCommit,
					(text) => {
						text.inputEl.type = "date";
					},
					datePassed,
				),
				wholeNumber("targetSeconds", "settings.targetSeconds.name"),
			],
		},
		{
			type: "group",
			heading: s("settings.star.heading"),
			items: [
				{ ...named("settings.starKeepOriginal.name"), desc: s("settings.starKeepOriginal.desc"), control: { type: "toggle", key: "starKeepOriginal" } },
				wholeNumber("mockQuestions", "settings.mockQuestions.name"),
				onLeave("settings.mockFolder.name", null, (settings) => settings.mockFolder, mockFolderCommit),
			],
		},
		mockLogFolders<ControlKey>(host),
		recordingSettings(host),
		hiddenQuestions(host),
	];
	return items;
}

/** The questions hidden with "Not a question": removing one brings it back at once. */
function hiddenQuestions(host: DefinitionHost): SettingDefinitionItem<ControlKey> {
	const { lang } = host;
	const list = host.getSettings().notQuestions;
	return {
		type: "list",
		heading: t(lang, "notQuestion.settings.heading"),
		cls: "interview-prep-not-questions",
		emptyState: t(lang, "notQuestion.settings.none"),
		items: list.map((e) => ({ name: e.text, searchable: false, desc: t(lang, "notQuestion.settings.from", { note: noteName(e.path) || "—" }) })),
		onDelete: (index) => {
			const key = list[index]?.key;
			if (key !== undefined) void host.apply({ notQuestions: host.getSettings().notQuestions.filter((e) => e.key !== key) }, true);
		},
	};
}
