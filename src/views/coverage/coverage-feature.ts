// Registers the coverage view, its command and ribbon icon; main.ts calls load().
import type { Plugin, Workspace, WorkspaceLeaf } from "obsidian";
import type { PrepServices } from "../../services";
import { COVERAGE_STRINGS } from "../../core/coverage-strings";
import { COVERAGE_ICON, COVERAGE_VIEW_TYPE, CoverageView } from "./coverage-view";

export const OPEN_COVERAGE_COMMAND = "open-coverage";

/** Reveals the coverage view in the right sidebar, creating it once. */
export async function openCoverage(workspace: Workspace): Promise<void> {
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: COVERAGE_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
}

export interface CoverageFeature {
	openCoverage(): Promise<void>;
}

export function load(plugin: Plugin, services: PrepServices): CoverageFeature {
	const name = COVERAGE_STRINGS[services.lang()]["coverage.open"];
	plugin.registerView(COVERAGE_VIEW_TYPE, (leaf) => new CoverageView(leaf, services));
	const open = () => openCoverage(plugin.app.workspace);
	plugin.addRibbonIcon(COVERAGE_ICON, name, () => void open());
	plugin.addCommand({ id: OPEN_COVERAGE_COMMAND, name, callback: () => void open() });
	return { openCoverage: open };
}
