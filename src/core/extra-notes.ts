// Notes the "extra folders" and "extra tags" settings bring into the prep set besides the hubs' links.
// One rule for the plugin (tags from Obsidian's metadata cache) and `scan` (tags read from the text by
// note-tags.ts), so both find the same prep set.
import { inFolder } from "./excluded-notes";
import type { PrepSet } from "./prep-set";
import type { Settings } from "./types";

export type ExtraSettings = Pick<Settings, "depth" | "extraFolders" | "extraTags">;

export interface ExtraCandidate {
	path: string;
	/** The note's tags without '#', lower case; asked only when no extra folder holds the note. */
	tags(): string[];
}

export function hasExtras(settings: ExtraSettings): boolean {
	return settings.extraFolders.length > 0 || settings.extraTags.length > 0;
}

/** A tag setting matches the tag itself and its nested tags (`interview` takes `interview/behavioral`). */
export function hasTag(tags: readonly string[], wanted: string): boolean {
	const w = wanted.replace(/^#/, "").toLowerCase();
	return tags.some((t) => t === w || t.startsWith(w + "/"));
}

/**
 * `set` with the notes of the extra folders and tags added after it (sorted by path), one hop further
 * than the deepest link setting; each under its folder ("Folder/") or tag ("#tag") as its hub.
 */
export function addExtraNotes(set: PrepSet, candidates: Iterable<ExtraCandidate>, settings: ExtraSettings, excluded: (path: string) => boolean): PrepSet {
	if (!hasExtras(settings)) return set;
	const extraDistance = Math.max(0, Math.floor(settings.depth)) + 1;
	const have = new Set(set.paths);
	const extra: string[] = [];
	for (const note of candidates) {
		if (have.has(note.path) || excluded(note.path)) continue;
		const folder = settings.extraFolders.find((f) => inFolder(note.path, f));
		const tag = folder === undefined && settings.extraTags.length > 0 ? settings.extraTags.find((t) => hasTag(note.tags(), t)) : undefined;
		if (folder === undefined && tag === undefined) continue;
		have.add(note.path);
		extra.push(note.path);
		set.distance[note.path] = extraDistance;
		set.hubOf[note.path] = folder !== undefined ? `${folder}/` : `#${tag}`;
	}
	extra.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return { ...set, paths: [...set.paths, ...extra] };
}
