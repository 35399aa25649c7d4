// Would parsing in worker threads make the first index faster? (node --import tsx --import
// ./shims/register.mjs bench/parallel-parse.ts [workers] [share on the main thread, 0–1] [rounds])
// The bench vault's notes are parsed in `workers` Node worker threads (made once and warmed by the
// rounds before, as a plugin would keep them), a `share` of them on the main thread, and the parsed
// notes come back by structured clone; the main thread readies the questions and builds the index, as
// the live index does. Against the same work on the main thread alone, in the same process, rounds
// alternating, best of each. A web Worker in Obsidian would pay the same copying on the way back.
import { Worker } from "node:worker_threads";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { generateVault, DEFAULT_VAULT } from "./generate-vault";
import { BUNDLED_AS, bundleCore, writeBundle, type BenchCore } from "./bundled-core";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import type { ParsedNote } from "../src/core/types";

const [workers, share, rounds] = [Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 0.5), Number(process.argv[4] ?? 8)];
// A file the workers load too.
const file = writeBundle(await bundleCore(), "parallel");
const core = createRequire(import.meta.url)(file) as BenchCore;
const notes = [...generateVault(DEFAULT_VAULT)].filter(([p]) => p.startsWith("prep/") || p.startsWith("hubs/"));
const opts = { labels: DEFAULT_SETTINGS.labels, promptHeadings: DEFAULT_SETTINGS.promptHeadings };

const source = `const { parentPort } = require("node:worker_threads");
const core = require(${JSON.stringify(file)});
parentPort.on("message", (m) => parentPort.postMessage({ id: m.id, notes: m.batch.map(([p, t]) => core.parseNote(p, t, m.opts)) }));`;
const pool = Array.from({ length: workers }, () => new Worker(source, { eval: true }));
const waiting = new Map<number, (notes: ParsedNote[]) => void>();
for (const w of pool) w.on("message", (m: { id: number; notes: ParsedNote[] }) => waiting.get(m.id)?.(m.notes));
let nextId = 0;
const parseIn = (w: Worker, batch: [string, string][]): Promise<ParsedNote[]> =>
	new Promise((resolve) => {
		const id = nextId++;
		waiting.set(id, resolve);
		w.postMessage({ id, batch, opts });
	});

/** Parsed notes readied and built into an index, as the live index does. */
function build(parsed: ParsedNote[]): number {
	const index = new core.IndexBuilder().build(parsed.map((n) => core.readyNote(core.shareAnswerText(n))));
	return index.questions.length;
}

async function spread(): Promise<number> {
	core.forgetQuestionKeys();
	const t = performance.now();
	const onMain = workers === 0 ? notes.length : Math.floor(notes.length * share);
	const batches: Promise<ParsedNote[]>[] = [];
	for (let i = onMain, k = 0; i < notes.length; i += 8, k++) batches.push(parseIn(pool[k % workers], notes.slice(i, i + 8)));
	const parsed = notes.slice(0, onMain).map(([p, text]) => core.parseNote(p, text, opts));
	for (const b of batches) parsed.push(...(await b));
	if (build(parsed) === 0) throw new Error("no questions");
	return performance.now() - t;
}

function serial(): number {
	core.forgetQuestionKeys();
	const t = performance.now();
	if (build(notes.map(([p, text]) => core.parseNote(p, text, opts))) === 0) throw new Error("no questions");
	return performance.now() - t;
}

let bestSpread = Infinity;
let bestSerial = Infinity;
for (let r = 0; r < rounds; r++) {
	bestSpread = Math.min(bestSpread, await spread());
	bestSerial = Math.min(bestSerial, serial());
}
await Promise.all(pool.map((w) => w.terminate()));
rmSync(file, { force: true });
console.log(`${notes.length} notes, parse + ready + build, best of ${rounds} (${BUNDLED_AS})`);
console.log(`main thread alone                                  ${bestSerial.toFixed(1).padStart(7)} ms`);
console.log(`${workers} worker(s), ${Math.round(100 * (workers === 0 ? 1 : share))}% parsed on the main thread      ${bestSpread.toFixed(1).padStart(7)} ms`);
