// The prep set as first written (every path in the lookup, backlinks as sets): what computePrepSet
// must give. tests/core/prep-set-reference.test.ts compares the two on random link graphs.
import { cleanHubName, type LinkGraph, type PrepSet } from "../../src/core/prep-set";
import { comparePaths, makePathLookup, resolveLink } from "../../src/core/resolve-link";

const NOTE = /\.md$/i;

function linkKey(text: string): string {
	return text.trim().replace(/\.md$/i, "").toLowerCase();
}

/** An unresolved link names the hub: same text, or the hub's name under a folder (or the reverse). */
function namesHub(link: string, hub: string): boolean {
	const a = linkKey(link);
	const b = linkKey(hub);
	return a === b || a.endsWith("/" + b) || b.endsWith("/" + a);
}

export function computePrepSetReference(graph: LinkGraph, hubs: string[], depth: number, excluded: (path: string) => boolean = () => false): PrepSet {
	const lookup = makePathLookup(graph.paths);
	const cut = new Map<string, boolean>();
	const isExcluded = (path: string): boolean => {
		let v = cut.get(path);
		if (v === undefined) cut.set(path, (v = excluded(path)));
		return v;
	};
	const maxDepth = Math.max(0, Math.floor(Number.isFinite(depth) ? depth : 1));

	// Backlinks once, so each hop is a lookup.
	const incoming = new Map<string, Set<string>>();
	for (const [source, targets] of Object.entries(graph.resolvedLinks)) {
		if (!NOTE.test(source)) continue;
		for (const target of Object.keys(targets)) {
			if (target === source) continue;
			let set = incoming.get(target);
			if (!set) incoming.set(target, (set = new Set()));
			set.add(source);
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
