// computePrepSet and lookupForLinks are shortcuts (a lookup of the hubs' names alone, backlinks as lists):
// on random link graphs they must give what the straightforward forms give.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePrepSet, type LinkGraph } from "../../src/core/prep-set";
import { lookupForLinks, makePathLookup, resolveLink } from "../../src/core/resolve-link";
import { seeded } from "../property-seed";
import { computePrepSetReference } from "./prep-set.reference";

// Few names and folders, in several cases, so names collide and links are ambiguous.
const folder = fc.constantFrom("", "a/", "A/", "a/b/", "b/", "x/a/");
const name = fc.constantFrom("hub", "Hub", "HUB", "notes", "Notes", "面试", "v1.2 hub", "hub.md", "ïx", "İx");
const ext = fc.constantFrom(".md", ".MD", ".md", ".png", "");
const path = fc.tuple(folder, name, ext).map(([f, n, e]) => f + n + e);
/** Link text as a person writes it: folders, ".md", alias, heading, relative, leading slash, case. */
const linkText = fc.tuple(fc.constantFrom("", "./", "../", "/", "a/", "b/", "../a/", "x/", "./a/"), name, fc.constantFrom("", ".md", ".png", "|alias", "#head", "  ", "\\")).map(([pre, n, post]) => pre + n + post);

describe("lookupForLinks", () => {
	it("resolves its links as a lookup of every path does", () => {
		fc.assert(
			fc.property(fc.uniqueArray(path, { maxLength: 14 }), fc.array(linkText, { minLength: 1, maxLength: 4 }), fc.constantFrom("", "a/x.md", "a/b/y.md", "b/z.md"), (paths, links, from) => {
				const all = makePathLookup(paths);
				const few = lookupForLinks(paths, links, from);
				for (const link of links) expect(resolveLink(link, from, few)).toBe(resolveLink(link, from, all));
			}),
			seeded({ numRuns: 400 }),
		);
	});
});

/** A random link graph: notes and attachments, links between them (self links too), unresolved links. */
const graphArb = fc.uniqueArray(path, { minLength: 1, maxLength: 16 }).chain((paths) =>
	fc
		.tuple(
			fc.array(fc.tuple(fc.constantFrom(...paths), fc.uniqueArray(fc.constantFrom(...paths), { maxLength: 4 })), { maxLength: 20 }),
			fc.array(fc.tuple(fc.constantFrom(...paths), fc.uniqueArray(linkText, { maxLength: 3 })), { maxLength: 6 }),
			fc.subarray(paths),
		)
		.map(([resolved, unresolved, excluded]) => {
			const g: LinkGraph = { paths, resolvedLinks: {}, unresolvedLinks: {} };
			// Obsidian lists every note, most with no links.
			for (const p of paths) if (p.length % 2 === 0) g.resolvedLinks[p] = {};
			for (const [from, to] of resolved) for (const t of to) (g.resolvedLinks[from] ??= {})[t] = 1;
			for (const [from, to] of unresolved) for (const t of to) (g.unresolvedLinks[from] ??= {})[t] = 1;
			return { g, excluded: new Set(excluded) };
		}),
);
const hubs = fc.array(fc.oneof(linkText, linkText.map((l) => `[[${l}]]`), fc.constantFrom("missing", " hub ", "")), { maxLength: 4 });

describe("computePrepSet", () => {
	it("gives the straightforward form's prep set", () => {
		fc.assert(
			fc.property(graphArb, hubs, fc.integer({ min: 0, max: 3 }), ({ g, excluded }, hubList, depth) => {
				const isExcluded = (p: string): boolean => excluded.has(p);
				expect(computePrepSet(g, hubList, depth, isExcluded)).toEqual(computePrepSetReference(g, hubList, depth, isExcluded));
			}),
			seeded({ numRuns: 400 }),
		);
	});
});
