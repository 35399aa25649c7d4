import { describe, expect, it } from "vitest";
import { computePrepSet, type LinkGraph } from "../../src/core/prep-set";
import { makePathLookup, resolveLink } from "../../src/core/resolve-link";

/** A graph from "note → links as written", resolved the way Obsidian does. */
function graph(notes: Record<string, string[]>): LinkGraph {
	const paths = Object.keys(notes);
	const lookup = makePathLookup(paths);
	const g: LinkGraph = { paths, resolvedLinks: {}, unresolvedLinks: {} };
	for (const [path, links] of Object.entries(notes)) {
		g.resolvedLinks[path] = {};
		g.unresolvedLinks[path] = {};
		for (const link of links) {
			const to = resolveLink(link, path, lookup);
			const bucket = to ? g.resolvedLinks[path] : g.unresolvedLinks[path];
			const key = to ?? link;
			bucket[key] = (bucket[key] ?? 0) + 1;
		}
	}
	return g;
}

describe("computePrepSet", () => {
	it("holds the hub, the notes linking to it and the notes it links to", () => {
		const g = graph({
			"hub.md": ["topic a", "topic b"],
			"answers.md": ["hub"],
			"topic a.md": [],
			"topic b.md": ["unrelated"],
			"unrelated.md": [],
			"mentions.md": [],
		});
		const prep = computePrepSet(g, ["hub"], 1);
		expect(prep.paths).toEqual(["hub.md", "answers.md", "topic a.md", "topic b.md"]);
		expect(prep.hubPaths).toEqual(["hub.md"]);
		expect(prep.missingHubs).toEqual([]);
		expect(prep.distance).toEqual({ "hub.md": 0, "answers.md": 1, "topic a.md": 1, "topic b.md": 1 });
		expect(Object.values(prep.hubOf)).toEqual(["hub", "hub", "hub", "hub"]);
	});

	it("counts links written with folder, .md, alias, heading or embed (all resolve to the hub)", () => {
		const g = graph({
			"prep/hub.md": [],
			"a.md": ["prep/hub"],
			"b.md": ["hub.md"],
			"c.md": ["hub|alias"],
			"d.md": ["hub#heading"],
			"e.md": ["hub"],
		});
		expect(computePrepSet(g, ["hub"], 1).paths).toEqual(["prep/hub.md", "a.md", "b.md", "c.md", "d.md", "e.md"]);
	});

	it("finds the notes linking to a hub that exists only as an unresolved link", () => {
		const g = graph({
			"answers.md": ["角度", "面试-面试官角度准备"],
			"more/answers 2.md": ["folder/面试-面试官角度准备"],
			"other.md": ["角度"],
			"plain.md": [],
		});
		const prep = computePrepSet(g, ["面试-面试官角度准备"], 1);
		expect(prep.paths).toEqual(["answers.md", "more/answers 2.md"]);
		expect(prep.hubPaths).toEqual([]);
		expect(prep.missingHubs).toEqual([]);
		expect(prep.distance["answers.md"]).toBe(1);
	});

	it("names hubs that are neither a note nor linked", () => {
		const g = graph({ "a.md": ["b"], "b.md": [] });
		const prep = computePrepSet(g, ["nothing here", "b"], 1);
		expect(prep.missingHubs).toEqual(["nothing here"]);
		expect(prep.paths).toEqual(["b.md", "a.md"]);
	});

	it("follows depth hops in both directions", () => {
		const g = graph({
			"hub.md": ["child"],
			"child.md": ["grandchild"],
			"grandchild.md": ["great"],
			"great.md": [],
			"parent.md": ["hub"],
			"grandparent.md": ["parent"],
		});
		expect(computePrepSet(g, ["hub"], 0).paths).toEqual(["hub.md"]);
		expect(computePrepSet(g, ["hub"], 1).paths).toEqual(["hub.md", "child.md", "parent.md"]);
		const two = computePrepSet(g, ["hub"], 2);
		expect(two.paths).toEqual(["hub.md", "child.md", "parent.md", "grandchild.md", "grandparent.md"]);
		expect(two.distance["grandparent.md"]).toBe(2);
	});

	it("survives link loops and self links", () => {
		const g = graph({ "hub.md": ["a", "hub"], "a.md": ["b"], "b.md": ["hub", "a"] });
		const prep = computePrepSet(g, ["hub"], 10);
		expect(prep.paths).toEqual(["hub.md", "a.md", "b.md"]);
		expect(prep.distance).toEqual({ "hub.md": 0, "a.md": 1, "b.md": 1 });
	});

	it("maps each note to the hub it was reached from; the earlier hub wins a tie", () => {
		const g = graph({ "h1.md": ["shared", "only1"], "h2.md": ["shared", "only2"], "shared.md": [], "only1.md": [], "only2.md": [] });
		const prep = computePrepSet(g, ["h2", "h1"], 1);
		expect(prep.hubOf).toEqual({
			"h2.md": "h2",
			"h1.md": "h1",
			"shared.md": "h2",
			"only2.md": "h2",
			"only1.md": "h1",
		});
		expect(prep.paths).toEqual(["h2.md", "only2.md", "shared.md", "h1.md", "only1.md"]);
	});

	it("leaves out attachments and accepts hubs typed as [[links]]", () => {
		const g = graph({ "hub.md": ["pic.png"], "pic.png": [] });
		const prep = computePrepSet(g, ["[[hub]]", "hub"], 1);
		expect(prep.paths).toEqual(["hub.md"]);
		expect(prep.hubPaths).toEqual(["hub.md"]);
	});

	it("gives the same answer whatever the order of the graph's entries", () => {
		const notes = { "hub.md": ["c", "a"], "b.md": ["hub"], "a.md": [], "c.md": [], "z/b.md": ["hub"] };
		const reversed = Object.fromEntries(Object.entries(notes).reverse());
		expect(computePrepSet(graph(reversed), ["hub"], 1)).toEqual(computePrepSet(graph(notes), ["hub"], 1));
	});
});
