// The parse cache: a warm start parses nothing; a changed, stale or broken cache is never trusted.
import { describe, expect, it } from "vitest";
import { PARSER_VERSION } from "../../src/core/parse/parse-note";
import type { App } from "../fake-obsidian";
import { loadVaultFolder, makeApp } from "../fake-obsidian/fixture";
import { CACHE_PATH, liveIndexFor, questionTexts } from "./live-index-helpers";

const ENGLISH = "English/behavioral.md";

async function coldThenSaved(app: App) {
	const first = await liveIndexFor(app, {}, { cache: true });
	await first.index.start();
	first.timers.runAll(); // the cache is written once the first build is done
	await first.index.stop();
	return first;
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
		const stored = JSON.parse(await app.vault.adapter.read(CACHE_PATH)) as { entries: Record<string, { q: unknown }> };
		stored.entries[ENGLISH].q = [{ text: 42 }];
		await app.vault.adapter.write(CACHE_PATH, JSON.stringify(stored));
		const warm = await liveIndexFor(app, {}, { cache: true });
		await warm.index.start();
		expect(warm.parsed).toEqual([ENGLISH]);
		expect(questionTexts(warm)).toEqual(questionTexts(first));
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
