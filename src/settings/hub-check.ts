// Hubs in settings that no note is named like and no note links to, each with the closest note
// names: the same rule as the prep set's missingHubs, so the tab warns exactly when the views would.
import type { MetadataCache, Vault } from "obsidian";
import { closestNames } from "../core/closest-names";
import { computePrepSet } from "../core/prep-set";
import { readLinkGraph } from "../vault/link-graph";

export interface HubCheckSource {
	vault: Pick<Vault, "getMarkdownFiles" | "getFileByPath">;
	metadataCache: Pick<MetadataCache, "resolvedLinks" | "unresolvedLinks" | "getFileCache">;
}

/** Missing hub → up to three closest note names (none when the vault has no notes). */
export function missingHubs(src: HubCheckSource, hubs: string[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	if (hubs.length === 0) return out;
	const missing = computePrepSet(readLinkGraph(src), hubs, 0).missingHubs;
	if (missing.length === 0) return out;
	const names = src.vault.getMarkdownFiles().map((f) => f.basename);
	for (const hub of missing) out.set(hub, closestNames(hub, names));
	return out;
}
