// Registers the statistics view and its command; main.ts calls load(). Nothing is computed here.
import type { Plugin, WorkspaceLeaf } from "obsidian";
import type { PrepServices } from "../../services";
import { STATS_STRINGS } from "../../core/stats/stats-strings";
import { StatsView, STATS_VIEW_TYPE } from "./stats-view";

export const OPEN_STATS_COMMAND = "open-statistics";

export function load(plugin: Plugin, services: PrepServices): void {
	plugin.registerView(STATS_VIEW_TYPE, (leaf) => new StatsView(leaf, services));
	const open = async (): Promise<void> => {
		const { workspace } = plugin.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(STATS_VIEW_TYPE)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: STATS_VIEW_TYPE, active: true });
		}
		await workspace.revealLeaf(leaf);
	};
	plugin.addCommand({ id: OPEN_STATS_COMMAND, name: STATS_STRINGS[services.lang()]["stats.open"], callback: () => void open() });
}
