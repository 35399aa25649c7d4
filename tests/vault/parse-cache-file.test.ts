// The parse cache's files on disk: a shard cut short or pointing outside its text, and a cache in the
// previous layout, cost a parse of the notes concerned and nothing else; they are never read wrong.
import { describe, expect, it } from "vitest";
import { PARSER_VERSION } from "../../src/core/parse/parse-note";
import type { ParsedNote } from "../../src/core/types";
import { ParseCache, parseOptionsKey } from "../../src/vault/parse-cache";
import type { App } from "../fake-obsidian";
import { loadVaultFolder, makeApp } from "../fake-obsidian/fixture";
import { coldThenSaved, shardHolding, SHARD_DIR, splitShard } from "./cache-files";
import { CACHE_PATH, liveIndexFor, questionTexts } from "./live-index-helpers";
import { migrateSettings } from "../../src/core/settings";
import { QUESTION_KEY_VERSION, questionKey } from "../../src/core/normalize";

const ENGLISH = "English/behavioral.md";

/** Every field of every question, ids and keys included. */
const plainQuestions = (h: Awaited<ReturnType<typeof warmStart>>): unknown => JSON.parse(JSON.stringify(h.index.getIndex().questions)) as unknown;

async function warmStart(app: App) {
	const warm = await liveIndexFor(app, {}, { cache: true });
	await warm.index.start();
	return warm;
}

/** The cache's manifest and every shard's head with `change` written over them (the shards' text kept). */
async function rewriteHeads(app: App, change: Record<string, number>): Promise<void> {
	const manifest = JSON.parse(await app.vault.adapter.read(CACHE_PATH)) as { shards: number };
	await app.vault.adapter.write(CACHE_PATH, JSON.stringify({ ...manifest, ...change }));
	for (let i = 0; i < manifest.shards; i++) {
		const { head, tail } = splitShard(await app.vault.adapter.read(`${SHARD_DIR}${i}.json`));
		await app.vault.adapter.write(`${SHARD_DIR}${i}.json`, `${JSON.stringify({ ...head, ...change })}\n${tail}`);
	}
}

describe("parse cache files", () => {
	it("a shard cut short (in its head, at its end, in its text) costs only its own notes a parse", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const shardPath = await shardHolding(app, ENGLISH);
		const whole = await app.vault.adapter.read(shardPath);
		const inShard = Object.keys(splitShard(whole).head.entries).sort();
		const nl = whole.indexOf("\n");
		for (const at of [nl >> 1, nl, nl + 1, (nl + whole.length) >> 1, whole.length - 1]) {
			await app.vault.adapter.write(shardPath, whole.slice(0, at));
			const warm = await warmStart(app);
			expect([...warm.parsed].sort(), `cut at ${at} of ${whole.length}`).toEqual(inShard);
			expect(questionTexts(warm)).toEqual(questionTexts(first));
			await app.vault.adapter.write(shardPath, whole);
		}
	});

	it("an entry pointing outside its shard's text is parsed again; the rest of the shard is used", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const shardPath = await shardHolding(app, ENGLISH);
		const { head, tail } = splitShard(await app.vault.adapter.read(shardPath));
		const q = head.entries[ENGLISH].q as number[];
		// The last question's answer (the record's 8th of 15 numbers): its length now goes past the end of the text.
		q[q.length - 15 + 7] = tail.length;
		await app.vault.adapter.write(shardPath, `${JSON.stringify(head)}\n${tail}`);
		const warm = await warmStart(app);
		expect(warm.parsed).toEqual([ENGLISH]);
		expect(questionTexts(warm)).toEqual(questionTexts(first));
	});

	it("a cache another format wrote is discarded, everything parsed and written anew, then used", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const file = app.vault.getFileByPath(ENGLISH)!;
		const options = parseOptionsKey(migrateSettings({}));
		// As the previous version (format 2) wrote it: one JSON object per shard, questions as arrays of
		// strings, here one that is not in the note: trusted, it would show.
		const stale = ["Stale question?", "heading", 1, 2, 0, 0, [], "", 0, "", "", "", 0];
		const old = { format: 2, parser: PARSER_VERSION, options, shards: 1 };
		await app.vault.adapter.write(CACHE_PATH, JSON.stringify(old));
		await app.vault.adapter.write(`${SHARD_DIR}0.json`, JSON.stringify({ ...old, index: 0, entries: { [ENGLISH]: { m: file.stat.mtime, s: file.stat.size, q: [stale], l: [], w: [] } } }));
		const h = await warmStart(app);
		expect(h.parsed.length).toBe(first.parsed.length);
		expect(questionTexts(h)).toEqual(questionTexts(first));
		h.timers.runAll();
		await h.index.stop();
		expect((JSON.parse(await app.vault.adapter.read(CACHE_PATH)) as { format: number }).format).toBe(5);
		const warm = await warmStart(app);
		expect(warm.parsed).toEqual([]);
		expect(questionTexts(warm)).toEqual(questionTexts(first));
	});

	it("a cache in this layout under another format number is not used", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const manifest = JSON.parse(await app.vault.adapter.read(CACHE_PATH)) as { format: number };
		await rewriteHeads(app, { format: manifest.format - 1 });
		const warm = await warmStart(app);
		expect(warm.parsed.length).toBe(first.parsed.length);
	});

	it("a cache the previous format (3) wrote is discarded, even an entry whose numbers would fit this layout", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const file = app.vault.getFileByPath(ENGLISH)!;
		const options = parseOptionsKey(migrateSettings({}));
		// As format 3 wrote it: 14 numbers a question, no keys. 15 questions make 210 numbers, a whole number of
		// this layout's 15; and all of them 0 (empty texts, no answer, line 0), so each is a valid field of this
		// layout too: read as this layout, 14 empty questions would be trusted. Only the format tells them apart.
		const q = new Array<number>(15 * 14).fill(0);
		const old = { format: 3, parser: PARSER_VERSION, options, shards: 1 };
		await app.vault.adapter.write(CACHE_PATH, JSON.stringify(old));
		await app.vault.adapter.write(`${SHARD_DIR}0.json`, `${JSON.stringify({ ...old, index: 0, tail: 0, entries: { [ENGLISH]: { m: file.stat.mtime, s: file.stat.size, o: 0, q, t: [[]], l: [], w: [] } } })}\n`);
		const h = await warmStart(app);
		expect(h.parsed.length).toBe(first.parsed.length);
		expect(plainQuestions(h)).toEqual(plainQuestions(first));
		h.timers.runAll();
		await h.index.stop();
		const warm = await warmStart(app);
		expect(warm.parsed).toEqual([]);
		expect(plainQuestions(warm)).toEqual(plainQuestions(first));
	});

	it("keys another version of questionKey made are not used: every note is parsed again, the index is as a cold start's", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const manifest = JSON.parse(await app.vault.adapter.read(CACHE_PATH)) as { keys: number };
		expect(manifest.keys).toBe(QUESTION_KEY_VERSION);
		await rewriteHeads(app, { keys: manifest.keys + 1 });
		const warm = await warmStart(app);
		expect(warm.parsed.length).toBe(first.parsed.length);
		expect(plainQuestions(warm)).toEqual(plainQuestions(first));
	});

	it("a save keeps the entries loaded but not yet asked for, with their text", async () => {
		const app = makeApp();
		const note = (path: string, answer: string): ParsedNote => ({
			path,
			questions: [{ text: `What about ${path}?`, form: "heading", line: 1, endLine: 3, answerLines: { start: 2, end: 3 }, topic: ["话题"], answerMarkdown: answer, answered: true, parts: { hint: "", answer: answer.slice(2), context: "" }, star: { situation: false, task: true, action: false, result: false } }],
			warnings: [],
		});
		const a = note("a.md", "> 先说结论，再说 \"why\" \\ and how.\n");
		const b = note("b.md", "Because.");
		const first = new ParseCache(app.vault.adapter, CACHE_PATH, "o");
		first.set("a.md", 1, 10, a);
		await first.save();
		const second = new ParseCache(app.vault.adapter, CACHE_PATH, "o");
		await second.load();
		// b.md joins the shard a.md is in; a.md is not asked for before the save.
		second.set("b.md", 2, 20, b);
		await second.save();
		const third = new ParseCache(app.vault.adapter, CACHE_PATH, "o");
		await third.load();
		// (As ready questions: the parsed fields, then the index's, path and key among them.)
		expect(third.get("a.md", 1, 10)).toMatchObject(a);
		const bBack = third.get("b.md", 2, 20);
		expect(bBack).toMatchObject(b);
		expect(bBack?.questions[0]).toMatchObject({ path: "b.md", key: questionKey(b.questions[0].text), id: "" });
		expect(third.stats).toEqual({ hits: 2, misses: 0, rejected: 0 });
	});
});
