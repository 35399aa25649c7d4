// @vitest-environment happy-dom
// The settings tab as a person uses it. On Obsidian 1.13+ through its declared settings (what Obsidian
// renders and its settings search finds): names in both languages, controls saving at once, validation,
// hubs through the note suggester, label words. On older Obsidian through display(), which draws the
// same definitions.
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../src/core/labels";
import { migrateSettings, NUMBER_LIMITS } from "../../src/core/settings";
import type { Lang, Settings } from "../../src/core/types";
import type { PrepServices } from "../../src/services";
import { PrepSettingTab } from "../../src/settings/settings-tab";
import { t } from "../../src/core/i18n";
import type { SettingsStringKey } from "../../src/core/i18n/settings";
import { suggestHubs } from "../../src/vault/link-graph";
import type { App } from "../fake-obsidian";
import { asRealApp, loadVaultFolder, makeApp } from "../fake-obsidian/fixture";
import { allDefinitions, changeSetting, deleteEntry, displayAsOlderObsidian, drawSetting, findSetting, runAction, searchSettings } from "../fake-obsidian/setting-definitions";

/** Let the tab's async handlers (save, redraw) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let app: App;
let settings: Settings;
let updates: Partial<Settings>[];
let tab: PrepSettingTab;

function services(): PrepServices {
	return {
		getSettings: () => settings,
		// The plugin's updateSettings saves, re-indexes and redraws the views; here it records the patch.
		updateSettings: async (patch: Partial<Settings>) => {
			updates.push(patch);
			settings = migrateSettings({ ...settings, ...patch });
		},
		lang: () => (settings.language === "zh" ? "zh" : "en"),
		suggestHubs: () => suggestHubs(asRealApp(app)),
		// 2025-03-10 09:00 in Shanghai: the interview date below is still ahead.
		now: () => Date.UTC(2025, 2, 10, 1, 0, 0),
	} as unknown as PrepServices;
}

function newTab(): PrepSettingTab {
	const t = new PrepSettingTab(asRealApp(app), {} as never, services());
	t.update(); // as Obsidian 1.13 does when the tab is added
	return t;
}

const names = (t: PrepSettingTab): string[] => allDefinitions(t.settingItems).map((f) => f.def.name);

beforeEach(() => {
	app = makeApp({ files: loadVaultFolder() });
	settings = migrateSettings({});
	updates = [];
	tab = newTab();
});

// Every setting the tab offers, by its name key (and description key where it has one).
const DECLARED: [SettingsStringKey, SettingsStringKey | null][] = [
	["settings.hubs.name", "settings.hubs.desc"],
	["settings.depth.name", "settings.depth.desc"],
	["settings.extraFolders.name", "settings.extraFolders.desc"],
	["settings.excludedFolders.name", "settings.excludedFolders.desc"],
	["settings.extraTags.name", "settings.extraTags.desc"],
	["settings.promptHeadings.name", "settings.promptHeadings.desc"],
	["settings.labels.hint", null],
	["settings.labels.answer", null],
	["settings.labels.context", null],
	["settings.labels.situation", null],
	["settings.labels.task", null],
	["settings.labels.action", null],
	["settings.labels.result", null],
	["settings.labels.reset", null],
	["settings.language.name", null],
	["settings.newPerDay.name", null],
	["settings.maxReviewsPerDay.name", "settings.maxReviewsPerDay.desc"],
	["settings.retention.name", "settings.retention.desc"],
	["settings.interviewDate.name", "settings.interviewDate.desc"],
	["settings.targetSeconds.name", null],
	["settings.starKeepOriginal.name", "settings.starKeepOriginal.desc"],
	["settings.mockQuestions.name", null],
	["settings.mockFolder.name", null],
];

describe("settings tab on Obsidian 1.13+ (declared settings)", () => {
	it.each<Lang>(["en", "zh"])("declares every setting with its name and description in %s", (lang) => {
		settings = migrateSettings({ language: lang });
		tab = newTab();
		for (const [name, desc] of DECLARED) {
			const { def } = findSetting(tab, t(lang, name));
			if (desc) expect(def.desc).toBe(t(lang, desc));
		}
	});

	it("settings search finds a setting by its name in either language", () => {
		expect(searchSettings(tab, "link depth")).toEqual(["Link depth"]);
		expect(searchSettings(tab, "链接深度")).toEqual(["Link depth"]);
		settings = migrateSettings({ language: "zh" });
		tab = newTab();
		expect(searchSettings(tab, "Desired retention")).toEqual(["目标记忆保持率"]);
	});

	it("a changed control is saved at once (the plugin re-indexes on every save)", async () => {
		expect(await changeSetting(tab, "Link depth", "2")).toBeNull();
		expect(await changeSetting(tab, "Count leaf headings with answers as questions", false)).toBeNull();
		expect(await changeSetting(tab, "Desired retention", 0.85)).toBeNull();
		expect(await changeSetting(tab, "Questions per mock interview", 8)).toBeNull();
		expect(await changeSetting(tab, "Maximum reviews per day", 150)).toBeNull();
		expect(updates).toEqual([{ depth: 2 }, { promptHeadings: false }, { desiredRetention: 0.85 }, { mockQuestions: 8 }, { maxReviewsPerDay: 150 }]);
		expect(settings).toMatchObject({ depth: 2, promptHeadings: false, desiredRetention: 0.85, mockQuestions: 8 });
		// The tab reads back what was saved.
		expect(tab.getControlValue("depth")).toBe("2");
		expect(tab.getControlValue("mockQuestions")).toBe(8);
	});

	it("rejects a number out of range with a message and keeps the saved value", async () => {
		expect(await changeSetting(tab, "New questions per day", 5000)).toBe("Enter a whole number from 0 to 1000.");
		expect(await changeSetting(tab, "Speaking target (seconds)", 2.5)).toBe("Enter a whole number from 10 to 3600.");
		expect(await changeSetting(tab, "Maximum reviews per day", -1)).toBe("Enter a whole number from 0 to 9999.");
		expect(await changeSetting(tab, "Maximum reviews per day", 1.5)).toBe("Enter a whole number from 0 to 9999.");
		expect(updates).toEqual([]);
		expect(settings.newPerDay).toBe(20);
		expect(settings.maxReviewsPerDay).toBe(9999);
	});

	it("the number limits are the ones the stored settings are held to", () => {
		for (const [key, { min, max }] of Object.entries(NUMBER_LIMITS)) {
			expect(migrateSettings({ [key]: min - 1 })[key as keyof typeof NUMBER_LIMITS]).toBe(min);
			expect(migrateSettings({ [key]: max + 1 })[key as keyof typeof NUMBER_LIMITS]).toBe(max);
		}
	});

	it("switching the language to 中文 declares the tab again in Chinese", async () => {
		await changeSetting(tab, "Interface language", "zh");
		expect(settings.language).toBe("zh");
		expect(names(tab)).toContain("界面语言");
		expect(names(tab)).not.toContain("Interface language");
	});

	it("adds a hub from the note suggester and removes it from the hub list", async () => {
		const input = drawSetting(tab, "Hub notes").controlEl.querySelector("input")!;
		input.value = "behav";
		input.dispatchEvent(new Event("input"));
		await settle();
		const suggestion = document.querySelector<HTMLElement>(".suggestion-container .suggestion-item");
		expect(suggestion?.textContent).toContain("behavioral");
		suggestion!.click();
		await settle();
		expect(settings.hubs).toEqual(["behavioral"]);
		// The list shows the new hub at once.
		expect(names(tab)).toContain("behavioral");
		deleteEntry(tab, "behavioral");
		await settle();
		expect(settings.hubs).toEqual([]);
		expect(names(tab)).not.toContain("behavioral");
	});

	it("offers the most-linked interview-looking note while no hub is set, and not after", async () => {
		const choice = drawSetting(tab, "Possible hubs:").controlEl.querySelector<HTMLButtonElement>(".interview-prep-hub-choice");
		expect(choice?.textContent).toBe("面试-面试官角度准备");
		choice!.click();
		await settle();
		expect(settings.hubs).toEqual(["面试-面试官角度准备"]);
		expect(names(tab)).not.toContain("Possible hubs:");
	});

	it("applies a comma list when the field is left, not on every key", async () => {
		const input = drawSetting(tab, "Extra folders").controlEl.querySelector("input")!;
		input.value = "日记，Work/";
		input.dispatchEvent(new Event("input"));
		await settle();
		expect(updates).toEqual([]);
		input.dispatchEvent(new Event("change"));
		await settle();
		expect(settings.extraFolders).toEqual(["日记", "Work"]);
	});

	it("edits label words as a comma list and resets them to the defaults", async () => {
		const input = drawSetting(tab, "Hint").controlEl.querySelector("input")!;
		input.value = "提示词， Clue";
		input.dispatchEvent(new Event("change"));
		await settle();
		expect(settings.labels.hint).toEqual(["提示词", "Clue"]);
		runAction(tab, "Reset label words");
		await settle();
		expect(settings.labels.hint).toEqual(DEFAULT_LABELS.hint);
	});

	it("picks the interview date with a date field", async () => {
		const input = drawSetting(tab, "Interview date").controlEl.querySelector("input")!;
		expect(input.type).toBe("date");
		input.value = "2025-03-14";
		input.dispatchEvent(new Event("change"));
		await settle();
		expect(settings.interviewDate).toBe("2025-03-14");
	});
});

describe("settings tab on older Obsidian (display() draws the same definitions)", () => {
	beforeEach(() => displayAsOlderObsidian(tab));

	function item(name: string): HTMLElement {
		const found = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
		if (!found) throw new Error(`no setting named ${name}`);
		return found;
	}

	it("draws a row for every declared setting", () => {
		const drawn = [...tab.containerEl.querySelectorAll(".setting-item-name, button")].map((el) => el.textContent);
		for (const name of names(tab)) expect(drawn).toContain(name);
	});

	it("offers the most-linked interview-looking note as a one-click hub when none is set", async () => {
		const choice = tab.containerEl.querySelector<HTMLButtonElement>(".interview-prep-hub-choice");
		expect(choice?.textContent).toBe("面试-面试官角度准备");
		choice!.click();
		await settle();
		expect(settings.hubs).toEqual(["面试-面试官角度准备"]);
		expect(tab.containerEl.querySelector(".interview-prep-hub-choice")).toBeNull();
	});

	it("adds a hub picked from the note suggester and removes it with its button", async () => {
		const input = item("Hub notes").querySelector("input")!;
		input.value = "behav";
		input.dispatchEvent(new Event("input"));
		await settle();
		const suggestion = document.querySelector<HTMLElement>(".suggestion-container .suggestion-item");
		expect(suggestion?.textContent).toContain("behavioral");
		suggestion!.click();
		await settle();
		expect(settings.hubs).toEqual(["behavioral"]);
		const remove = item("behavioral").querySelector<HTMLElement>(".extra-setting-button")!;
		remove.click();
		await settle();
		expect(settings.hubs).toEqual([]);
	});

	it("edits label words as a comma list and resets them to the defaults", async () => {
		const input = item("Hint").querySelector("input")!;
		input.value = "提示词， Clue";
		input.dispatchEvent(new Event("change"));
		await settle();
		expect(settings.labels.hint).toEqual(["提示词", "Clue"]);
		const reset = [...tab.containerEl.querySelectorAll("button")].find((b) => b.textContent === "Reset label words")!;
		reset.click();
		await settle();
		expect(settings.labels.hint).toEqual(DEFAULT_LABELS.hint);
		expect(item("Hint").querySelector("input")!.value).toBe(DEFAULT_LABELS.hint.join(", "));
	});

	it("shows a number out of range as a message and does not save it", async () => {
		const input = item("Questions per mock interview").querySelector("input")!;
		input.value = "99";
		input.dispatchEvent(new Event("input"));
		await settle();
		expect(item("Questions per mock interview").textContent).toContain("Enter a whole number from 1 to 50.");
		expect(settings.mockQuestions).toBe(5);
		input.value = "7";
		input.dispatchEvent(new Event("input"));
		await settle();
		expect(settings.mockQuestions).toBe(7);
		expect(item("Questions per mock interview").querySelector<HTMLElement>(".mod-warning")!.hidden).toBe(true);
	});

	it("shows the retention value next to the slider", async () => {
		const slider = item("Desired retention").querySelector<HTMLInputElement>("input[type=range]")!;
		expect(item("Desired retention").textContent).toContain("90%");
		slider.value = "0.8";
		slider.dispatchEvent(new Event("input"));
		await settle();
		expect(settings.desiredRetention).toBe(0.8);
		expect(item("Desired retention").textContent).toContain("80%");
	});

	it("switching the language to 中文 redraws the tab in Chinese", async () => {
		const select = item("Interface language").querySelector("select")!;
		select.value = "zh";
		select.dispatchEvent(new Event("change"));
		await settle();
		expect(settings.language).toBe("zh");
		expect(tab.containerEl.textContent).toContain("界面语言");
	});
});
