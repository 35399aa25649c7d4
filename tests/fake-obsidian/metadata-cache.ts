// Fake of `MetadataCache` (https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache):
// resolvedLinks / unresolvedLinks from the wikilinks in the in-memory notes, a minimal getFileCache
// (headings, links, embeds, tags, front matter), and 'changed' / 'deleted' / 'resolve' / 'resolved'
// fired after each vault change.
import type { CachedMetadata, FrontMatterCache, HeadingCache, LinkCache, TagCache } from "obsidian";
import { Events } from "./events";
import type { TFile } from "./files";
import type { Vault, VaultChangeHook } from "./vault";

interface RawLink {
	link: string;
	original: string;
	displayText?: string;
	embed: boolean;
	line: number;
	col: number;
	offset: number;
}

/** Minimal scan of one note: headings, wikilinks, tags, front matter; skips code and comments. */
export function scanNote(text: string): { cache: CachedMetadata; links: RawLink[] } {
	const lines = text.split("\n");
	const headings: HeadingCache[] = [];
	const links: RawLink[] = [];
	const tags: TagCache[] = [];
	let frontmatter: FrontMatterCache | undefined;
	let offset = 0;
	let i = 0;
	if (lines[0] === "---") {
		const end = lines.indexOf("---", 1);
		if (end > 0) {
			frontmatter = parseSimpleYaml(lines.slice(1, end));
			for (let k = 0; k <= end; k++) offset += lines[k].length + 1;
			i = end + 1;
		}
	}
	let fence: string | null = null;
	let inComment = false;
	for (; i < lines.length; i++) {
		const line = lines[i];
		const lineStart = offset;
		offset += line.length + 1;
		const fenceMatch = /^\s*(```|~~~)/.exec(line);
		if (fenceMatch) {
			if (fence === null) fence = fenceMatch[1];
			else if (fenceMatch[1] === fence) fence = null;
			continue;
		}
		if (fence !== null) continue;
		let visible = line;
		// Drop %% comments %% (possibly spanning lines) and `inline code` before looking for links.
		visible = visible.replace(/`[^`]*`/g, (m) => " ".repeat(m.length));
		let out = "";
		let pos = 0;
		while (pos < visible.length) {
			const next = visible.indexOf("%%", pos);
			if (next < 0) {
				out += inComment ? " ".repeat(visible.length - pos) : visible.slice(pos);
				break;
			}
			out += inComment ? " ".repeat(next - pos + 2) : visible.slice(pos, next) + "  ";
			inComment = !inComment;
			pos = next + 2;
		}
		visible = out;
		const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(visible);
		if (h) {
			headings.push({
				heading: h[2],
				level: h[1].length,
				position: { start: { line: i, col: 0, offset: lineStart }, end: { line: i, col: line.length, offset: lineStart + line.length } },
			});
		}
		for (const m of wikilinkMatches(visible)) {
			const inner = m[2];
			const bar = inner.indexOf("|");
			const target = bar >= 0 ? inner.slice(0, bar) : inner;
			const link = target.split("#")[0].split("^")[0].trim();
			links.push({
				link: target.trim(),
				original: m[0],
				displayText: bar >= 0 ? inner.slice(bar + 1) : target,
				embed: m[1] === "!",
				line: i,
				col: m.index ?? 0,
				offset: lineStart + (m.index ?? 0),
			});
			if (link === "") links.pop();
		}
		for (const m of visible.matchAll(/(^|\s)(#[\p{L}\p{N}_/-]+)/gu)) {
			if (h && m.index === 0) continue;
			const col = (m.index ?? 0) + m[1].length;
			tags.push({ tag: m[2], position: { start: { line: i, col, offset: lineStart + col }, end: { line: i, col: col + m[2].length, offset: lineStart + col + m[2].length } } });
		}
	}
	const toCache = (l: RawLink): LinkCache => ({
		link: l.link,
		original: l.original,
		displayText: l.displayText,
		position: { start: { line: l.line, col: l.col, offset: l.offset }, end: { line: l.line, col: l.col + l.original.length, offset: l.offset + l.original.length } },
	});
	const cache: CachedMetadata = {};
	if (headings.length) cache.headings = headings;
	const plain = links.filter((l) => !l.embed).map(toCache);
	const embeds = links.filter((l) => l.embed).map(toCache);
	if (plain.length) cache.links = plain;
	if (embeds.length) cache.embeds = embeds;
	if (tags.length) cache.tags = tags;
	if (frontmatter) cache.frontmatter = frontmatter;
	return { cache, links };
}

/** Just enough YAML for `key: value` and `key: [a, b]` / `- item` lists. */
function parseSimpleYaml(lines: string[]): FrontMatterCache {
	const fm: Record<string, unknown> = {};
	let listKey: string | null = null;
	for (const line of lines) {
		const item = /^\s+-\s+(.*)$/.exec(line);
		if (item && listKey) {
			(fm[listKey] as unknown[]).push(item[1].trim());
			continue;
		}
		const kv = /^([^:\s][^:]*):\s*(.*)$/.exec(line);
		if (!kv) continue;
		const key = kv[1].trim();
		const value = kv[2].trim();
		if (value === "") {
			fm[key] = [];
			listKey = key;
		} else if (value.startsWith("[") && value.endsWith("]")) {
			fm[key] = value.slice(1, -1).split(",").map((s) => s.trim()).filter(Boolean);
			listKey = null;
		} else {
			fm[key] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value === "true" ? true : value === "false" ? false : value.replace(/^["']|["']$/g, "");
			listKey = null;
		}
	}
	return fm;
}

/** Imitates `MetadataCache`. */
export class MetadataCache extends Events implements VaultChangeHook {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private readonly caches = new Map<string, CachedMetadata>();
	private readonly rawLinks = new Map<string, RawLink[]>();

	constructor(private readonly vault: Vault) {
		super();
		vault.hook = this;
	}

	/** Indexes every note silently (Obsidian's start-up scan). */
	initialize(readText: (file: TFile) => string): void {
		for (const file of this.vault.getMarkdownFiles()) this.index(file, readText(file));
		this.resolveAll();
	}

	private index(file: TFile, text: string): CachedMetadata {
		const { cache, links } = scanNote(text);
		this.caches.set(file.path, cache);
		this.rawLinks.set(file.path, links);
		return cache;
	}

	private resolveOne(path: string): void {
		const resolved: Record<string, number> = {};
		const unresolved: Record<string, number> = {};
		for (const l of this.rawLinks.get(path) ?? []) {
			const linkpath = l.link.split("#")[0].split("^")[0].trim();
			if (linkpath === "") continue;
			const dest = this.getFirstLinkpathDest(linkpath, path);
			if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
			else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
		}
		this.resolvedLinks[path] = resolved;
		this.unresolvedLinks[path] = unresolved;
	}

	private resolveAll(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const path of this.rawLinks.keys()) this.resolveOne(path);
	}

	/** Imitates `getFirstLinkpathDest`: exact path, else by name (same folder first, then the shortest path). */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const want = linkpath.toLowerCase();
		const files = this.vault.getFiles();
		const withMd = want.endsWith(".md") ? want : `${want}.md`;
		const exact = files.find((f) => f.path.toLowerCase() === want) ?? files.find((f) => f.path.toLowerCase() === withMd);
		if (exact) return exact;
		const matches = files.filter((f) => {
			const p = f.path.toLowerCase();
			return p.endsWith(`/${withMd}`) || p.endsWith(`/${want}`);
		});
		if (matches.length === 0) return null;
		const folder = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/")) : "";
		const same = matches.find((f) => (f.parent?.path === "/" ? "" : (f.parent?.path ?? "")) === folder);
		if (same) return same;
		return [...matches].sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1))[0];
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}
	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}
	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const sameName = this.vault.getFiles().filter((f) => f.basename === file.basename);
		const base = sameName.length > 1 ? file.path : file.name;
		return omitMdExtension && base.endsWith(".md") ? base.slice(0, -3) : base;
	}

	// Called by the fake vault after each change, in Obsidian's order: changed/deleted, then resolved.
	created(file: TFile, text: string): void {
		if (file.extension !== "md") return;
		const cache = this.index(file, text);
		this.resolveAll();
		this.trigger("changed", file, text, cache);
		this.trigger("resolve", file);
		this.trigger("resolved");
	}
	modified(file: TFile, text: string): void {
		if (file.extension !== "md") return;
		const cache = this.index(file, text);
		this.resolveOne(file.path);
		this.trigger("changed", file, text, cache);
		this.trigger("resolve", file);
		this.trigger("resolved");
	}
	deleted(file: TFile): void {
		const prev = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		this.rawLinks.delete(file.path);
		this.resolveAll();
		this.trigger("deleted", file, prev);
		this.trigger("resolved");
	}
	renamed(file: TFile, oldPath: string): void {
		const cache = this.caches.get(oldPath);
		const links = this.rawLinks.get(oldPath);
		this.caches.delete(oldPath);
		this.rawLinks.delete(oldPath);
		if (cache && links) {
			this.caches.set(file.path, cache);
			this.rawLinks.set(file.path, links);
		}
		this.resolveAll();
		this.trigger("resolved");
	}
}

/**
 * What `/(!?)\[\[([^\]\n]+?)\]\]/g` matches, in linear time (the pattern retries every "[[" up to
 * the line's end, and the bench's line of a megabyte of "[[" took minutes): a link's text runs to the
 * first "]", which must be the first of "]]".
 */
export function* wikilinkMatches(text: string): Generator<[string, string, string] & { index: number }, void, void> {
	let stop = -1;
	for (let p = text.indexOf("[["); p >= 0; ) {
		if (stop < p + 2) {
			stop = p + 2;
			while (stop < text.length && text[stop] !== "]" && text[stop] !== "\n") stop++;
		}
		if (stop > p + 2 && text.startsWith("]]", stop)) {
			// (A "!" before it is never the end of the link before: that ends with "]]".)
			const from = p > 0 && text[p - 1] === "!" ? p - 1 : p;
			const m = Object.assign([text.slice(from, stop + 2), from < p ? "!" : "", text.slice(p + 2, stop)] as [string, string, string], { index: from });
			yield m;
			p = text.indexOf("[[", stop + 2);
		} else p = text.indexOf("[[", p + 1);
	}
}
