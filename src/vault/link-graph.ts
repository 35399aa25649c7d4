// The prep set from Obsidian's own link graph (metadataCache.resolvedLinks / unresolvedLinks; backlinks
// by inverting them inside computePrepSet), plus the notes in extra folders or with extra tags; never
// an excluded note (mock logs, templates, excluded folders, `interview-prep: exclude`).
import type { CachedMetadata, MetadataCache, TFile, Vault } from "obsidian";
import { excludedFolders, inExcludedFolder, propertyExcludes } from "../core/excluded-notes";
import { addExtraNotes, hasExtras } from "../core/extra-notes";
import { cleanHubName, computePrepSet, type LinkGraph, type PrepSet } from "../core/prep-set";
import type { Settings } from "../core/types";

export interface GraphSource {
	vault: Pick<Vault, "getMarkdownFiles" | "getFileByPath">;
	metadataCache: Pick<MetadataCache, "resolvedLinks" | "unresolvedLinks" | "getFileCache">;
}

export function readLinkGraph(src: GraphSource): LinkGraph {
	return {
		paths: src.vault.getMarkdownFiles().map((f) => f.path),
		resolvedLinks: src.metadataCache.resolvedLinks,
		unresolvedLinks: src.metadataCache.unresolvedLinks,
	};
}

/** Tags of a note without '#', lower case: inline tags and front matter `tags` / `tag`. */
function tagsOf(cache: CachedMetadata | null): string[] {
	if (!cache) return [];
	const out = (cache.tags ?? []).map((t) => t.tag);
	const fm: unknown = cache.frontmatter?.tags ?? cache.frontmatter?.tag;
	if (typeof fm === "string") for (const t of fm.split(/[,\s]+/)) out.push(t);
	else if (Array.isArray(fm)) for (const t of fm) if (typeof t === "string") out.push(t);
	return out.map((t) => t.replace(/^#/, "").toLowerCase()).filter((t) => t.length > 0);
}

export type PrepSettings = Pick<Settings, "hubs" | "depth" | "extraFolders" | "extraTags" | "excludedFolders" | "mockFolder" | "mockLogFolders">;

/** The note's front matter says `interview-prep: exclude`. */
function excludedByProperty(src: GraphSource, path: string): boolean {
	const file = src.vault.getFileByPath(path);
	return file !== null && propertyExcludes(src.metadataCache.getFileCache(file)?.frontmatter);
}

/** Whether a note is kept out of the prep set: these settings, the vault's template folders, its own front matter. */
export function exclusionTest(src: GraphSource, settings: PrepSettings, templateFolders: readonly string[] = []): (path: string) => boolean {
	const folders = excludedFolders(settings, templateFolders);
	return (path) => inExcludedFolder(path, folders) || excludedByProperty(src, path);
}

/** The prep set for these settings: hubs and links to `depth`, then extra folders and tags; no excluded note. */
export function livePrepSet(src: GraphSource, settings: PrepSettings, templateFolders: readonly string[] = []): PrepSet {
	const excluded = exclusionTest(src, settings, templateFolders);
	const set = computePrepSet(readLinkGraph(src), settings.hubs, settings.depth, excluded);
	if (!hasExtras(settings)) return set;
	const files: TFile[] = src.vault.getMarkdownFiles();
	const candidates = files.map((file) => ({ path: file.path, tags: () => tagsOf(src.metadataCache.getFileCache(file)) }));
	return addExtraNotes(set, candidates, settings, excluded);
}

/**
 * What a note links to and whether its front matter excludes it, as one string: an edit that leaves it
 * unchanged cannot change the prep set.
 */
export function linkSignature(src: GraphSource, path: string): string {
	const r = Object.keys(src.metadataCache.resolvedLinks[path] ?? {}).sort();
	const u = Object.keys(src.metadataCache.unresolvedLinks[path] ?? {}).sort();
	return `${r.join("\u0000")}\u0001${u.join("\u0000")}\u0001${excludedByProperty(src, path) ? "x" : ""}`;
}

const INTERVIEW_NAME = /面试|interview/i;

/** Notes whose names look like interview notes, most linked-to first (offered when no hub is set). */
export function suggestHubs(src: GraphSource, limit = 5): string[] {
	const inbound = new Map<string, number>();
	for (const targets of Object.values(src.metadataCache.resolvedLinks)) {
		for (const [target, n] of Object.entries(targets)) inbound.set(target, (inbound.get(target) ?? 0) + n);
	}
	const names: { name: string; links: number }[] = [];
	for (const file of src.vault.getMarkdownFiles()) {
		if (!INTERVIEW_NAME.test(file.basename)) continue;
		const links = inbound.get(file.path) ?? 0;
		if (links > 0) names.push({ name: file.basename, links });
	}
	names.sort((a, b) => b.links - a.links || (a.name < b.name ? -1 : 1));
	const out: string[] = [];
	for (const n of names) if (!out.includes(n.name)) out.push(n.name);
	return out.slice(0, limit);
}

/** The hub names in settings, cleaned ("[[Hub]]" → "Hub"), without repeats. */
export function cleanHubs(hubs: string[]): string[] {
	const out: string[] = [];
	for (const h of hubs.map(cleanHubName)) if (h && !out.includes(h)) out.push(h);
	return out;
}
