// Which notes are prep notes: the hubs, every note that links to a hub, every note a hub links to,
// following `depth` hops in both directions over Obsidian's link graph. Only links count: a note
// that merely mentions a hub's words is not in the set. An excluded note (a mock log, a template: see
// excluded-notes.ts) is neither in the set nor a bridge to other notes, even when it is a hub.
import { comparePaths, lookupForLinks, resolveLink, withoutAliasOrHeading } from "./resolve-link";

/** Obsidian's own shapes (`app.metadataCache.resolvedLinks` / `unresolvedLinks`). */
export interface LinkGraph {
	paths: string[];
	resolvedLinks: Record<string, Record<string, number>>;
	unresolvedLinks: Record<string, Record<string, number>>;
}

export interface PrepSet {
	/** Prep notes: by hub (in the order given), then distance, then shortest path. */
	paths: string[];
	/** Paths of the hubs that exist as notes. */
	hubPaths: string[];
	/** Hubs that are neither a note nor linked from any note. */
	missingHubs: string[];
	/** Prep note path → the hub (as given) it was reached from. */
	hubOf: Record<string, string>;
	/** Prep note path → hops from its hub (0 for the hub itself). */
	distance: Record<string, number>;
}

const NOTE = /\.md$/i;

/** "[[Hub.md]]", " Hub " → "Hub": hubs as a person types them in settings or on the command line. */
export function cleanHubName(hub: string): string {
	let h = hub.trim();
	if (h.startsWith("[[") && h.endsWith("]]")) h = h.slice(2, -2);
	return withoutAliasOrHeading(h).trim();
}

function linkKey(text: string): string {
	return text.trim().replace(/\.md$/i, "").toLowerCase();
}

/** An unresolved link names the hub: same text, or the hub's name under a folder (or the reverse). */
function namesHub(link: string, hub: string): boolean {
	const a = linkKey(link);
	const b = linkKey(hub);
	return a === b || a.endsWith("/" + b) || b.endsWith("/" + a);
}

/** An object with no own enumerable key (Object.keys would be empty), without making that list. */
function isEmpty(o: object): boolean {
	for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) return false;
	return true;
}

export function computePrepSet(graph: LinkGraph, hubs: string[], depth: number, excluded: (path: string) => boolean = () => false): PrepSet {
	const lookup = lookupForLinks(graph.paths, hubs.map(cleanHubName), "");
	const cut = new Map<string, boolean>();
	const isExcluded = (path: string): boolean => {
		let v = cut.get(path);
		if (v === undefined) cut.set(path, (v = excluded(path)));
		return v;
	};
	const maxDepth = Math.max(0, Math.floor(Number.isFinite(depth) ? depth : 1));

	// Backlinks once, so each hop is a lookup. (A source lists a target once: no repeats in a list.)
	const incoming = new Map<string, string[]>();
	const links = graph.resolvedLinks;
	for (const source of Object.keys(links)) {
		const targets = links[source];
		// Most notes link to nothing: no test of the name, no list of targets made.
		if (isEmpty(targets) || !NOTE.test(source)) continue;
		for (const target of Object.keys(targets)) {
			if (target === source) continue;
			const list = incoming.get(target);
			if (list) list.push(source);
			else incoming.set(target, [source]);
		}
	}
	const neighbours = (path: string): string[] => {
		const out = new Set<string>();
		for (const target of Object.keys(graph.resolvedLinks[path] ?? {})) if (target !== path && NOTE.test(target)) out.add(target);
		for (const source of incoming.get(path) ?? []) out.add(source);
		return [...out].filter((p) => !isExcluded(p)).sort(comparePaths);
	};

	const distance: Record<string, number> = {};
	const hubOf: Record<string, string> = {};
	const hubIndex = new Map<string, number>();
	const hubPaths: string[] = [];
	const missingHubs: string[] = [];
	// Breadth-first from every hub at once, in the order given: at equal distance the earlier hub wins.
	// A hub that exists only as an unresolved link starts from the notes that link to it.
	let frontier: { hub: string; next: () => string[] }[] = [];

	for (const raw of hubs) {
		const hub = cleanHubName(raw);
		if (!hub || hubIndex.has(hub)) continue;
		hubIndex.set(hub, hubIndex.size);
		const path = resolveLink(hub, "", lookup);
		if (path && NOTE.test(path)) {
			if (isExcluded(path)) continue;
			hubPaths.push(path);
			if (!(path in distance)) {
				distance[path] = 0;
				hubOf[path] = hub;
				frontier.push({ hub, next: () => neighbours(path) });
			}
			continue;
		}
		const linkers = Object.entries(graph.unresolvedLinks)
			.filter(([source, targets]) => NOTE.test(source) && !isExcluded(source) && Object.keys(targets).some((t) => namesHub(t, hub)))
			.map(([source]) => source)
			.sort(comparePaths);
		if (linkers.length === 0) missingHubs.push(hub);
		else frontier.push({ hub, next: () => linkers });
	}

	for (let d = 1; d <= maxDepth && frontier.length > 0; d++) {
		const reached: { hub: string; next: () => string[] }[] = [];
		for (const from of frontier) {
			for (const other of from.next()) {
				if (other in distance) continue;
				distance[other] = d;
				hubOf[other] = from.hub;
				reached.push({ hub: from.hub, next: () => neighbours(other) });
			}
		}
		frontier = reached;
	}

	const paths = Object.keys(distance).sort(
		(a, b) =>
			(hubIndex.get(hubOf[a]) ?? 0) - (hubIndex.get(hubOf[b]) ?? 0) ||
			distance[a] - distance[b] ||
			comparePaths(a, b),
	);
	return { paths, hubPaths, missingHubs, hubOf, distance };
}
