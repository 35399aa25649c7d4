// The command "Use this note as an interview hub": adds the active note to the hub list.
import { Notice, type Plugin, type TFile } from "obsidian";
import type { PrepServices } from "../services";
import { t } from "../core/i18n";

export const USE_NOTE_AS_HUB_COMMAND = "use-note-as-hub";

/** Adds a hub by note name (no repeats). Returns false when it was already one. */
export async function addHub(services: PrepServices, name: string): Promise<boolean> {
	const clean = name.trim();
	const hubs = services.getSettings().hubs;
	if (!clean || hubs.includes(clean)) return false;
	await services.updateSettings({ hubs: [...hubs, clean] });
	return true;
}

export function registerHubCommand(plugin: Plugin, services: PrepServices): void {
	plugin.addCommand({
		id: USE_NOTE_AS_HUB_COMMAND,
		name: t(services.lang(), "hub.command"),
		checkCallback: (checking) => {
			const file: TFile | null = plugin.app.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (checking) return true;
			const name = file.basename;
			const already = services.getSettings().hubs.includes(name);
			void addHub(services, name).then((added) => {
				new Notice(t(services.lang(), added || !already ? "hub.added" : "hub.already", { name }));
			});
			return true;
		},
	});
}
