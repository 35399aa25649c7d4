// @vitest-environment happy-dom
// The recording settings as a person uses them: the mode dropdown (off hides recording), the folder
// (never outside the vault, never the root) and how many recordings a question keeps.
import { beforeEach, describe, expect, it } from "vitest";
import { migrateSettings } from "../../src/core/settings";
import { PrepSettingTab } from "../../src/settings/settings-tab";
import { drawSetting, findSetting } from "../fake-obsidian/setting-definitions";
import { settingsTabOn } from "./settings-tab-fixture";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const state = { settings: migrateSettings({}) };
let tab: PrepSettingTab;

beforeEach(() => {
	state.settings = migrateSettings({});
	tab = settingsTabOn(state);
});

async function leave(name: string, value: string): Promise<string> {
	const setting = drawSetting(tab, name);
	const input = setting.controlEl.querySelector("input") as HTMLInputElement;
	input.value = value;
	input.dispatchEvent(new Event("change"));
	await settle();
	return [...setting.settingEl.querySelectorAll<HTMLElement>(".mod-warning")].map((w) => (w.style.display === "none" ? "" : (w.textContent ?? ""))).join("");
}

describe("recording settings", () => {
	it("the mode: on demand by default; Off turns recording off", async () => {
		const setting = drawSetting(tab, "Record answers");
		const select = setting.controlEl.querySelector("select") as HTMLSelectElement;
		expect(select.value).toBe("onDemand");
		expect([...select.options].map((o) => o.textContent)).toEqual(["Off", "On demand (R or the button)", "When the question shows"]);
		select.value = "off";
		select.dispatchEvent(new Event("change"));
		await settle();
		expect(state.settings.recordAnswers).toBe("off");
		expect(findSetting(tab, "Record answers").def.aliases).toContain("录下回答");
	});

	it("the folder: normalized; outside the vault or the root is refused at the field", async () => {
		expect(await leave("Folder for recordings", "/Audio/answers/")).toBe("");
		expect(state.settings.recordingFolder).toBe("Audio/answers");
		expect(await leave("Folder for recordings", "../out")).toContain("../out");
		expect(await leave("Folder for recordings", " / ")).toMatch(/folder of their own/);
		expect(state.settings.recordingFolder).toBe("Audio/answers");
	});

	it("recordings kept per question: a whole number from 1 to 100", async () => {
		expect(await leave("Recordings kept per question", "5")).toBe("");
		expect(state.settings.recordingsPerQuestion).toBe(5);
		expect(await leave("Recordings kept per question", "0")).toMatch(/1 to 100/);
		expect(await leave("Recordings kept per question", "2.5")).toMatch(/1 to 100/);
		expect(state.settings.recordingsPerQuestion).toBe(5);
	});
});
