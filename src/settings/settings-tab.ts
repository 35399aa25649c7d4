// The settings tab. Every change goes through services.updateSettings, which saves, updates the index
// and redraws the views at once.
import { type App, type Plugin, PluginSettingTab, Setting } from "obsidian";
import { DEFAULT_LABELS } from "../core/labels";
import type { LabelWords, Lang, Settings, UiLanguage } from "../core/types";
import type { PrepServices } from "../services";
import { addHub } from "./hub-command";
import { NoteSuggest } from "./note-suggest";
import { st, type SettingsStringKey } from "./settings-strings";

const LABEL_KEYS: (keyof LabelWords)[] = ["hint", "answer", "context", "situation", "task", "action", "result"];

/** "a, b，c" → ["a", "b", "c"] (Chinese commas too). */
export function splitList(text: string): string[] {
	return text
		.split(/[,，\n]/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}

function numberOr(text: string, fallback: number): number {
	const n = Number(text.trim());
	return text.trim() !== "" && Number.isFinite(n) ? n : fallback;
}

export class PrepSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly services: PrepServices,
	) {
		super(app, plugin);
	}

	private get lang(): Lang {
		return this.services.lang();
	}
	private s(key: SettingsStringKey): string {
		return st(this.lang, key);
	}
	private async apply(patch: Partial<Settings>, redraw = false): Promise<void> {
		await this.services.updateSettings(patch);
		if (redraw) this.display();
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const settings = this.services.getSettings();
		this.drawHubs(containerEl, settings);
		this.drawSet(containerEl, settings);
		this.drawLabels(containerEl, settings);
		this.drawPractice(containerEl, settings);
		this.drawStar(containerEl, settings);
	}

	private drawHubs(el: HTMLElement, settings: Settings): void {
		new Setting(el).setName(this.s("settings.hubs.heading")).setHeading();
		const hubs = new Setting(el).setName(this.s("settings.hubs.name")).setDesc(this.s("settings.hubs.desc"));
		hubs.addText((text) => {
			text.setPlaceholder(this.s("settings.hubs.addPlaceholder"));
			new NoteSuggest(this.app, text.inputEl, (name) => void this.addHub(name));
			text.inputEl.addEventListener("keydown", (evt) => {
				if (evt.key === "Enter") void this.addHub(text.getValue());
			});
			hubs.addButton((b) => b.setButtonText(this.s("settings.hubs.add")).onClick(() => void this.addHub(text.getValue())));
		});
		const list = el.createDiv({ cls: "interview-prep-hub-list" });
		if (settings.hubs.length === 0) {
			list.createDiv({ text: this.s("settings.hubs.none"), cls: "interview-prep-hub-none" });
			const suggested = this.services.suggestHubs();
			if (suggested.length > 0) {
				const row = list.createDiv({ cls: "interview-prep-hub-suggested" });
				row.createSpan({ text: this.s("settings.hubs.suggested") });
				for (const name of suggested) {
					row.createEl("button", { text: name, cls: "interview-prep-hub-choice" }).addEventListener("click", () => void this.addHub(name));
				}
			}
		}
		for (const hub of settings.hubs) {
			new Setting(list)
				.setName(hub)
				.setClass("interview-prep-hub")
				.addExtraButton((b) =>
					b
						.setIcon("x")
						.setTooltip(this.s("settings.hubs.remove"))
						.onClick(() => void this.apply({ hubs: this.services.getSettings().hubs.filter((h) => h !== hub) }, true)),
				);
		}
	}

	private async addHub(name: string): Promise<void> {
		if (await addHub(this.services, name)) this.display();
	}

	private drawSet(el: HTMLElement, settings: Settings): void {
		new Setting(el)
			.setName(this.s("settings.depth.name"))
			.setDesc(this.s("settings.depth.desc"))
			.addDropdown((d) =>
				d
					.addOptions({ "0": "0", "1": "1", "2": "2", "3": "3" })
					.setValue(String(Math.min(3, settings.depth)))
					.onChange((v) => void this.apply({ depth: Number(v) })),
			);
		this.listSetting(el, "settings.extraFolders.name", "settings.extraFolders.desc", settings.extraFolders, (extraFolders) => ({ extraFolders }));
		this.listSetting(el, "settings.extraTags.name", "settings.extraTags.desc", settings.extraTags, (extraTags) => ({ extraTags }));
		new Setting(el)
			.setName(this.s("settings.promptHeadings.name"))
			.setDesc(this.s("settings.promptHeadings.desc"))
			.addToggle((t) => t.setValue(settings.promptHeadings).onChange((v) => void this.apply({ promptHeadings: v })));
	}

	/** A comma-separated list, applied when the field is left (not on every key: it may re-parse notes). */
	private listSetting(el: HTMLElement, name: SettingsStringKey, desc: SettingsStringKey | null, value: string[], patch: (list: string[]) => Partial<Settings>): void {
		const setting = new Setting(el).setName(this.s(name));
		if (desc) setting.setDesc(this.s(desc));
		setting.addText((text) => {
			text.setValue(value.join(", "));
			text.inputEl.addEventListener("change", () => void this.apply(patch(splitList(text.getValue()))));
		});
	}

	private drawLabels(el: HTMLElement, settings: Settings): void {
		new Setting(el).setName(this.s("settings.labels.heading")).setDesc(this.s("settings.labels.desc")).setHeading();
		for (const key of LABEL_KEYS) {
			this.listSetting(el, `settings.labels.${key}`, null, settings.labels[key], (words) => ({ labels: { ...this.services.getSettings().labels, [key]: words } }));
		}
		new Setting(el).addButton((b) =>
			b.setButtonText(this.s("settings.labels.reset")).onClick(() => {
				const labels = {} as LabelWords;
				for (const key of LABEL_KEYS) labels[key] = [...DEFAULT_LABELS[key]];
				void this.apply({ labels }, true);
			}),
		);
	}

	private drawPractice(el: HTMLElement, settings: Settings): void {
		new Setting(el).setName(this.s("settings.practice.heading")).setHeading();
		new Setting(el).setName(this.s("settings.language.name")).addDropdown((d) =>
			d
				.addOptions({ auto: this.s("settings.language.auto"), zh: "中文", en: "English" })
				.setValue(settings.language)
				.onChange((v) => void this.apply({ language: v as UiLanguage }, true)),
		);
		new Setting(el).setName(this.s("settings.newPerDay.name")).addText((t) => {
			t.inputEl.type = "number";
			t.setValue(String(settings.newPerDay)).onChange((v) => void this.apply({ newPerDay: numberOr(v, settings.newPerDay) }));
		});
		new Setting(el)
			.setName(this.s("settings.retention.name"))
			.setDesc(this.s("settings.retention.desc"))
			.addSlider((sl) =>
				sl
					.setLimits(0.7, 0.99, 0.01)
					.setValue(settings.desiredRetention)
					.setDynamicTooltip()
					.onChange((v) => void this.apply({ desiredRetention: v })),
			);
		new Setting(el)
			.setName(this.s("settings.interviewDate.name"))
			.setDesc(this.s("settings.interviewDate.desc"))
			.addText((t) => {
				t.inputEl.type = "date";
				t.setValue(settings.interviewDate).onChange((v) => void this.apply({ interviewDate: v }));
			});
		new Setting(el).setName(this.s("settings.targetSeconds.name")).addText((t) => {
			t.inputEl.type = "number";
			t.setValue(String(settings.targetSeconds)).onChange((v) => void this.apply({ targetSeconds: numberOr(v, settings.targetSeconds) }));
		});
	}

	private drawStar(el: HTMLElement, settings: Settings): void {
		new Setting(el).setName(this.s("settings.star.heading")).setHeading();
		new Setting(el)
			.setName(this.s("settings.starKeepOriginal.name"))
			.setDesc(this.s("settings.starKeepOriginal.desc"))
			.addToggle((t) => t.setValue(settings.starKeepOriginal).onChange((v) => void this.apply({ starKeepOriginal: v })));
		new Setting(el).setName(this.s("settings.mockQuestions.name")).addText((t) => {
			t.inputEl.type = "number";
			t.setValue(String(settings.mockQuestions)).onChange((v) => void this.apply({ mockQuestions: numberOr(v, settings.mockQuestions) }));
		});
		new Setting(el).setName(this.s("settings.mockFolder.name")).addText((t) => {
			t.setValue(settings.mockFolder);
			t.inputEl.addEventListener("change", () => void this.apply({ mockFolder: t.getValue() }));
		});
	}
}
