import { Notice, Plugin } from "obsidian";
import { registerExportCommand } from "./src/commands/export-anki";
import { registerStarCommands } from "./src/commands/star-commands";
import { registerPractiseCommands } from "./src/commands/practise-commands";
import { registerMarkerCommands } from "./src/commands/question-marker-commands";
import { wirePlugin, type PluginWiring } from "./src/plugin-wiring";
import { registerHubCommand } from "./src/settings/hub-command";
import { PrepSettingTab } from "./src/settings/settings-tab";
import { t } from "./src/core/i18n";
import * as coverage from "./src/views/coverage/coverage-feature";
import { mockLogVault } from "./src/vault/mock-log-vault";
import { recordingVault } from "./src/vault/recordings";
import { rememberLogFolder } from "./src/vault/remember-log-folder";
import * as mock from "./src/views/mock/mock-feature";
import * as quiz from "./src/views/quiz/quiz-feature";
import * as stats from "./src/views/stats/stats-feature";

// Wiring only: services are built here, features register themselves, the index starts on layout ready.
export default class InterviewPrepPlugin extends Plugin {
	core: PluginWiring | null = null;

	async onload(): Promise<void> {
		const core = await wirePlugin(this);
		this.core = core;
		const { services } = core;
		if (core.loadNotice) {
			const key = core.loadNotice.kind === "recovered" ? "data.recovered" : "data.newer";
			new Notice(t(services.lang(), key, { path: core.loadNotice.backup ?? "" }));
		}
		this.addSettingTab(new PrepSettingTab(this.app, this, services));
		registerHubCommand(this, services);
		const recordings = recordingVault(this.app);
		const mockRuns = mock.load(this, services, rememberLogFolder(mockLogVault(this.app.vault), services), recordings);
		quiz.load(this, services, { startMock: (limit) => mockRuns.startMock(limit), watchMock: (listener) => mockRuns.watch(listener), recordings });
		coverage.load(this, services);
		stats.load(this, services);
		registerExportCommand(this, services, mockLogVault(this.app.vault));
		registerPractiseCommands(this, services);
		registerStarCommands({
			addCommand: (command) => this.addCommand(command),
			getSettings: () => services.getSettings(),
			lang: () => services.lang(),
			notice: (message, ms) => new Notice(message, ms),
		});
		registerMarkerCommands({
			addCommand: (command) => this.addCommand(command),
			getSettings: () => services.getSettings(),
			lang: () => services.lang(),
			notice: (message) => new Notice(message),
		});
		// Indexing waits for the layout, so Obsidian starts as fast without the plugin as with it.
		this.app.workspace.onLayoutReady(() => void core.index.start());
	}

	onunload(): void {
		void this.core?.stop();
	}

	/** data.json changed on disk (a sync): merge the review data it brings. */
	async onExternalSettingsChange(): Promise<void> {
		await this.core?.reloadFromSync();
	}
}
