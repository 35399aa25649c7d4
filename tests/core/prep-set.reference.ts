// The prep set told another way, for tests/core/prep-set-reference.test.ts: every path in the
// lookup, the graph as a list of undirected edges, and each level found by asking every unreached
// note which earlier-ranked note of the level before touches it (not a queue, as computePrepSet walks).
import { cleanHubName, type LinkGraph, type PrepSet } from "../../src/core/prep-set";
import { comparePaths, makePathLookup, resolveLink } from "../../src/core/resolve-link";

const isNote = (p: string): boolean => /\.md$/i.test(p);
const key = (t: string): string => t.trim().replace(/\.md$/i, "").toLowerCase();

/** Where a level's member came from: its hub, and its rank (earlier hubs, then earlier members, first). */
interface Member {
	path: string | null;
	hub: string;
	/** For a hub known only by unresolved links: the notes that link to it. */
	linkers?: string[];
}

export function computePrepSetReference(graph: LinkGraph, hubs: string[], depth: number, excluded: (path: string) => boolean = () => false): PrepSet {
	const lookup = makePathLookup(graph.paths);
	const levels = Math.max(0, Math.floor(Number.isFinite(depth) ? depth : 1));
	// Every link between two different notes, either way; the excluded never count.
	const edges: [string, string][] = [];
	for (const [a, targets] of Object.entries(graph.resolvedLinks)) for (const b of Object.keys(targets)) if (a !== b && isNote(a) && isNote(b)) edges.push([a, b]);
	const touches = (a: string, b: string): boolean => edges.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
	const allNotes = [...new Set(edges.flat())].filter((p) => !excluded(p)).sort(comparePaths);

	const distance: Record<string, number> = {};
	const hubOf: Record<string, string> = {};
	const hubPaths: string[] = [];
	const missingHubs: string[] = [];
	const seen: string[] = [];
	let level: Member[] = [];
	for (const hub of hubs.map(cleanHubName)) {
		if (hub === "" || seen.includes(hub)) continue;
		seen.push(hub);
		const path = resolveLink(hub, "", lookup);
		if (path !== null && isNote(path)) {
			if (excluded(path)) continue;
			hubPaths.push(path);
			if (distance[path] === undefined) {
				distance[path] = 0;
				hubOf[path] = hub;
				level.push({ path, hub });
			}
			continue;
		}
		const a = key(hub);
		const linkers = Object.keys(graph.unresolvedLinks)
			.filter((s) => isNote(s) && !excluded(s) && Object.keys(graph.unresolvedLinks[s]).some((t) => key(t) === a || key(t).endsWith("/" + a) || a.endsWith("/" + key(t))))
			.sort(comparePaths);
		if (linkers.length) level.push({ path: null, hub, linkers });
		else missingHubs.push(hub);
	}
	for (let d = 1; d <= levels && level.length; d++) {
		// Each unreached note, with the first member of the level (and its place among that member's
		// sorted neighbours) that reaches it.
		const found: { path: string; rank: number; at: number; hub: string }[] = [];
		const candidates = [...new Set([...allNotes, ...level.flatMap((m) => m.linkers ?? [])])];
		for (const p of candidates) {
			if (distance[p] !== undefined) continue;
			for (let rank = 0; rank < level.length; rank++) {
				const m = level[rank];
				const near = m.linkers ?? allNotes.filter((q) => m.path !== null && touches(m.path, q));
				const at = near.indexOf(p);
				if (at >= 0) {
					found.push({ path: p, rank, at, hub: m.hub });
					break;
				}
			}
		}
		found.sort((x, y) => x.rank - y.rank || x.at - y.at);
		for (const f of found) {
			distance[f.path] = d;
			hubOf[f.path] = f.hub;
		}
		level = found.map((f) => ({ path: f.path, hub: f.hub }));
	}
	const hubRank = (p: string): number => seen.indexOf(hubOf[p]);
	const paths = Object.keys(distance).sort((a, b) => hubRank(a) - hubRank(b) || distance[a] - distance[b] || comparePaths(a, b));
	return { paths, hubPaths, missingHubs, hubOf, distance };
}
