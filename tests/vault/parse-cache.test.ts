// The parse cache: a warm start parses nothing; a changed, stale or broken cache is never trusted.
import { describe, expect, it } from "vitest";
import { PARSER_VERSION } from "../../src/core/parse/parse-note";
import { loadVaultFolder, makeApp } from "../fake-obsidian/fixture";
import { coldThenSaved, PAIRS_PATH, shardHolding, SHARD_DIR, splitShard } from "./cache-files";
import { CACHE_PATH, liveIndexFor, questionTexts } from "./live-index-helpers";

const ENGLISH = "English/behavioral.md";

/** The whole index as plain data (byId as sorted ids: a lookup's order means nothing). */
function plainIndex(h: { index: { getIndex(): { questions: unknown[]; gaps: string[]; byId: Map<string, unknown> } } }): unknown {
	const i = h.index.getIndex();
	return JSON.parse(JSON.stringify({ questions: i.questions, gaps: i.gaps, ids: [...i.byId.keys()].sort() })) as unknown;
}

describe("parse cache", () => {
	it("a warm start gives the same questions without parsing any note", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		expect(first.parsed.length).toBeGreaterThan(0);
		expect(await app.vault.adapter.exists(CACHE_PATH)).toBe(true);

		const warm = await liveIndexFor(app, {}, { cache: true });
		await warm.index.start();
		expect(warm.parsed).toEqual([]);
		expect(questionTexts(warm)).toEqual(questionTexts(first));
	});

	it("a note changed while Obsidian was closed is parsed again, the others are not", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		await coldThenSaved(app);
		const file = app.vault.getFileByPath(ENGLISH)!;
		await app.vault.modify(file, `${await app.vault.read(file)}\n\n## What motivates you?\n\nLearning.\n`);
		const warm = await liveIndexFor(app, {}, { cache: true });
		await warm.index.start();
		expect(warm.parsed).toEqual([ENGLISH]);
		expect(questionTexts(warm)).toContain("What motivates you?");
	});

	it("an unreadable cache file is ignored and everything is parsed", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		await app.vault.adapter.write(CACHE_PATH, '{"format":1,"entries":{'); // cut off mid-write
		const warm = await liveIndexFor(app, {}, { cache: true });
		await warm.index.start();
		expect(warm.parsed.length).toBe(first.parsed.length);
		expect(questionTexts(warm)).toEqual(questionTexts(first));
	});

	it("a cache from another parser version or other label words is not used", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const stored = JSON.parse(await app.vault.adapter.read(CACHE_PATH)) as { parser: number };
		expect(stored.parser).toBe(PARSER_VERSION);
		await app.vault.adapter.write(CACHE_PATH, JSON.stringify({ ...stored, parser: PARSER_VERSION + 1 }));
		const otherVersion = await liveIndexFor(app, {}, { cache: true });
		await otherVersion.index.start();
		expect(otherVersion.parsed.length).toBe(first.parsed.length);

		await coldThenSaved(app);
		const otherLabels = await liveIndexFor(app, { promptHeadings: false }, { cache: true });
		await otherLabels.index.start();
		expect(otherLabels.parsed.length).toBe(first.parsed.length);
	});

	it("a tampered entry (wrong shape) is dropped, not trusted", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const shardPath = await shardHolding(app, ENGLISH);
		const { head, tail } = splitShard(await app.vault.adapter.read(shardPath));
		head.entries[ENGLISH].q = [{ text: 42 }];
		await app.vault.adapter.write(shardPath, `${JSON.stringify(head)}\n${tail}`);
		const warm = await liveIndexFor(app, {}, { cache: true });
		await warm.index.start();
		expect(warm.parsed).toEqual([ENGLISH]);
		expect(questionTexts(warm)).toEqual(questionTexts(first));
	});

	it("a damaged shard costs only its own notes a parse", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const shardPath = await shardHolding(app, ENGLISH);
		const inShard = Object.keys(splitShard(await app.vault.adapter.read(shardPath)).head.entries);
		await app.vault.adapter.write(shardPath, "{not json");
		const warm = await liveIndexFor(app, {}, { cache: true });
		await warm.index.start();
		expect([...warm.parsed].sort()).toEqual([...inShard].sort());
		expect(questionTexts(warm)).toEqual(questionTexts(first));
	});

	it("an edit rewrites only the shard holding that note", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const h = await liveIndexFor(app, {}, { cache: true });
		await h.index.start();
		h.timers.runAll();
		await h.cache!.save(); // after the first build's save
		const before = new Map(app.vault.adapter.files);
		const file = app.vault.getFileByPath(ENGLISH)!;
		await app.vault.modify(file, `${await app.vault.read(file)}\n\n## What motivates you?\n\nLearning.\n`);
		await h.index.whenIdle();
		h.timers.runAll();
		await h.index.stop();
		const changed = [...app.vault.adapter.files].filter(([p, f]) => p.startsWith(SHARD_DIR) && before.get(p)?.text !== f.text).map(([p]) => p);
		// The note's shard, and the variant pairs (a new question brought a new key).
		expect(changed.sort()).toEqual([await shardHolding(app, ENGLISH), PAIRS_PATH].sort());
		const warm = await liveIndexFor(app, {}, { cache: true });
		await warm.index.start();
		expect(warm.parsed).toEqual([]);
		expect(questionTexts(warm)).toContain("What motivates you?");
	});

	it("starts from the saved variant pairs: same index as the cold build, nothing parsed", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const saved = JSON.parse(await app.vault.adapter.read(PAIRS_PATH)) as { pairs: { keys: string[]; near: number[] } };
		// Under the cache's whole head, or the next start would not take them.
		expect({ ...saved, pairs: undefined }).toEqual({ ...(JSON.parse(await app.vault.adapter.read(CACHE_PATH)) as object), pairs: undefined });
		expect(saved.pairs.keys.length).toBeGreaterThan(10);
		// The seeds' variants (如何挖掘客户的潜在需求？ and its numbered twin, …) are pairs.
		expect(saved.pairs.near.length).toBeGreaterThan(0);
		const warm = await liveIndexFor(app, {}, { cache: true });
		await warm.index.start();
		expect(warm.parsed).toEqual([]);
		expect(plainIndex(warm)).toEqual(plainIndex(first));
	});

	it("ignores saved pairs that were tampered with or cut short, and builds the same index", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const text = await app.vault.adapter.read(PAIRS_PATH);
		const file = JSON.parse(text) as { pairs: { keys: string[]; near: number[] } };
		// Two unrelated keys claimed alike: refused, or the index would merge them.
		const forged = { ...file, pairs: { ...file.pairs, near: [...file.pairs.near, 0, file.pairs.keys.length - 1] } };
		for (const bad of [JSON.stringify(forged), text.slice(0, text.length >> 1), "null"]) {
			await app.vault.adapter.write(PAIRS_PATH, bad);
			const warm = await liveIndexFor(app, {}, { cache: true });
			await warm.index.start();
			expect(plainIndex(warm)).toEqual(plainIndex(first));
		}
	});

	it("after a change of the parse settings the saved pairs are written again under the new settings, and the next start uses them", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const h = await liveIndexFor(app, {}, { cache: true });
		await h.index.start();
		h.timers.runAll();
		h.settings.current = { ...h.settings.current, labels: { ...h.settings.current.labels, hint: [...h.settings.current.labels.hint, "要点"] } };
		await h.index.settingsChanged();
		h.timers.runAll();
		await h.index.stop();
		const manifest = JSON.parse(await app.vault.adapter.read(CACHE_PATH)) as { options: string };
		const pairs = JSON.parse(await app.vault.adapter.read(PAIRS_PATH)) as { options: string };
		expect(pairs.options).toBe(manifest.options);
		const warm = await liveIndexFor(app, {}, { cache: true });
		warm.settings.current = h.settings.current;
		await warm.index.start();
		expect(warm.parsed).toEqual([]);
		expect(plainIndex(warm)).toEqual(plainIndex(h));
	});

	it("keeps answer parts as they were parsed", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		const first = await coldThenSaved(app);
		const warm = await liveIndexFor(app, {}, { cache: true });
		await warm.index.start();
		const strip = (h: typeof first) => h.index.getIndex().questions.map((q) => JSON.parse(JSON.stringify(q)) as unknown);
		expect(strip(warm)).toEqual(strip(first));
	});

	it("a failing disk does not stop the index", async () => {
		const app = makeApp({ files: loadVaultFolder() });
		app.vault.adapter.failing = true;
		const h = await liveIndexFor(app, {}, { cache: true });
		await h.index.start();
		h.timers.runAll();
		await h.index.stop();
		expect(h.index.getStatus().state).toBe("ready");
		expect(h.index.getIndex().questions.length).toBeGreaterThan(0);
	});
});
