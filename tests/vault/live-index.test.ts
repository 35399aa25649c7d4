// The live index over the fake Obsidian: first build, edits, renames, deletes, links to hubs, settings.
import { beforeEach, describe, expect, it } from "vitest";
import type { App } from "../fake-obsidian";
import { loadVaultFolder, makeApp } from "../fake-obsidian/fixture";
import { parseNote } from "../../src/core/parse/parse-note";
import { HUB, liveIndexFor, questionTexts, type Harness } from "./live-index-helpers";

const ANSWERS = "面试回答/角度回答.md";
const DIARY = "日记/2024-05-01.md";
const ENGLISH = "English/behavioral.md";

let app: App;
let h: Harness;

beforeEach(async () => {
	app = makeApp({ files: loadVaultFolder() });
	h = await liveIndexFor(app);
});

describe("first build", () => {
	it("stays cold until started, then indexes the prep notes only", async () => {
		expect(h.index.getStatus().state).toBe("cold");
		expect(h.parsed).toEqual([]);
		await h.index.start();
		const status = h.index.getStatus();
		expect(status.state).toBe("ready");
		expect(status.done).toBe(status.total);
		expect(h.index.getPrepSet()?.paths).toContain(ANSWERS);
		expect(h.index.getPrepSet()?.paths).not.toContain(DIARY);
		expect(h.parsed).not.toContain(DIARY);
		expect(questionTexts(h)).toContain("Tell me about a time you disagreed with a teammate");
		expect(h.index.getIndex().questions.some((q) => q.path === DIARY)).toBe(false);
	});

	it("parses the hub and its nearest notes before farther ones, yielding between slices", async () => {
		// A chain: hub ← near ← far (depth 2), and many notes a hub's step away.
		const files: Record<string, string> = { "hub.md": "# Hub\n\n## 为什么选择这个岗位？\n\n因为喜欢。" };
		for (let i = 0; i < 20; i++) files[`near${i}.md`] = `[[hub]]\n\n## 问题${i}？\n\n回答${i}。`;
		files["far.md"] = "[[near0]]\n\n## 远处的问题？\n\n回答。";
		const big = makeApp({ files });
		const hh = await liveIndexFor(big, { hubs: ["hub"], depth: 2 }, { msPerParse: 5 });
		await hh.index.start();
		expect(hh.parsed[0]).toBe("hub.md");
		expect(hh.parsed[hh.parsed.length - 1]).toBe("far.md");
		// 22 notes at 5 ms each with a 12 ms budget: the work was cut into slices.
		expect(hh.yields.count).toBeGreaterThanOrEqual(7);
	});

	it("builds a partial index for the views while a long first build runs, none the full one would soon follow", async () => {
		// Each build of the index is counted in its revision; notes parse in 5 ms each on the test's clock.
		const revisionsFor = async (notes: number): Promise<number> => {
			const files: Record<string, string> = { "hub.md": "# Hub\n\n## 为什么选择这个岗位？\n\n因为喜欢。" };
			for (let i = 1; i < notes; i++) files[`near${i}.md`] = `[[hub]]\n\n## 问题${i}？\n\n回答${i}。`;
			const hh = await liveIndexFor(makeApp({ files }), { hubs: ["hub"], depth: 1 }, { msPerParse: 5 });
			await hh.index.start();
			expect(hh.index.getIndex().questions).toHaveLength(notes);
			return hh.index.getStatus().revision;
		};
		// 1 s of notes: the first note's index (a card at once), one at 0.3 s and 0.6 s, then the full one.
		// At 0.9 s the rest (17 notes, 85 ms) is due before another partial index would be: none is built.
		expect(await revisionsFor(200)).toBe(4);
		// 0.5 s of notes: at 0.3 s the rest takes 0.2 s, so only the first note's index comes before the full one.
		expect(await revisionsFor(100)).toBe(2);
	});

	it("publishes the cached notes' questions at the first note it parses, however fast the cache was read", async () => {
		// 50 notes the cache holds (read in no time), then 100 changed since, parsed in 5 ms each.
		const files: Record<string, string> = { "hub.md": "# Hub\n\n## 为什么选择这个岗位？\n\n因为喜欢。" };
		for (let i = 0; i < 50; i++) files[`a-kept${i}.md`] = `[[hub]]\n\n## 保留的问题${i}？\n\n回答${i}。`;
		for (let i = 0; i < 100; i++) files[`b-edited${i}.md`] = `[[hub]]\n\n## 问题${i}？\n\n回答${i}。`;
		const app = makeApp({ files });
		const first = await liveIndexFor(app, { hubs: ["hub"], depth: 1 }, { cache: true });
		await first.index.start();
		first.timers.runAll();
		await first.index.stop();
		for (let i = 0; i < 100; i++) await app.vault.modify(app.vault.getFileByPath(`b-edited${i}.md`)!, `[[hub]]\n\n## 改过的问题${i}？\n\n回答${i}。`);
		const next = await liveIndexFor(app, { hubs: ["hub"], depth: 1 }, { cache: true, msPerParse: 5 });
		// What the views had when the second changed note was read.
		let shown = -1;
		const read = app.vault.cachedRead.bind(app.vault);
		app.vault.cachedRead = (file) => {
			if (file.path === "b-edited1.md") shown = next.index.getIndex().questions.length;
			return read(file);
		};
		await next.index.start();
		expect(next.parsed).toHaveLength(100);
		// The hub, the 50 kept notes and the first changed one; then the full index (the rest never 0.3 s away).
		expect(shown).toBe(52);
		expect(next.index.getStatus().revision).toBe(2);
	});

	it("tells listeners once, after the quiet time, with a new revision", async () => {
		let told = 0;
		h.index.onChange(() => told++);
		await h.index.start();
		const rev = h.index.getStatus().revision;
		expect(told).toBe(0);
		h.timers.runAll();
		expect(told).toBe(1);
		expect(rev).toBeGreaterThan(0);
	});
});

describe("incremental updates", () => {
	beforeEach(async () => {
		await h.index.start();
		h.parsed.length = 0;
	});

	it("an edit re-parses exactly that note", async () => {
		const file = app.vault.getFileByPath(ENGLISH)!;
		const text = await app.vault.read(file);
		await app.vault.modify(file, `${text}\n\n## Why should we hire you?\n\nI learn fast.\n`);
		await h.index.whenIdle();
		expect(h.parsed).toEqual([ENGLISH]);
		expect(questionTexts(h)).toContain("Why should we hire you?");
	});

	it("a note edited again reads only the pieces the edit changed, and gets a fresh parse's questions", async () => {
		expect(h.memos.every((m) => m === undefined)).toBe(true); // the first build keeps no syntax trees
		const file = app.vault.getFileByPath(ENGLISH)!;
		const more = Array.from({ length: 300 }, (_, i) => `## Question ${i}: why did you choose project ${i}?\n\nBecause it mattered.`);
		const big = [await app.vault.read(file), ...more].join("\n\n");
		const edited = big.replace("project 150?\n\nBecause it mattered.", "project 150?\n\nBecause it mattered to the team.");
		for (const text of [big, edited]) {
			await app.vault.modify(file, text);
			await h.index.whenIdle();
		}
		const memo = h.memos[h.memos.length - 1]!;
		expect(memo.stats.pieces).toBeGreaterThan(3);
		expect(memo.stats.piecesReused).toBe(memo.stats.pieces - 1);
		const note = h.index.getNotes().find((n) => n.path === ENGLISH);
		// (Its questions in the index's shape: the parse's fields, and the index's.)
		expect(note).toMatchObject(parseNote(ENGLISH, edited, h.settings.current));
		expect(note?.questions.length).toBe(parseNote(ENGLISH, edited, h.settings.current).questions.length);
		expect(questionTexts(h).filter((t) => t.includes("why did you choose project"))).toHaveLength(300);
	});

	it("a rename keeps the note's questions under the new path without parsing", async () => {
		const before = h.index.getIndex().questions.filter((q) => q.path === ENGLISH).length;
		await app.vault.rename(app.vault.getFileByPath(ENGLISH)!, "English/interview-behavioral.md");
		await h.index.whenIdle();
		expect(h.parsed).toEqual([]);
		expect(h.index.getIndex().questions.filter((q) => q.path === "English/interview-behavioral.md").length).toBe(before);
		expect(h.index.getIndex().questions.some((q) => q.path === ENGLISH)).toBe(false);
	});

	it("a delete takes the note's questions out", async () => {
		await app.vault.delete(app.vault.getFileByPath(ENGLISH)!);
		await h.index.whenIdle();
		expect(questionTexts(h)).not.toContain("Tell me about a time you disagreed with a teammate");
		expect(h.index.getPrepSet()?.paths).not.toContain(ENGLISH);
	});

	it("linking a note to the hub brings it in; unlinking takes it out", async () => {
		const diary = app.vault.getFileByPath(DIARY)!;
		const text = await app.vault.read(diary);
		await app.vault.modify(diary, `[[${HUB}]]\n${text}`);
		await h.index.whenIdle();
		expect(h.index.getPrepSet()?.paths).toContain(DIARY);
		expect(questionTexts(h)).toContain("今天学到了什么？");
		await app.vault.modify(diary, text);
		await h.index.whenIdle();
		expect(h.index.getPrepSet()?.paths).not.toContain(DIARY);
		expect(questionTexts(h)).not.toContain("今天学到了什么？");
	});

	it("a new note that links to the hub is indexed when it appears", async () => {
		await app.vault.create("新笔记.md", `[[${HUB}]]\n\n## 你的缺点是什么？\n\n太较真。`);
		await h.index.whenIdle();
		expect(questionTexts(h)).toContain("你的缺点是什么？");
		expect(h.parsed).toContain("新笔记.md");
	});

	it("an edit that changes no link does not recompute which notes are in", async () => {
		const diary = app.vault.getFileByPath(DIARY)!;
		await app.vault.modify(diary, "# 2024-05-02\n\n只是日记。");
		await h.index.whenIdle();
		expect(h.parsed).toEqual([]);
		expect(h.index.getPrepSet()?.paths).not.toContain(DIARY);
	});
});

describe("settings changes", () => {
	beforeEach(async () => {
		await h.index.start();
		h.parsed.length = 0;
	});

	it("no hubs means no prep notes and an empty index", async () => {
		h.settings.current = { ...h.settings.current, hubs: [] };
		await h.index.settingsChanged();
		expect(h.index.getStatus().total).toBe(0);
		expect(h.index.getIndex().questions).toEqual([]);
	});

	it("an extra folder brings its notes in without touching the others", async () => {
		h.settings.current = { ...h.settings.current, extraFolders: ["日记"] };
		await h.index.settingsChanged();
		expect(h.parsed).toEqual([DIARY]);
		expect(questionTexts(h)).toContain("今天学到了什么？");
	});

	it("turning prompt headings off re-parses every prep note and drops prompt questions", async () => {
		expect(questionTexts(h)).toContain("离职的原因");
		const total = h.index.getStatus().total;
		h.settings.current = { ...h.settings.current, promptHeadings: false };
		await h.index.settingsChanged();
		expect(h.parsed.length).toBe(total);
		expect(questionTexts(h)).not.toContain("离职的原因");
	});
});
