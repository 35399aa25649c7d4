// Registers the coverage view, its command and ribbon icon; main.ts calls load().
import type { Plugin, Workspace } from "obsidian";
import type { PrepServices } from "../../services";
import { t } from "../../core/i18n";
import { COVERAGE_ICON, COVERAGE_VIEW_TYPE, CoverageView } from "./coverage-view";
import { revealSidebarView } from "../reveal-sidebar-view";

export const OPEN_COVERAGE_COMMAND = "open-coverage";

/** Reveals the coverage view in the right sidebar, creating it once. */
export function openCoverage(workspace: Workspace): Promise<void> {
	return revealSidebarView(workspace, COVERAGE_VIEW_TYPE);
}

export interface CoverageFeature {
	openCoverage(): Promise<void>;
}

export function load(plugin: Plugin, services: PrepServices): CoverageFeature {
	const name = t(services.lang(), "coverage.open");
	plugin.registerView(COVERAGE_VIEW_TYPE, (leaf) => new CoverageView(leaf, services));
	const open = () => openCoverage(plugin.app.workspace);
	plugin.addRibbonIcon(COVERAGE_ICON, name, () => void open());
	plugin.addCommand({ id: OPEN_COVERAGE_COMMAND, name, callback: () => void open() });
	return { openCoverage: open };
}
