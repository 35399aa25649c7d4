// What a cold start of the live index is made of (node --import tsx --import ./shims/register.mjs
// bench/cold-stages.ts [rounds]): the bench vault's cold start as bench/run.ts times it, and the same start
// with every note parsed beforehand (the live index is handed each parsed note when it asks), so what is
// left is the index's own work: reading the notes, the prep set, readying the questions, the build and
// what garbage collection that work makes. Rounds alternate; best of each; as main.js ships the code.
import { generateVault, DEFAULT_VAULT } from "./generate-vault";
import { BUNDLED_AS, loadBundledCore } from "./bundled-core";
import { makeApp } from "../tests/fake-obsidian/make-app";
import { benchIndexDeps } from "./index-deps";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import type { ParsedNote } from "../src/core/types";

const core = await loadBundledCore();
const rounds = Number(process.argv[2] ?? 8) || 8;
const files = generateVault(DEFAULT_VAULT);
const app = makeApp({ files: Object.fromEntries(files), layoutReady: true });
const settings = { ...DEFAULT_SETTINGS, hubs: [...DEFAULT_VAULT.hubs] };
const opts = { labels: settings.labels, promptHeadings: settings.promptHeadings };
const CACHE = ".obsidian/plugins/interview-prep/parse-cache.json";
const prep = [...files].filter(([p]) => p.startsWith("prep/") || p.startsWith("hubs/"));
const now = (): number => performance.now();

/** One cold start (no parse cache); `parsed`: the notes' parses, handed over instead of parsing. */
async function coldStart(parsed: Map<string, ParsedNote> | null): Promise<number> {
	await app.vault.adapter.remove(CACHE).catch(() => undefined);
	core.forgetQuestionKeys();
	const cache = new core.ParseCache(app.vault.adapter, CACHE, core.parseOptionsKey(opts));
	const parse = parsed ? (path: string, text: string): ParsedNote => parsed.get(path) ?? core.parseNote(path, text, opts) : undefined;
	const index = new core.LiveIndex(benchIndexDeps(app, () => settings, now, { cache, parse }));
	const t = now();
	await index.start();
	const ms = now() - t;
	await index.stop();
	if (index.getIndex().questions.length === 0) throw new Error("the cold start found no questions");
	return ms;
}

let full = Infinity;
let indexOnly = Infinity;
let parseOnly = Infinity;
for (let r = 0; r < rounds; r++) {
	full = Math.min(full, await coldStart(null));
	// Parsed anew each round: a build takes the questions it is given as its own.
	const t = now();
	const parsed = new Map(prep.map(([p, text]) => [p, core.parseNote(p, text, opts)]));
	parseOnly = Math.min(parseOnly, now() - t);
	indexOnly = Math.min(indexOnly, await coldStart(parsed));
}
console.log(`${prep.length} prep notes of the bench vault, best of ${rounds} (${BUNDLED_AS})`);
console.log(`cold start                              ${full.toFixed(1).padStart(7)} ms`);
console.log(`parseNote of every note, kept           ${parseOnly.toFixed(1).padStart(7)} ms`);
console.log(`cold start with the notes parsed before ${indexOnly.toFixed(1).padStart(7)} ms (the index's own work)`);
