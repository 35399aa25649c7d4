// Opening a sidebar view (quiz, coverage, statistics): the one leaf of its type, made once in the right
// sidebar, then revealed.
import type { Workspace, WorkspaceLeaf } from "obsidian";

/** Reveals the view of `type`, creating its leaf in the right sidebar once; `prepare` runs on the leaf first. */
export async function revealSidebarView(workspace: Workspace, type: string, prepare?: (leaf: WorkspaceLeaf) => Promise<void>): Promise<void> {
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(type)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type, active: true });
	}
	await prepare?.(leaf);
	await workspace.revealLeaf(leaf);
}
