// A small loop for profiling the live index alone (BENCH_READABLE=1 node --import tsx --import
// ./shims/register.mjs bench/index-profile.ts [cold|warm|edit] [rounds] [--profile file.cpuprofile]):
// the bench vault, built the way bench/run.ts builds it, as main.js ships the code; best ms printed.
// --profile records a CPU profile of the timed rounds only (not the fake vault's set-up).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { generateVault, DEFAULT_VAULT } from "./generate-vault";
import { loadBundledCore } from "./bundled-core";
import { makeApp } from "../tests/fake-obsidian/make-app";
import { benchIndexDeps } from "./index-deps";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import type { Settings } from "../src/core/types";

const kind = process.argv[2] ?? "cold";
const rounds = Number(process.argv[3] ?? 5) || 5;
const core = await loadBundledCore();
const files = generateVault(DEFAULT_VAULT);
const app = makeApp({ files: Object.fromEntries(files), layoutReady: true });
const settings: Settings = { ...DEFAULT_SETTINGS, hubs: [...DEFAULT_VAULT.hubs] };
const CACHE = ".obsidian/plugins/interview-prep/parse-cache.json";
const now = (): number => performance.now();

async function build(withCache: boolean): Promise<number> {
	const cache = withCache ? new core.ParseCache(app.vault.adapter, CACHE, core.parseOptionsKey({ labels: settings.labels, promptHeadings: settings.promptHeadings })) : null;
	const index = new core.LiveIndex(benchIndexDeps(app, () => settings, now, { cache }));
	const t = now();
	await index.start();
	const ms = now() - t;
	await index.stop();
	return ms;
}

const profileAt = process.argv.indexOf("--profile");
const session = profileAt > 0 ? new Session() : null;
async function startProfile(): Promise<void> {
	if (!session) return;
	session.connect();
	await session.post("Profiler.enable");
	// A sample every 100 µs (the default 1 ms sees an edit a sample or two at a time).
	await session.post("Profiler.setSamplingInterval", { interval: 100 });
	await session.post("Profiler.start");
}

let bestMs = Infinity;
if (kind === "edit") {
	// The bench's note: the prep note closest to 10 KiB (in bytes, as bench/run.ts picks it).
	const size = (p: string): number => Buffer.byteLength(files.get(p) ?? "");
	const path = [...files.keys()].filter((p) => p.startsWith("prep/")).sort((a, b) => Math.abs(size(a) - 10240) - Math.abs(size(b) - 10240))[0];
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error("no note");
	// Timed from Obsidian's 'changed' event: listened to before the index listens, as bench/run.ts does.
	let changedAt = 0;
	app.metadataCache.on("changed", () => (changedAt = now()));
	const inc = new core.LiveIndex(benchIndexDeps(app, () => settings, now, { notifyMs: 0 }));
	await inc.start();
	// The edits alone are profiled, not the start.
	await startProfile();
	let parseMs = Infinity;
	// The first edit, and the best of the first nine (what bench/run.ts takes), beside the best of all.
	const early: number[] = [];
	for (let r = 0; r < rounds * 20; r++) {
		const text = `${files.get(path) ?? ""}\n## 新问题 ${r}：如何复盘？\n\n> 先列时间线。\n`;
		await app.vault.modify(file, text);
		await inc.whenIdle();
		bestMs = Math.min(bestMs, now() - changedAt);
		if (early.length < 9) early.push(now() - changedAt);
		const t = now();
		core.parseNote(path, text, { labels: settings.labels, promptHeadings: settings.promptHeadings });
		parseMs = Math.min(parseMs, now() - t);
	}
	await inc.stop();
	console.log(`edit: first ${early[0].toFixed(2)} ms, best of the first 9 ${Math.min(...early).toFixed(2)} ms (${early.map((m) => m.toFixed(1)).join(" ")})`);
	console.log(`edit: parse alone ${parseMs.toFixed(2)} ms, update / parse ${(bestMs / parseMs).toFixed(2)}×`);
} else {
	// The warm rounds' cache is written first, outside the profile.
	if (kind === "warm") await build(true);
	await startProfile();
	for (let r = 0; r < rounds; r++) {
		if (kind === "cold") await app.vault.adapter.remove(CACHE).catch(() => undefined);
		// As a fresh start: no question's key kept from the round before.
		core.forgetQuestionKeys();
		bestMs = Math.min(bestMs, await build(kind !== "none"));
	}
}
if (session) {
	const { profile } = await session.post("Profiler.stop");
	writeFileSync(process.argv[profileAt + 1], JSON.stringify(profile));
}
console.log(`${kind}: best ${bestMs.toFixed(1)} ms`);
