// A small loop for profiling parseNote alone (node --cpu-prof --import tsx --import ./shims/register.mjs
// bench/parse-profile.ts [rounds] [--source]): the bench vault's prep notes, parsed `rounds` times, MB/s
// printed. It times parseNote as main.js ships it (bench/bundled-core.ts); --source runs the TypeScript
// under tsx instead (readable names in a profile, but tsx's kept names make it up to 2× slower).
import { generateVault, DEFAULT_VAULT } from "./generate-vault";
import * as source from "../src/core/parse/parse-note";
import { BUNDLED_AS, loadBundledCore } from "./bundled-core";
import { DEFAULT_SETTINGS } from "../src/core/settings";

const fromSource = process.argv.includes("--source");
const { parseNote } = (process.env.V ? (await import("node:module")).createRequire(import.meta.url)(process.cwd()+"/node_modules/.cache/interview-prep-bench/v-"+process.env.V+".cjs") : fromSource ? source : await loadBundledCore());
const rounds = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 10);
const files = generateVault(DEFAULT_VAULT);
const texts = [...files].filter(([p]) => p.startsWith("prep/") || p.startsWith("hubs/")).map(([, t]) => t);
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 2 ** 20;
const opts = { labels: DEFAULT_SETTINGS.labels, promptHeadings: DEFAULT_SETTINGS.promptHeadings };
// CPU time as well as wall time: on a busy machine (other processes on the cores) it moves less.
let bestMs = Infinity;
let bestCpu = Infinity;
for (let r = 0; r < rounds; r++) {
	const t = performance.now();
	const c = process.cpuUsage();
	for (const text of texts) parseNote("n.md", text, opts);
	const cpu = process.cpuUsage(c);
	bestMs = Math.min(bestMs, performance.now() - t);
	bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
}
const rate = (ms: number): string => (mb / (ms / 1000)).toFixed(2);
console.log(`parseNote ${fromSource ? "from the TypeScript source under tsx" : BUNDLED_AS}`);
console.log(`${texts.length} notes, ${mb.toFixed(2)} MB: best ${bestMs.toFixed(1)} ms (${rate(bestMs)} MB/s), CPU ${bestCpu.toFixed(1)} ms (${rate(bestCpu)} MB/s)`);
