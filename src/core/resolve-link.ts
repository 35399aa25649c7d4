// Link text → vault path, by Obsidian's rules: an exact vault path (with or without ".md") first,
// else a file with that name (and folder suffix, when one is written); when several notes share
// the name, the one nearest to the linking note: same folder first, then the shortest path.

export interface PathLookup {
	/** Exact path → path. */
	exact: Map<string, string>;
	/** Lower-cased path → paths (Obsidian matches link text without regard to case). */
	folded: Map<string, string[]>;
	/** Lower-cased name ("hub" for "a/hub.md", "img.png" for "a/img.png") → paths. */
	byName: Map<string, string[]>;
}

export function makePathLookup(paths: Iterable<string>): PathLookup {
	const lookup: PathLookup = { exact: new Map(), folded: new Map(), byName: new Map() };
	for (const path of paths) {
		lookup.exact.set(path, path);
		push(lookup.folded, path.toLowerCase(), path);
		push(lookup.byName, nameKey(path), path);
	}
	return lookup;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function isMarkdown(path: string): boolean {
	return path.toLowerCase().endsWith(".md");
}

function stripMd(path: string): string {
	return isMarkdown(path) ? path.slice(0, -3) : path;
}

function nameKey(path: string): string {
	const base = path.slice(path.lastIndexOf("/") + 1);
	return stripMd(base).toLowerCase();
}

export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** Resolves "./x" and "../x" against a folder; null when it climbs out of the vault. */
function joinRelative(folder: string, rel: string): string | null {
	const parts = folder ? folder.split("/") : [];
	for (const seg of rel.split("/")) {
		if (seg === "." || seg === "") continue;
		if (seg === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(seg);
	}
	return parts.join("/");
}

function findExact(lookup: PathLookup, path: string): string | null {
	for (const p of isMarkdown(path) ? [path] : [path + ".md", path]) {
		const hit = lookup.exact.get(p);
		if (hit !== undefined) return hit;
	}
	for (const p of isMarkdown(path) ? [path] : [path + ".md", path]) {
		const hits = lookup.folded.get(p.toLowerCase());
		if (hits) return [...hits].sort(comparePaths)[0];
	}
	return null;
}

function depthOf(path: string): number {
	let d = 0;
	for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) d++;
	return d;
}

/** Shortest path first (fewest folders, then fewest characters), then code-point order. */
export function comparePaths(a: string, b: string): number {
	return depthOf(a) - depthOf(b) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** "note#heading|alias" → "note": a link's text without its alias (after "|") and heading (after "#"). */
export function withoutAliasOrHeading(linktext: string): string {
	const pipe = linktext.indexOf("|");
	const target = pipe >= 0 ? linktext.slice(0, pipe) : linktext;
	const hash = target.indexOf("#");
	return hash >= 0 ? target.slice(0, hash) : target;
}

/** The link's target as written: no alias or heading, forward slashes, trimmed ("" for none). */
function writtenTarget(linktext: string): string {
	return withoutAliasOrHeading(linktext).trim().replace(/\\/g, "/");
}

const isRelative = (target: string): boolean => target.startsWith("./") || target.startsWith("../");

/**
 * The vault path a link points to, or null when no file matches (an unresolved link).
 * `linktext` is the target as written (alias and heading are ignored if still present);
 * `fromPath` is the linking note ("" resolves from the vault root).
 */
export function resolveLink(linktext: string, fromPath: string, lookup: PathLookup): string | null {
	let target = writtenTarget(linktext);
	if (!target) return null;
	const from = folderOf(fromPath);

	if (isRelative(target)) {
		const joined = joinRelative(from, target);
		return joined === null ? null : findExact(lookup, joined);
	}
	target = target.replace(/^\/+/, "");
	const exact = findExact(lookup, target);
	if (exact) return exact;

	const candidates = lookup.byName.get(nameKey(target));
	if (!candidates) return null;
	// "[[sub/hub]]" also matches "a/sub/hub.md": the written folders must end the file's path.
	const suffix = "/" + stripMd(target).toLowerCase();
	const matching = target.includes("/")
		? candidates.filter((p) => ("/" + stripMd(p).toLowerCase()).endsWith(suffix))
		: candidates;
	if (matching.length === 0) return null;
	if (matching.length === 1) return matching[0];
	const sameFolder = matching.filter((p) => folderOf(p) === from);
	return [...(sameFolder.length > 0 ? sameFolder : matching)].sort(comparePaths)[0];
}

/**
 * A lookup of only the paths these links (from `fromPath`) can resolve to: resolveLink gives the same
 * answer with it for them. Every path it can return has the name key of the path it looks up (an exact
 * path with or without ".md", in any case, or a file of that name), so the others are left out; for a
 * few links (the hubs) in a big vault, far less than a lookup of every path.
 */
export function lookupForLinks(paths: readonly string[], linktexts: readonly string[], fromPath: string): PathLookup {
	const names = new Set<string>();
	const from = folderOf(fromPath);
	for (const linktext of linktexts) {
		const target = writtenTarget(linktext);
		if (!target) continue;
		const looked = isRelative(target) ? joinRelative(from, target) : target.replace(/^\/+/, "");
		if (looked !== null) names.add(nameKey(looked));
	}
	return makePathLookup(names.size === 0 ? [] : paths.filter((p) => names.has(nameKey(p))));
}
