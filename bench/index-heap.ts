// The heap one live index holds, in a process of its own (bench/run.ts runs it; alone:
// node --expose-gc --import tsx --import ./shims/register.mjs bench/index-heap.ts [--notes N] [--prep N]).
// Measured inside the bench's own process, after remark and every other figure, the same build read
// 0.6–10 MB from run to run: what else that process let go of during the build came off the figure.
// Here nothing else runs: the heap after a full collection, before and after one build (median of three).
import { generateVault, DEFAULT_VAULT } from "./generate-vault";
import { loadBundledCore } from "./bundled-core";
import { benchIndexDeps } from "./index-deps";
import { makeApp } from "../tests/fake-obsidian/make-app";
import { DEFAULT_SETTINGS } from "../src/core/settings";

const argNum = (name: string, dflt: number): number => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

const vault = { ...DEFAULT_VAULT, notes: argNum("--notes", DEFAULT_VAULT.notes), prepNotes: argNum("--prep", DEFAULT_VAULT.prepNotes) };
const core = await loadBundledCore();
const app = makeApp({ files: Object.fromEntries(generateVault(vault)), layoutReady: true });
const settings = { ...DEFAULT_SETTINGS, hubs: [...vault.hubs] };
const held: unknown[] = [];
const mb: number[] = [];
for (let r = 0; r < 3; r++) {
	// The question-key memo starts empty, as at start-up (its keys are the index's memory too).
	core.forgetQuestionKeys();
	gc();
	const before = process.memoryUsage().heapUsed;
	const index = new core.LiveIndex(benchIndexDeps(app, () => settings, () => performance.now()));
	await index.start();
	await index.stop();
	gc();
	mb.push((process.memoryUsage().heapUsed - before) / 2 ** 20);
	// Kept: a build's memory is counted while its index lives.
	held.push(index);
}
mb.sort((a, b) => a - b);
console.log(JSON.stringify({ indexHeapMB: mb[1], runsMB: mb }));
