// remark (src/core/parse/remark-reader.ts) is the reference reader of the tests, the CLI and the
// bench: of the modules main.ts reaches, only the ones still waiting for the fast readers to take
// over import it. tests/build/bundle-packages.test.ts checks the bundle itself once none do.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph } from "./import-graph";

const ROOT = path.resolve(__dirname, "../..");
const REFERENCE = "src/core/parse/remark-reader.ts";

/** Importers of remark left until integration (each goes with its last remark call; then this list is empty). */
const WAITING = new Set<string>([]);

/** The modules reachable from `entry` through imports. */
function reachable(graph: ReadonlyMap<string, string[]>, entry: string): Set<string> {
	const seen = new Set([entry]);
	const todo = [entry];
	for (let m = todo.pop(); m !== undefined; m = todo.pop()) {
		for (const t of graph.get(m) ?? []) {
			if (!seen.has(t)) {
				seen.add(t);
				todo.push(t);
			}
		}
	}
	return seen;
}

describe("the reference reader", () => {
	const graph = importGraph(ROOT, ["main.ts", "src"]);

	it("is imported by no module main.ts reaches but the ones waiting for the fast readers", () => {
		const reached = reachable(graph, "main.ts");
		expect(reached.has("src/core/parse/parse-note.ts"), "the graph from main.ts was read").toBe(true);
		const importers = [...reached].filter((m) => graph.get(m)?.includes(REFERENCE));
		expect(importers.filter((m) => !WAITING.has(m))).toEqual([]);
	});
});
