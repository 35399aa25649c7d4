// Obsidian's link graph (resolvedLinks / unresolvedLinks) rebuilt from note texts, for the CLI.
import type { LinkGraph } from "../core/prep-set";
import { makePathLookup, resolveLink } from "../core/resolve-link";
import { extractWikilinks } from "../core/wikilinks";

/** A counter keyed by link text or path: no prototype, so a link such as [[__proto__]] is a key like any other. */
function counter<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}

export function buildLinkGraph(notes: { path: string; text: string }[]): LinkGraph {
	const paths = notes.map((n) => n.path);
	const lookup = makePathLookup(paths);
	const graph: LinkGraph = { paths, resolvedLinks: counter(), unresolvedLinks: counter() };
	for (const note of notes) {
		const resolved = counter<number>();
		const unresolved = counter<number>();
		for (const link of extractWikilinks(note.text)) {
			const to = resolveLink(link, note.path, lookup);
			if (to) resolved[to] = (resolved[to] ?? 0) + 1;
			else unresolved[link] = (unresolved[link] ?? 0) + 1;
		}
		graph.resolvedLinks[note.path] = resolved;
		graph.unresolvedLinks[note.path] = unresolved;
	}
	return graph;
}
