// The shape of the code: no module imports itself round a circle, and the core imports only the core
// (the lint rule import/no-restricted-paths says the same file by file; this checks the resolved graph).
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph } from "./import-graph";

const ROOT = path.resolve(__dirname, "../..");
const graph = importGraph(ROOT, ["main.ts", "src"]);

describe("the import graph of main.ts and src/", () => {
	it("reads every module", () => {
		expect(graph.get("src/cli/scan.ts")).toContain("src/cli/coverage-table.ts");
		expect(graph.size).toBeGreaterThan(50);
	});

	it("has no cycles", () => {
		expect(importCycles(graph)).toEqual([]);
	});

	it("has no arrow out of src/core", () => {
		const out: string[] = [];
		for (const [from, targets] of graph) {
			if (!from.startsWith("src/core/")) continue;
			for (const to of targets) if (!to.startsWith("src/core/")) out.push(`${from} → ${to}`);
		}
		expect(out).toEqual([]);
	});
});

describe("importCycles", () => {
	it("finds a circle of two, a longer one and a self-import, and nothing in a tree", () => {
		const g = new Map([
			["a", ["b"]],
			["b", ["a", "c"]],
			["c", ["d"]],
			["d", ["e"]],
			["e", ["c"]],
			["f", ["f"]],
			["g", ["a", "h"]],
			["h", []],
		]);
		expect(importCycles(g)).toEqual([["c", "d", "e"], ["a", "b"], ["f"]]);
		expect(importCycles(new Map([["x", ["y", "z"]], ["y", ["z"]], ["z", []]]))).toEqual([]);
	});
});
