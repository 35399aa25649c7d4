// npm run bench: every figure measured in one run on one synthetic vault, reported as ratios to
// baselines from the same run (a plain line scan, bare remark-parse), so a busy machine skews both alike.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { PerformanceObserver } from "node:perf_hooks";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { generateVault, DEFAULT_VAULT, type SyntheticVaultOptions } from "./generate-vault";
import { parseScaling } from "./parse-scaling";
import { hostileShapes, okRow, printHostile, printRowDone, type HostileRow } from "./hostile-shapes";
import { bigNoteEdit, parseFigures } from "./fast-figures";
import { readerIdentity } from "./reader-identity";
import { makeApp } from "../tests/fake-obsidian/make-app";
import type { App } from "../tests/fake-obsidian/app";
import type { LiveIndex } from "../src/vault/live-index";
import { benchIndexDeps } from "./index-deps";
import { BUNDLED_AS, loadBundledCore, type BenchCore } from "./bundled-core";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import type { Settings } from "../src/core/types";

const argNum = (name: string, dflt: number): number => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : dflt;
};

const opts: SyntheticVaultOptions = {
	...DEFAULT_VAULT,
	notes: argNum("--notes", DEFAULT_VAULT.notes),
	prepNotes: argNum("--prep", DEFAULT_VAULT.prepNotes),
};
const REPEAT = argNum("--repeat", 3);
/** Runs of the cold and warm starts: the code they run beside the parser is still being compiled in the first three. */
const STARTS = Math.max(REPEAT, 5);
/** --slices: say where each main-thread slice over 25 ms ended (to find what holds the thread). */
const SHOW_SLICES = process.argv.includes("--slices");
/** Garbage-collection pauses since `from` (performance.now time), seen with --slices only. */
const gcPauses: { start: number; ms: number }[] = [];
if (SHOW_SLICES) new PerformanceObserver((list) => list.getEntries().forEach((e) => gcPauses.push({ start: e.startTime, ms: e.duration }))).observe({ entryTypes: ["gc"] });
const gcWithin = (from: number): number => gcPauses.filter((g) => g.start >= from).reduce((n, g) => n + g.ms, 0);
const yieldSite = (): string =>
	(new Error().stack ?? "")
		.split("\n")
		.slice(5, 8)
		.map((l) => l.trim().replace(/^at /, "").replace(/\(.*\/(src|bench)\//, "($1/"))
		.join(" < ");

const now = (): number => performance.now();
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
let peakRss = 0;
const sampleRss = (): void => {
	peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const rssTimer = setInterval(sampleRss, 20);

/** Best of n runs: the least disturbed measurement of the same work. */
async function best(n: number, fn: () => Promise<number> | number): Promise<number> {
	let min = Infinity;
	for (let i = 0; i < n; i++) min = Math.min(min, await fn());
	return min;
}

const settings: Settings = { ...DEFAULT_SETTINGS, hubs: [...opts.hubs] };
/** The hostile notes' vault: one note linking to "hub". */
const hostileSettings: Settings = { ...DEFAULT_SETTINGS, hubs: ["hub"] };
const PLUGIN_DIR = ".obsidian/plugins/interview-prep";
const CACHE_PATH = `${PLUGIN_DIR}/parse-cache.json`;

interface Run {
	ms: number;
	longestSliceMs: number;
	firstCardMs: number | null;
	index: LiveIndex;
}

/** The parser and the live index as main.js ships them (bench/bundled-core.ts), loaded in main(). */
let core: BenchCore;

/** Builds the live index on the fake app the way the plugin does after layout ready. */
async function buildLive(app: App, withCache: boolean, use: Settings = settings): Promise<Run> {
	const cache = withCache
		? new core.ParseCache(app.vault.adapter, CACHE_PATH, core.parseOptionsKey({ labels: settings.labels, promptHeadings: settings.promptHeadings }))
		: null;
	let longest = 0;
	let firstCard: number | null = null;
	let sliceStart = 0;
	let index: LiveIndex | null = null;
	const t0 = now();
	// A macrotask, as in the browser: the gaps between yields are the main-thread slices. The plugin
	// yields through a MessageChannel message (src/vault/yield-to-main.ts), which no timer clamp
	// slows; setImmediate is Node's like of it (a zero timer here costs a millisecond a yield).
	const yieldToMain = (): Promise<void> =>
		new Promise<void>((resolve) => {
			const slice = now() - sliceStart;
			longest = Math.max(longest, slice);
			if (SHOW_SLICES && slice > 25) console.log(`  slice ${slice.toFixed(1)} ms (gc ${gcWithin(sliceStart).toFixed(1)} ms) ended at ${yieldSite()}`);
			if (firstCard === null && index && index.getIndex().questions.length > 0) firstCard = now() - t0;
			setImmediate(() => {
				sliceStart = now();
				resolve();
			});
		});
	// The index reads the cache itself when it starts (a shard per slice): its slices count.
	const deps = benchIndexDeps(app, () => use, now, { cache, yieldToMain });
	index = new core.LiveIndex(deps);
	sliceStart = now();
	await index.start();
	const ms = now() - t0;
	longest = Math.max(longest, now() - sliceStart);
	if (firstCard === null && index.getIndex().questions.length > 0) firstCard = ms;
	await index.stop();
	return { ms, longestSliceMs: longest, firstCardMs: firstCard, index };
}

async function main(): Promise<void> {
	// --identity [dirs…]: the fast reader against remark on the bench vault and the folders given.
	if (process.argv.includes("--identity")) {
		readerIdentity(process.argv.slice(process.argv.indexOf("--identity") + 1).filter((a) => !a.startsWith("--")));
		clearInterval(rssTimer);
		return;
	}
	// --hostile: the hostile-notes section alone (its live-index slices run on the bundled core too).
	if (process.argv.includes("--hostile")) {
		core = await loadBundledCore();
		printHostile(await hostileShapes({ liveSlice: async (files) => (await buildLive(makeApp({ files, layoutReady: true }), false, hostileSettings)).longestSliceMs, onRow: printRowDone }));
		clearInterval(rssTimer);
		return;
	}
	console.log(`Interview Prep benchmark: ${opts.notes} notes, ${opts.prepNotes} prep notes (~${opts.avgBytes / 1024} KiB), seed ${opts.seed}`);
	core = await loadBundledCore();
	console.log(`parseNote and the live index: ${BUNDLED_AS}`);
	const files = generateVault(opts);
	const prepPaths = [...files.keys()].filter((p) => p.startsWith("prep/") || p.startsWith("hubs/"));
	const prepBytes = prepPaths.reduce((n, p) => n + Buffer.byteLength(files.get(p) ?? ""), 0);
	const app = makeApp({ files: Object.fromEntries(files), layoutReady: true });
	sampleRss();

	// 1. Lower bound: read every prep note and scan its lines for headings and links.
	const lowerBound = await best(REPEAT, async () => {
		const t = now();
		let hits = 0;
		for (const p of prepPaths) {
			const file = app.vault.getFileByPath(p);
			if (!file) continue;
			const text = await app.vault.cachedRead(file);
			for (const line of text.split("\n")) if (line.startsWith("#") || line.includes("[[")) hits++;
		}
		if (hits === 0) throw new Error("lower bound scanned nothing");
		return now() - t;
	});

	// 2. Bare remark-parse of the same notes.
	const processor = unified().use(remarkParse);
	const bareRemark = await best(REPEAT, () => {
		const t = now();
		for (const p of prepPaths) processor.parse(files.get(p) ?? "");
		return now() - t;
	});

	// 3. Cold index (empty cache), 4. warm start from the cache the cold run wrote.
	// Bare remark's garbage (hundreds of MB) is collected first: left to the starts, it made the warm
	// start read 1.5–2× slower than the same start after it is gone. (Not before every run: a full
	// collection shrinks the young generation, and the runs right after it read slower.)
	gc();
	let cold: Run | null = null;
	// Each start as a fresh process makes it: no question's key kept from the round before.
	const coldMs = await best(STARTS, async () => {
		await app.vault.adapter.remove(CACHE_PATH).catch(() => undefined);
		core.forgetQuestionKeys();
		const run = await buildLive(app, true);
		if (!cold || run.ms < cold.ms) cold = run;
		return run.ms;
	});
	const coldRun = cold as unknown as Run;
	const questions = coldRun.index.getIndex().questions.length;
	if (questions === 0) throw new Error("the cold index found no questions");

	let warm: Run | null = null;
	const warmMs = await best(STARTS, async () => {
		core.forgetQuestionKeys();
		const run = await buildLive(app, true);
		if (!warm || run.ms < warm.ms) warm = run;
		return run.ms;
	});
	const warmRun = warm as unknown as Run;
	if (warmRun.index.getIndex().questions.length !== questions) throw new Error("warm start found a different index");

	// 5. One incremental update of a ~10 KiB note, against parsing that note alone.
	const target = prepPaths
		.filter((p) => p.startsWith("prep/"))
		.map((p) => ({ p, size: Buffer.byteLength(files.get(p) ?? "") }))
		.sort((a, b) => Math.abs(a.size - 10240) - Math.abs(b.size - 10240))[0];
	// An index that follows vault events, as in the plugin after start-up.
	const incDeps = benchIndexDeps(app, () => settings, now, { notifyMs: 0 });
	// The update is timed from Obsidian's 'changed' event (registered before the index's own listener),
	// so Obsidian's own indexing of the note (the fake metadata cache's, here) is not counted as ours.
	let changedAt = 0;
	app.metadataCache.on("changed", () => {
		changedAt = now();
	});
	const inc = new core.LiveIndex(incDeps);
	await inc.start();
	const file = app.vault.getFileByPath(target.p);
	if (!file) throw new Error("no target note");
	const original = files.get(target.p) ?? "";
	// Each edit is timed, then a parse of the same text alone: the same number of tries for both, taken
	// in turn, so a busy moment of the machine does not favour one side.
	let edits = 0;
	let parseAlone = Infinity;
	const incremental = await best(REPEAT * 3, async () => {
		edits++;
		const text = `${original}\n## 新问题 ${edits}：如何复盘一次失败的项目？\n\n> 我会先列出时间线。\n`;
		await app.vault.modify(file, text);
		await inc.whenIdle();
		const ms = now() - changedAt;
		if (!inc.getIndex().questions.some((q) => q.text.includes(`新问题 ${edits}`))) throw new Error("the edit did not reach the index");
		const t = now();
		core.parseNote(target.p, text, { labels: settings.labels, promptHeadings: settings.promptHeadings });
		parseAlone = Math.min(parseAlone, now() - t);
		return ms;
	});
	await inc.stop();

	// 5b. parseNote's throughput (MB/s) against the lower bound's, and one edit of a 500 KB note.
	const prepTexts = prepPaths.map((p) => files.get(p) ?? "");
	const throughput = parseFigures(core, prepTexts, settings, lowerBound, REPEAT);
	const bigEdit = await bigNoteEdit(core, files, settings, REPEAT);

	// 6. Heap held by the index, measured in a process of its own (bench/index-heap.ts says why).
	const heapArgs = ["--expose-gc", "--import", "tsx", "--import", "./shims/register.mjs", "bench/index-heap.ts", "--notes", String(opts.notes), "--prep", String(opts.prepNotes)];
	const indexHeap = (JSON.parse(execFileSync("node", heapArgs, { encoding: "utf8" }).trim().split("\n").pop() ?? "{}") as { indexHeapMB: number }).indexHeapMB * 2 ** 20;

	// 7. main.js size (minified production build).
	// Always a fresh build, so the size is that of the code measured.
	execFileSync("node", ["esbuild.config.mjs", "production"], { stdio: "ignore" });
	const mainJs = statSync("main.js").size;

	// 8. Parse time against note size: ms per MB must stay flat (remark alone grows faster than linearly).
	const scaling = process.argv.includes("--no-scaling") ? null : await parseScaling({ core, repeat: Math.min(REPEAT, 2) });

	clearInterval(rssTimer);
	const r2 = (x: number): number => Math.round(x * 100) / 100;
	const results = {
		code: BUNDLED_AS,
		vault: { notes: opts.notes, prepNotes: prepPaths.length, prepBytes, questions, seed: opts.seed },
		ms: {
			lowerBound: r2(lowerBound),
			bareRemark: r2(bareRemark),
			coldIndex: r2(coldMs),
			warmStart: r2(warmMs),
			incrementalUpdate: r2(incremental),
			parseOfThatNote: r2(parseAlone),
			longestSlice: r2(coldRun.longestSliceMs),
			firstCard: coldRun.firstCardMs === null ? null : r2(coldRun.firstCardMs),
		},
		ratios: {
			coldToBareRemark: r2(coldMs / bareRemark),
			coldToLowerBound: r2(coldMs / lowerBound),
			warmToLowerBound: r2(warmMs / lowerBound),
			warmToBareRemark: r2(warmMs / bareRemark),
			bareRemarkToLowerBound: r2(bareRemark / lowerBound),
			incrementalToParse: r2(incremental / parseAlone),
		},
		memory: { peakRssMB: r2(peakRss / 2 ** 20), indexHeapMB: r2(indexHeap / 2 ** 20), gcExposed: typeof (globalThis as { gc?: unknown }).gc === "function" },
		mainJsKB: r2(mainJs / 1024),
		parse: { MBs: r2(throughput.parseMBs), referenceMBs: r2(throughput.referenceMBs), lowerBoundMBs: r2(throughput.lowerBoundMBs) },
		bigNoteEdit: { ms: r2(bigEdit.ms), noteKB: Math.round(bigEdit.kb) },
		targets: {
			coldToBareRemark: 1.3,
			warmToLowerBound: 10,
			incrementalToParse: 2,
			longestSliceMs: 50,
			firstCardMs: 1000,
			indexHeapMB: 10,
			mainJsKB: 200,
		},
	};
	// Checked on the figures before rounding, as the targets print them ("<" is strict: 1.995× shows
	// as 2× and passes "< 2×"; 2.004× shows as 2× too and does not).
	const pass = {
		coldToBareRemark: coldMs / bareRemark <= 1.3,
		warmToLowerBound: warmMs / lowerBound <= 10,
		incrementalToParse: incremental / parseAlone < 2,
		longestSlice: coldRun.longestSliceMs <= 50,
		firstCard: results.ms.firstCard !== null && results.ms.firstCard <= 1000,
		indexHeap: indexHeap / 2 ** 20 < 10,
		mainJs: mainJs / 1024 < 200,
	};
	const row = (name: string, value: string, target: string, ok: boolean): void =>
		console.log(`${ok ? "ok  " : "MISS"} ${name.padEnd(34)} ${value.padStart(14)}   target ${target}`);
	console.log("");
	console.log(`lower bound (read + line scan)      ${results.ms.lowerBound} ms`);
	console.log(`bare remark-parse                   ${results.ms.bareRemark} ms`);
	row("cold index / bare remark", `${results.ratios.coldToBareRemark}× (${results.ms.coldIndex} ms)`, "≤ 1.3×", pass.coldToBareRemark);
	row("warm start / lower bound", `${results.ratios.warmToLowerBound}× (${results.ms.warmStart} ms)`, "≤ 10×", pass.warmToLowerBound);
	row("incremental update / its parse", `${results.ratios.incrementalToParse}× (${results.ms.incrementalUpdate} ms)`, "< 2×", pass.incrementalToParse);
	row("longest main-thread slice", `${results.ms.longestSlice} ms`, "≤ 50 ms", pass.longestSlice);
	row("first quiz card after layout ready", `${results.ms.firstCard ?? "never"} ms`, "≤ 1000 ms", pass.firstCard);
	row("index heap", `${results.memory.indexHeapMB} MB`, "< 10 MB", pass.indexHeap);
	row("main.js (minified)", `${results.mainJsKB} KB`, "< 200 KB", pass.mainJs);
	// Issue 16's targets (the peers' parsers on the same bytes: Spaced Repetition 31–52 MB/s, Decks 145–169 MB/s).
	row("cold index / lower bound", `${results.ratios.coldToLowerBound}×`, "≤ 20× (aim 10×)", results.ratios.coldToLowerBound <= 20);
	row("parseNote throughput", `${results.parse.MBs} MB/s`, "≥ 30 MB/s", results.parse.MBs >= 30);
	console.log(`  parseNote (${BUNDLED_AS}) ${results.parse.MBs} MB/s; with remark reading every piece ${results.parse.referenceMBs} MB/s; read + line scan ${results.parse.lowerBoundMBs} MB/s`);
	row(`one edit of a ${results.bigNoteEdit.noteKB} KB note`, `${results.bigNoteEdit.ms} ms`, "≤ 50 ms", results.bigNoteEdit.ms <= 50);
	const r = results.ratios;
	console.log(`every ratio: cold = ${r.coldToLowerBound}× lower bound, ${r.coldToBareRemark}× bare remark; warm = ${r.warmToLowerBound}× lower bound, ${r.warmToBareRemark}× bare remark; bare remark = ${r.bareRemarkToLowerBound}× lower bound`);
	console.log(`peak RSS ${results.memory.peakRssMB} MB; ${questions} questions in ${prepPaths.length} prep notes (${(prepBytes / 2 ** 20).toFixed(1)} MiB)`);
	console.log("");
	let scalingSpread: number | null = null;
	if (scaling) {
		console.log(`parse time vs note size (parseNote ${BUNDLED_AS}; bare remark only up to 0.5 MB)`);
		console.table(scaling.rows.map((r) => ({ shape: r.shape, MB: r.mb, ms: r.parseMs, "ms/MB": r.msPerMB, "longest step ms": r.longestStepMs, "bare remark ms/MB": r.bareMsPerMB ?? "" })));
		const per = scaling.rows.filter((r) => r.shape === "sections").map((r) => r.msPerMB);
		scalingSpread = r2(Math.max(...per) / Math.min(...per));
		row("ms per MB, largest / smallest note", `${scalingSpread}×`, "≤ 2× (linear)", scalingSpread <= 2);
	}
	// Hostile notes (issue 20): the live index's longest slice and scan's time on 1 MB of each shape.
	const hostile: HostileRow[] = await hostileShapes({ liveSlice: async (files) => (await buildLive(makeApp({ files, layoutReady: true }), false, hostileSettings)).longestSliceMs });
	console.log("");
	printHostile(hostile);
	row("hostile shapes within targets", `${hostile.filter(okRow).length} / ${hostile.length}`, "all", hostile.every(okRow));
	mkdirSync("bench", { recursive: true });
	writeFileSync("bench/results.json", JSON.stringify({ ...results, pass, parseScaling: scaling, scalingSpread, hostile }, null, 2) + "\n");
	console.log("wrote bench/results.json");
}

main().catch((e: unknown) => {
	clearInterval(rssTimer);
	console.error(e instanceof Error ? e.stack : String(e));
	process.exit(1);
});
