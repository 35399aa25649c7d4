// @vitest-environment happy-dom
// The settings tab as a person uses it: hubs through the note suggester, removing one, suggested hubs
// when none is set, label words reset, language switch redraws in Chinese.
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../src/core/labels";
import { migrateSettings } from "../../src/core/settings";
import type { Settings } from "../../src/core/types";
import type { PrepServices } from "../../src/services";
import { PrepSettingTab } from "../../src/settings/settings-tab";
import { suggestHubs } from "../../src/vault/link-graph";
import type { App } from "../fake-obsidian";
import { asRealApp, loadVaultFolder, makeApp } from "../fake-obsidian/fixture";

/** Let the tab's async handlers (save, redraw) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let app: App;
let settings: Settings;
let tab: PrepSettingTab;

function services(): PrepServices {
	return {
		getSettings: () => settings,
		updateSettings: async (patch: Partial<Settings>) => {
			settings = migrateSettings({ ...settings, ...patch });
		},
		lang: () => (settings.language === "zh" ? "zh" : "en"),
		suggestHubs: () => suggestHubs(asRealApp(app)),
	} as unknown as PrepServices;
}

function item(name: string): HTMLElement {
	const found = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!found) throw new Error(`no setting named ${name}`);
	return found;
}

beforeEach(() => {
	app = makeApp({ files: loadVaultFolder() });
	settings = migrateSettings({});
	tab = new PrepSettingTab(asRealApp(app), {} as never, services());
	tab.display();
});

describe("settings tab", () => {
	it("offers the most-linked interview-looking note as a one-click hub when none is set", async () => {
		const choice = tab.containerEl.querySelector<HTMLButtonElement>(".interview-prep-hub-choice");
		expect(choice?.textContent).toBe("面试-面试官角度准备");
		choice!.click();
		await settle();
		expect(settings.hubs).toEqual(["面试-面试官角度准备"]);
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
