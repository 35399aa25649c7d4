// The import graph of the plugin's sources (main.ts and src/), read with TypeScript's own import
// scanner, for the cycle check. Type-only imports count: a cycle of types still ties two modules together.
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

/** Module (path relative to `root`, "/" separators) → the project modules it imports (not packages). */
export type ImportGraph = Map<string, string[]>;

/** Every TypeScript source under `dir` (declaration files left out), added to `out`. */
export function sourceFiles(dir: string, out: string[]): string[] {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const abs = path.join(dir, entry.name);
		if (entry.isDirectory()) sourceFiles(abs, out);
		else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(abs);
	}
	return out;
}

function resolve(fromFile: string, spec: string): string | null {
	const base = path.resolve(path.dirname(fromFile), spec);
	for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	}
	return null;
}

export function importGraph(root: string, entries: string[]): ImportGraph {
	const files: string[] = [];
	for (const entry of entries) {
		const abs = path.join(root, entry);
		if (fs.statSync(abs).isDirectory()) sourceFiles(abs, files);
		else files.push(abs);
	}
	const rel = (abs: string): string => path.relative(root, abs).split(path.sep).join("/");
	const graph: ImportGraph = new Map();
	for (const file of files) {
		const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
		const targets = new Set<string>();
		for (const imported of info.importedFiles) {
			// Relative paths, and paths from the project root (tsconfig's baseUrl is "."); packages do not resolve here.
			const spec = imported.fileName;
			const target = spec.startsWith(".") ? resolve(file, spec) : resolve(path.join(root, "x"), `./${spec}`);
			if (target) targets.add(rel(target));
		}
		graph.set(rel(file), [...targets].sort());
	}
	return graph;
}

/** Every group of modules that import each other round (Tarjan's strongly connected components), each sorted. */
export function importCycles(graph: ImportGraph): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	// Iterative, so a long chain of imports cannot overflow the stack.
	for (const start of graph.keys()) {
		if (index.has(start)) continue;
		const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
		index.set(start, index.size);
		low.set(start, index.get(start) ?? 0);
		stack.push(start);
		onStack.add(start);
		while (work.length > 0) {
			const top = work[work.length - 1];
			const edges = graph.get(top.node) ?? [];
			if (top.next < edges.length) {
				const to = edges[top.next++];
				if (!index.has(to)) {
					index.set(to, index.size);
					low.set(to, index.get(to) ?? 0);
					stack.push(to);
					onStack.add(to);
					work.push({ node: to, next: 0 });
				} else if (onStack.has(to)) {
					low.set(top.node, Math.min(low.get(top.node) ?? 0, index.get(to) ?? 0));
				}
				continue;
			}
			work.pop();
			if (work.length > 0) {
				const parent = work[work.length - 1].node;
				low.set(parent, Math.min(low.get(parent) ?? 0, low.get(top.node) ?? 0));
			}
			if (low.get(top.node) === index.get(top.node)) {
				const group: string[] = [];
				let member: string | undefined;
				do {
					member = stack.pop();
					if (member === undefined) break;
					onStack.delete(member);
					group.push(member);
				} while (member !== top.node);
				const selfLoop = (graph.get(top.node) ?? []).includes(top.node);
				if (group.length > 1 || selfLoop) cycles.push(group.sort());
			}
		}
	}
	return cycles;
}
