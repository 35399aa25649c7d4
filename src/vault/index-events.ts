// The vault and metadata events the live index follows, subscribed through the plugin's registerEvent
// (so they go away with the plugin) and handed on as plain paths.
import type { EventRef, MetadataCache, TAbstractFile, TFile, Vault } from "obsidian";

export interface IndexEventSources {
	vault: Pick<Vault, "on">;
	metadataCache: Pick<MetadataCache, "on">;
	registerEvent(ref: EventRef): void;
}

export interface IndexEventHandlers {
	/** A note's text changed (Obsidian has its new text and links). */
	changed(path: string, text: string): void;
	/** Links were resolved again after files or links changed. */
	resolved(): void;
	/** A markdown file was created. */
	createdNote(): void;
	deleted(path: string): void;
	renamed(oldPath: string, newPath: string): void;
}

export function subscribeIndexEvents(sources: IndexEventSources, on: IndexEventHandlers): void {
	const { vault, metadataCache } = sources;
	const registerEvent = (ref: EventRef): void => sources.registerEvent(ref);
	registerEvent(metadataCache.on("changed", (file: TFile, data: string) => on.changed(file.path, data)));
	registerEvent(metadataCache.on("resolved", () => on.resolved()));
	registerEvent(
		vault.on("create", (file: TAbstractFile) => {
			if (file.path.endsWith(".md")) on.createdNote();
		}),
	);
	registerEvent(vault.on("delete", (file: TAbstractFile) => on.deleted(file.path)));
	registerEvent(vault.on("rename", (file: TAbstractFile, oldPath: string) => on.renamed(oldPath, file.path)));
}
