// The settings tab. Every setting is declared once in setting-definitions.ts: Obsidian 1.13+ renders
// and searches those definitions; display() draws the same ones on older Obsidian (minAppVersion 1.7.2).
// Every change goes through services.updateSettings, which saves, updates the index and redraws the views.
import { type App, type Plugin, PluginSettingTab, requireApiVersion, type SettingDefinitionItem } from "obsidian";
import type { Lang, Settings } from "../core/types";
import type { PrepServices } from "../services";
import { addHub } from "./hub-command";
import { missingHubs } from "./hub-check";
import { renderDefinitions } from "./render-definitions";
import { buildSettingDefinitions, controlPatch, isControlKey, readControl } from "./setting-definitions";
import { t } from "../core/i18n";

export class PrepSettingTab extends PluginSettingTab {
	/** Set once display() has drawn the tab: only Obsidian before 1.13 calls it. */
	private drawnByFallback = false;
	private cleanup: (() => void) | null = null;

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

	getSettingDefinitions(): SettingDefinitionItem[] {
		return buildSettingDefinitions({
			app: this.app,
			lang: this.lang,
			getSettings: () => this.services.getSettings(),
			apply: (patch, redraw) => this.apply(patch, redraw),
			addHub: async (name) => {
				if (await addHub(this.services, name)) this.redraw();
			},
			suggestHubs: () => this.services.suggestHubs(),
			missingHubs: () => missingHubs(this.app, this.services.getSettings().hubs),
			now: () => this.services.now(),
		});
	}

	getControlValue(key: string): unknown {
		return isControlKey(key) ? readControl(this.services.getSettings(), key) : undefined;
	}

	async setControlValue(key: string, value: unknown): Promise<void> {
		const patch = controlPatch(key, value);
		// The language changes every name and description: redraw in the new one.
		if (patch) await this.apply(patch, key === "language");
	}

	/** The fallback for Obsidian before 1.13, which never asks for setting definitions. */
	display(): void {
		this.drawFallback();
	}

	private drawFallback(): void {
		this.drawnByFallback = true;
		this.cleanup?.();
		this.containerEl.empty();
		this.cleanup = renderDefinitions(this.containerEl, this.getSettingDefinitions(), {
			getControlValue: (key) => this.getControlValue(key),
			setControlValue: (key, value) => this.setControlValue(key, value),
			removeLabel: t(this.lang, "settings.hubs.remove"),
		});
	}

	hide(): void {
		this.cleanup?.();
		this.cleanup = null;
		super.hide();
	}

	private async apply(patch: Partial<Settings>, redraw = false): Promise<void> {
		await this.services.updateSettings(patch);
		if (redraw) this.redraw();
	}

	/** 1.13+ rebuilds its rendering from fresh definitions; a tab drawn by display() is drawn again. */
	private redraw(): void {
		if (requireApiVersion("1.13.0") && !this.drawnByFallback) this.update();
		else this.drawFallback();
	}
}
