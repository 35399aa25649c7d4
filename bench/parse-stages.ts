// What a parse of the bench vault is made of (node --import tsx --import ./shims/register.mjs
// bench/parse-stages.ts [rounds]): the block scan alone, the fast reader's tree (inline nodes unread, as
// the extractor leaves about half of them, and every one read), parseNote, and parseNote with the
// questions readied for the index. Best of `rounds` of each, taken in turn in one process, as main.js
// ships the code (bench/bundled-core.ts). What a whole parse costs beyond the reader is the extraction's.
import { generateVault, DEFAULT_VAULT } from "./generate-vault";
import { BUNDLED_AS, loadBundledCore } from "./bundled-core";
import { DEFAULT_SETTINGS } from "../src/core/settings";

type Tree = { children?: Tree[] };

const core = await loadBundledCore();
const rounds = Number(process.argv[2] ?? 12) || 12;
const files = generateVault(DEFAULT_VAULT);
const texts = [...files].filter(([p]) => p.startsWith("prep/") || p.startsWith("hubs/")).map(([, t]) => t);
const opts = { labels: DEFAULT_SETTINGS.labels, promptHeadings: DEFAULT_SETTINGS.promptHeadings };

/** Asks every node for its children (reads every paragraph's and heading's inline nodes). */
const readAll = (n: Tree): number => (n.children ?? []).reduce((k, c) => k + readAll(c), 1);

const stages: [string, () => number][] = [
	["block scan", () => texts.reduce((n, t) => n + core.scanBlocks(t, 0).starts.length, 0)],
	["reader's tree, inline nodes unread", () => texts.reduce((n, t) => n + core.fastParseMarkdown(t, 0).children.length, 0)],
	["reader's tree, every inline node read", () => texts.reduce((n, t) => n + readAll(core.fastParseMarkdown(t, 0) as Tree), 0)],
	["parseNote", () => texts.reduce((n, t) => n + core.parseNote("n.md", t, opts).questions.length, 0)],
	[
		"parseNote, questions readied for the index",
		() => {
			core.forgetQuestionKeys();
			return texts.reduce((n, t) => n + core.readyNote(core.shareAnswerText(core.parseNote("n.md", t, opts))).questions.length, 0);
		},
	],
];
const best = stages.map(() => Infinity);
for (let r = 0; r < rounds; r++) {
	stages.forEach(([, run], i) => {
		const t = performance.now();
		if (run() === 0) throw new Error(`${stages[i][0]} found nothing`);
		best[i] = Math.min(best[i], performance.now() - t);
	});
}
console.log(`${texts.length} notes of the bench vault, best of ${rounds} (${BUNDLED_AS})`);
stages.forEach(([name], i) => console.log(`${name.padEnd(44)} ${best[i].toFixed(1).padStart(7)} ms`));
console.log(`${"extraction and the rest of parseNote".padEnd(44)} ${(best[3] - best[1]).toFixed(1).padStart(7)} ms (parseNote − the tree with inline nodes unread)`);
