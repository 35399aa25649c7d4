// A settings tab on the fixture vault, wired to settings a test reads and sets through `state`:
// each change goes through migrateSettings, as the plugin's updateSettings does.
import { migrateSettings } from "../../src/core/settings";
import type { Settings } from "../../src/core/types";
import type { PrepServices } from "../../src/services";
import { PrepSettingTab } from "../../src/settings/settings-tab";
import { asRealApp, loadVaultFolder, makeApp } from "../fake-obsidian/fixture";

export function settingsTabOn(state: { settings: Settings }): PrepSettingTab {
	const app = makeApp({ files: loadVaultFolder() });
	const services = {
		getSettings: () => state.settings,
		updateSettings: async (patch: Partial<Settings>) => {
			state.settings = migrateSettings({ ...state.settings, ...patch });
		},
		lang: () => (state.settings.language === "zh" ? "zh" : "en"),
		suggestHubs: () => [],
		now: () => Date.UTC(2025, 2, 10, 1, 0, 0),
	} as unknown as PrepServices;
	const tab = new PrepSettingTab(asRealApp(app), {} as never, services);
	tab.update();
	return tab;
}
