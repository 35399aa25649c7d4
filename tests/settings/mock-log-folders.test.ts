// @vitest-environment happy-dom
// The folders mock logs were once written to stay out of the prep set (mockLogFolders); the settings tab
// lists them under the log folder setting, each with a remove button, on Obsidian 1.13+ and before.
import { beforeEach, describe, expect, it } from "vitest";
import { migrateSettings } from "../../src/core/settings";
import { PrepSettingTab } from "../../src/settings/settings-tab";
import { allDefinitions, deleteEntry, displayAsOlderObsidian } from "../fake-obsidian/setting-definitions";
import { settingsTabOn } from "./settings-tab-fixture";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const state = { settings: migrateSettings({}) };

function newTab(): PrepSettingTab {
	return settingsTabOn(state);
}

const names = (tab: PrepSettingTab): string[] => allDefinitions(tab.settingItems).map((f) => f.def.name);

beforeEach(() => {
	state.settings = migrateSettings({ mockLogFolders: ["Old logs", "Interview practice/2024"] });
});

describe("remembered mock log folders in the settings", () => {
	it("lists each folder and forgets one when it is removed (Obsidian 1.13+)", async () => {
		const tab = newTab();
		expect(names(tab)).toEqual(expect.arrayContaining(["Old logs", "Interview practice/2024"]));
		deleteEntry(tab, "Old logs");
		await settle();
		expect(state.settings.mockLogFolders).toEqual(["Interview practice/2024"]);
		expect(names(tab)).not.toContain("Old logs");
		expect(names(tab)).toContain("Interview practice/2024");
	});

	it("draws them under the log folder setting with a heading in either language and a remove button each (older Obsidian)", async () => {
		for (const [language, logFolder, heading] of [
			["en", "Folder for mock interview logs", "Folders that held mock interview logs"],
			["zh", "模拟面试记录文件夹", "存放过模拟面试记录的文件夹"],
		] as const) {
			state.settings = migrateSettings({ language, mockLogFolders: ["Old logs", "Interview practice/2024"] });
			const tab = newTab();
			displayAsOlderObsidian(tab);
			const rows = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")];
			const text = rows.map((el) => el.querySelector(".setting-item-name")?.textContent ?? "");
			const at = text.indexOf(logFolder);
			expect(text.slice(at + 1, at + 4)).toEqual([heading, "Old logs", "Interview practice/2024"]);
			rows[at + 2].querySelector<HTMLElement>(".extra-setting-button")!.click();
			await settle();
			expect(state.settings.mockLogFolders).toEqual(["Interview practice/2024"]);
		}
	});

	it("shows nothing when no folder is remembered", () => {
		state.settings = migrateSettings({});
		const tab = newTab();
		displayAsOlderObsidian(tab);
		const text = tab.containerEl.textContent ?? "";
		expect(text).toContain("Folder for mock interview logs");
		expect(text).not.toContain("Folders that held mock interview logs");
	});
});
