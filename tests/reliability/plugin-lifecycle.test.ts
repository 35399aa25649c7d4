// @vitest-environment happy-dom
// The running plugin while notes move under it and Obsidian closes: no crash, no grading lost.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, type App } from "../fake-obsidian";
import { ANSWERS, PLUGIN_ID, DEVICE, makeVault, openQuiz, PLUGIN_DIR, savedInDataJson, savedInOwnFile, settle, start, drain, type Loaded } from "./plugin-harness";

const COMPLAINT = "如何处理客户投诉？";
const STRENGTH = "你的优点是什么？";
/** Slight rewordings: a new id, close enough for the history to follow. */
const REWORDED: Record<string, string> = { [COMPLAINT]: "你一般如何处理客户的投诉？", [STRENGTH]: "你觉得自己的优点是什么？" };

let app: App;
beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2025, 5, 1, 2) });
	Notice.clear();
	app = makeVault();
});
afterEach(() => vi.useRealTimers());

function idOf(plugin: Loaded, text: string): string {
	const q = plugin.core.services.getIndex().questions.find((x) => x.text === text);
	expect(q, text).toBeDefined();
	return q!.id;
}

/** Reveal and grade the card in hand; returns the question graded. */
function grade(quiz: Awaited<ReturnType<typeof openQuiz>>, rating: "1" | "2" | "3" | "4"): string {
	const shown = quiz.question() ?? "";
	quiz.press(" ");
	expect(quiz.view().contentEl.querySelector(".ip-quiz-grades"), "grade buttons after reveal").not.toBeNull();
	quiz.press(rating);
	return shown;
}

describe("notes renamed, moved or deleted while the quiz is open", () => {
	it("renaming and moving the note of the card in hand: grading still counts, history stays with the question", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		const first = grade(quiz, "3");
		await settle(plugin);
		const id = idOf(plugin, first);

		// Rename, then move to another folder, while the next card is in hand and revealed.
		const inHand = quiz.question();
		quiz.press(" ");
		await app.fileManager.renameFile(app.vault.getFileByPath(ANSWERS)!, "面试/回答-改名.md");
		await settle(plugin);
		await app.fileManager.renameFile(app.vault.getFileByPath("面试/回答-改名.md")!, "归档/回答.md");
		await settle(plugin);
		expect(quiz.question()).toBe(inHand);
		quiz.press("4");
		await settle(plugin);

		const { services } = plugin.core;
		// The moved note is still in the prep set (the hub's link followed the rename) and its questions kept their ids.
		expect(services.getPrepSet()?.paths).toContain("归档/回答.md");
		expect(idOf(plugin, first)).toBe(id);
		expect(services.getIndex().questions.find((q) => q.id === id)?.path).toBe("归档/回答.md");
		expect(services.reviews.card(id)?.reps).toBe(1);
		expect(services.reviews.card(idOf(plugin, inHand!))?.reps).toBe(1);
		expect(savedInDataJson(app).map((e) => e.rating).sort()).toEqual([3, 4]);
	});

	it("deleting the note of the card in hand: no crash, the grading is kept, the quiz moves on", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		const shown = quiz.question();
		const id = idOf(plugin, shown!);
		quiz.press(" ");
		await app.fileManager.trashFile(app.vault.getFileByPath(ANSWERS)!);
		await settle(plugin);
		// Grading what was on screen still works and is saved, even though its note is gone.
		quiz.press("2");
		await settle(plugin);
		expect(plugin.core.services.reviews.reviewsOf(id).map((e) => e.rating)).toEqual([2]);
		expect(savedInDataJson(app).map((e) => e.qid)).toEqual([id]);
		expect(plugin.core.services.getIndex().questions.some((q) => q.path === ANSWERS)).toBe(false);
		expect(quiz.question()).not.toBe(shown);

		// The note comes back (undo in the file explorer, a sync): its history is there again.
		await app.vault.create(ANSWERS, `[[面试准备]]\n\n## ${shown}\n\n> 回来了。\n`);
		await settle(plugin);
		expect(plugin.core.services.reviews.card(idOf(plugin, shown!))?.reps).toBe(1);
	});
});

describe("an edit to the question under the cursor while it is being graded", () => {
	it("the grading goes to the question shown, and its history follows the reworded question", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		const shown = quiz.question();
		const oldId = idOf(plugin, shown!);
		quiz.press(" ");
		// The person rewords the question in the editor beside the quiz, between reveal and grade.
		const file = app.vault.getFileByPath(ANSWERS)!;
		const newWords = REWORDED[shown!];
		await app.vault.process(file, (text) => text.replace(`## ${shown}`, `## ${newWords}`));
		await vi.advanceTimersByTimeAsync(500);
		quiz.press("3");
		await settle(plugin);

		const { services } = plugin.core;
		const reworded = services.getIndex().questions.find((q) => q.text === newWords);
		expect(reworded).toBeDefined();
		expect(reworded!.id).not.toBe(oldId);
		expect(services.reviews.card(reworded!.id)?.reps).toBe(1);
		// On disk: the grading, and the alias that moves it to the new id.
		expect(savedInDataJson(app).map((e) => [e.qid, e.rating])).toEqual([[oldId, 3]]);
		const log = plugin.core.services.reviews.ownLog();
		expect(log.events.some((e) => e.kind === "alias" && e.from === oldId && e.to === reworded!.id)).toBe(true);
	});
});

describe("Obsidian closing mid-save", () => {
	it("closing while a save is still waiting for its quiet time writes it", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		grade(quiz, "3");
		// No time passes: the debounced save has not run yet.
		expect(savedInDataJson(app)).toEqual([]);
		plugin.unload();
		await drain();
		expect(savedInDataJson(app).map((e) => e.rating)).toEqual([3]);
		expect(savedInOwnFile(app)?.map((e) => e.rating)).toEqual([3]);
	});

	it("closing while a save is being written: the save in progress and the grading after it both land", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		grade(quiz, "3");
		// Let the debounce fire; hold the adapter's write of the review file half-way.
		const adapter = app.vault.adapter;
		const realWrite = adapter.write.bind(adapter);
		let release: () => void = () => undefined;
		const gate = new Promise<void>((r) => (release = r));
		const held = vi.spyOn(adapter, "write").mockImplementationOnce(async (p, d, o) => {
			await gate;
			return realWrite(p, d, o);
		});
		await vi.advanceTimersByTimeAsync(2500);
		expect(held).toHaveBeenCalled();
		grade(quiz, "1");
		plugin.unload();
		release();
		await drain();
		expect(savedInDataJson(app).map((e) => e.rating)).toEqual([3, 1]);
		expect(savedInOwnFile(app)?.map((e) => e.rating)).toEqual([3, 1]);
	});

	it("a save that fails midway leaves the previous files readable, and the next save writes everything", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		grade(quiz, "3");
		await vi.advanceTimersByTimeAsync(2500);
		const ownPath = `${PLUGIN_DIR}/reviews/${DEVICE}.json`;
		const before = app.vault.adapter.files.get(ownPath)?.text;
		expect(savedInOwnFile(app)?.map((e) => e.rating)).toEqual([3]);

		// The disk fails while the review file is written (after data.json went through).
		const adapter = app.vault.adapter;
		const fail = vi.spyOn(adapter, "write").mockRejectedValueOnce(new Error("disk full"));
		grade(quiz, "4");
		await expect(plugin.core.reviewFiles.flush()).rejects.toThrow("disk full");
		expect(fail).toHaveBeenCalled();
		// The previous file is untouched and still reads.
		expect(app.vault.adapter.files.get(ownPath)?.text).toBe(before);
		expect(savedInOwnFile(app)?.map((e) => e.rating)).toEqual([3]);

		// Next save (a later grading, or closing Obsidian) retries and writes both.
		plugin.unload();
		await drain();
		expect(savedInOwnFile(app)?.map((e) => e.rating)).toEqual([3, 4]);
		expect(savedInDataJson(app).map((e) => e.rating)).toEqual([3, 4]);
	});
	it("a background save that fails is tried again by itself (Obsidian may be killed before any later change)", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		const fail = vi.spyOn(app.vault.adapter, "write").mockRejectedValueOnce(new Error("file locked"));
		grade(quiz, "3");
		await vi.advanceTimersByTimeAsync(2500);
		expect(fail).toHaveBeenCalled();
		// No further grading, no unload: the grading still reaches the disk.
		await vi.advanceTimersByTimeAsync(10_000);
		expect(savedInOwnFile(app)?.map((e) => e.rating)).toEqual([3]);
		expect(savedInDataJson(app).map((e) => e.rating)).toEqual([3]);
		plugin.unload();
	});
});

describe("a disk that keeps refusing to save", () => {
	it("tells the person once, backs off, and saves when the disk is back", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		Notice.clear();
		const fail = vi.spyOn(app.vault.adapter, "write").mockRejectedValue(new Error("disk full"));
		grade(quiz, "3");
		await vi.advanceTimersByTimeAsync(5 * 60_000);
		// Tried again, but not every two seconds for five minutes (150 tries).
		const tries = fail.mock.calls.length;
		expect(tries).toBeGreaterThan(2);
		expect(tries).toBeLessThan(40);
		const warnings = Notice.messages.filter((m) => m.includes("disk full"));
		expect(warnings).toHaveLength(1);
		fail.mockRestore();
		await vi.advanceTimersByTimeAsync(2 * 60_000);
		expect(savedInOwnFile(app)?.map((e) => e.rating)).toEqual([3]);
		plugin.unload();
	});
});

describe("a sync that rewrites data.json while a grading waits to be saved", () => {
	it("keeps the grading made a moment before", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		grade(quiz, "3");
		await vi.advanceTimersByTimeAsync(2500);
		grade(quiz, "4");
		// Before the debounced save, Obsidian Sync brings a data.json with another device's key merged in.
		const synced = structuredClone(app.pluginData.get(PLUGIN_ID)) as Record<string, unknown>;
		synced["log:devB"] = { device: "devB", seq: 1, ev: [] };
		app.pluginData.set(PLUGIN_ID, synced);
		await plugin.onExternalSettingsChange();
		expect(plugin.core.services.reviews.ownLog().events.filter((e) => e.kind === "review").map((e) => (e as { rating: number }).rating)).toEqual([3, 4]);
		plugin.unload();
		await drain();
		expect(savedInDataJson(app).map((e) => e.rating)).toEqual([3, 4]);
		expect(savedInOwnFile(app)?.map((e) => e.rating)).toEqual([3, 4]);
	});
});

describe("restart after all that", () => {
	it("a fresh load reads back every grading", async () => {
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		grade(quiz, "3");
		grade(quiz, "2");
		plugin.unload();
		await drain();

		// Same device, same data on disk: a new app instance reading it.
		const again = makeVault(undefined, app.pluginData.get("interview-prep"));
		for (const [p, f] of app.vault.adapter.files) again.vault.adapter.files.set(p, { ...f });
		const reloaded = await start(again);
		const all = reloaded.core.services.reviews.ownLog().events.filter((e) => e.kind === "review");
		expect(all).toHaveLength(2);
		expect([COMPLAINT, STRENGTH].map((t) => reloaded.core.services.reviews.card(idOf(reloaded, t))?.reps)).toEqual([1, 1]);
		expect(DEVICE).toBe(reloaded.core.services.reviews.device);
	});
});
