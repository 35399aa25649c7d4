// @vitest-environment happy-dom
// Settings say no, clearly: a folder that leaves the vault, an emptied list, a hub no note is named
// like and a past interview date each get a message at the field, and nothing is silently changed.
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../src/core/labels";
import { migrateSettings } from "../../src/core/settings";
import type { Settings } from "../../src/core/types";
import type { PrepServices } from "../../src/services";
import { PrepSettingTab } from "../../src/settings/settings-tab";
import { suggestHubs } from "../../src/vault/link-graph";
import type { App } from "../fake-obsidian";
import { asRealApp, loadVaultFolder, makeApp } from "../fake-obsidian/fixture";
import { displayAsOlderObsidian, drawSetting, findSetting } from "../fake-obsidian/setting-definitions";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** 2025-03-10 09:00 in Shanghai (the tests' time zone). */
const NOW = Date.UTC(2025, 2, 10, 1, 0, 0);

let app: App;
let settings: Settings;
let updates: Partial<Settings>[];
let tab: PrepSettingTab;

function newTab(): PrepSettingTab {
	const services = {
		getSettings: () => settings,
		updateSettings: async (patch: Partial<Settings>) => {
			updates.push(patch);
			settings = migrateSettings({ ...settings, ...patch });
		},
		lang: () => (settings.language === "zh" ? "zh" : "en"),
		suggestHubs: () => suggestHubs(asRealApp(app)),
		now: () => NOW,
	} as unknown as PrepServices;
	const t = new PrepSettingTab(asRealApp(app), {} as never, services);
	t.update();
	return t;
}

beforeEach(() => {
	app = makeApp({ files: loadVaultFolder() });
	settings = migrateSettings({});
	updates = [];
	tab = newTab();
});

/** A person types into a field and leaves it; returns the message shown at the field ("" for none). */
async function leaveField(name: string, value: string): Promise<string> {
	const setting = drawSetting(tab, name);
	const input = setting.controlEl.querySelector("input")!;
	input.value = value;
	input.dispatchEvent(new Event("change"));
	await settle();
	return warningOf(setting.settingEl);
}
function warningOf(el: HTMLElement): string {
	return [...el.querySelectorAll<HTMLElement>(".mod-warning")].filter((w) => w.style.display !== "none" && w.textContent).map((w) => w.textContent ?? "").join(" ");
}

describe("folder fields", () => {
	it("refuses a mock-log folder that leaves the vault, with a message at the field", async () => {
		const message = await leaveField("Folder for mock interview logs", "../../outside");
		expect(message).toMatch(/inside the vault/);
		expect(message).toContain("../../outside");
		expect(settings.mockFolder).toBe("Interview practice");
		expect(updates).toEqual([]);
	});

	it("normalizes a folder inside the vault", async () => {
		expect(await leaveField("Folder for mock interview logs", " /Practice\\\\logs// ")).toBe("");
		expect(settings.mockFolder).toBe("Practice/logs");
	});

	it("says the mock-log folder cannot be empty instead of quietly bringing the old one back", async () => {
		const message = await leaveField("Folder for mock interview logs", "  ");
		expect(message).toMatch(/empty/i);
		expect(settings.mockFolder).toBe("Interview practice");
	});

	it("refuses extra and excluded folders that leave the vault, naming them", async () => {
		expect(await leaveField("Extra folders", "日记, ../secrets")).toContain("../secrets");
		expect(settings.extraFolders).toEqual([]);
		expect(await leaveField("Excluded folders", "Archive, a/../../b")).toContain("a/../../b");
		expect(settings.excludedFolders).toEqual([]);
	});

	it("keeps excluded folders (an emptied list means none, and is said so)", async () => {
		expect(await leaveField("Excluded folders", "Archive/, Templates")).toBe("");
		expect(settings.excludedFolders).toEqual(["Archive", "Templates"]);
		expect(await leaveField("Excluded folders", "")).toBe("");
		expect(settings.excludedFolders).toEqual([]);
	});

	it("names the excluded-folders setting in both languages", async () => {
		expect(findSetting(tab, "Excluded folders").def.aliases).toContain("排除的文件夹");
		await tab.setControlValue("language", "zh");
		tab.update();
		expect(findSetting(tab, "排除的文件夹").def.desc).toMatch(/模拟面试记录/);
	});
});

describe("label lists", () => {
	it("says at the field that a label list cannot be empty, and keeps the words", async () => {
		const message = await leaveField("Hint", " , ");
		expect(message).toMatch(/at least one/i);
		expect(settings.labels.hint).toEqual(DEFAULT_LABELS.hint);
		expect(updates).toEqual([]);
	});
});

describe("hubs", () => {
	it("warns at once about a hub no note is named like, with the closest note names", async () => {
		const input = drawSetting(tab, "Hub notes").controlEl.querySelector("input")!;
		input.value = "面试官角度";
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		await settle();
		expect(settings.hubs).toEqual(["面试官角度"]);
		const desc = findSetting(tab, "面试官角度").def.desc as string;
		expect(desc).toMatch(/No note is named/);
		expect(desc).toContain("面试-面试官角度准备");
	});

	it("no warning for a hub that is a note, or that notes link to before it exists", async () => {
		settings = migrateSettings({ hubs: ["面试-面试官角度准备", "behavioral"] });
		tab = newTab();
		expect(findSetting(tab, "面试-面试官角度准备").def.desc).toBeFalsy();
		expect(findSetting(tab, "behavioral").def.desc).toBeFalsy();
	});

	it("shows the warning on older Obsidian too", () => {
		settings = migrateSettings({ hubs: ["Nonexistent hub"] });
		tab = newTab();
		displayAsOlderObsidian(tab);
		expect(tab.containerEl.textContent).toMatch(/No note is named "Nonexistent hub"/);
	});
});

describe("interview date", () => {
	it("refuses a date that has passed, with a message at the field", async () => {
		const message = await leaveField("Interview date", "2025-03-09");
		expect(message).toMatch(/passed/);
		expect(settings.interviewDate).toBe("");
		expect(await leaveField("Interview date", "2025-03-10")).toBe("");
		expect(settings.interviewDate).toBe("2025-03-10");
	});

	it("says so when the stored date has passed", () => {
		settings = migrateSettings({ interviewDate: "2025-03-01" });
		tab = newTab();
		expect(warningOf(drawSetting(tab, "Interview date").settingEl)).toMatch(/2025-03-01.*passed/);
	});

	it("clearing the date is fine", async () => {
		settings = migrateSettings({ interviewDate: "2025-03-20" });
		tab = newTab();
		expect(await leaveField("Interview date", "")).toBe("");
		expect(settings.interviewDate).toBe("");
	});
});
