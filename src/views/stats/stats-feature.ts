// Registers the statistics view and its command; main.ts calls load(). Nothing is computed here.
import type { Plugin } from "obsidian";
import type { PrepServices } from "../../services";
import { t } from "../../core/i18n";
import { StatsView, STATS_VIEW_TYPE } from "./stats-view";
import { revealSidebarView } from "../reveal-sidebar-view";

export const OPEN_STATS_COMMAND = "open-statistics";

export function load(plugin: Plugin, services: PrepServices): void {
	plugin.registerView(STATS_VIEW_TYPE, (leaf) => new StatsView(leaf, services));
	const open = () => revealSidebarView(plugin.app.workspace, STATS_VIEW_TYPE);
	plugin.addCommand({ id: OPEN_STATS_COMMAND, name: t(services.lang(), "stats.open"), callback: () => void open() });
}
