// @vitest-environment happy-dom
// What the person is told when something is wrong, and that nothing is lost: a corrupt or newer data
// file (one notice, a copy kept, reviews recovered), a missing hub and a malformed note (no crash, no
// notice storm, the view says what is wrong, nothing written over).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, type App } from "../fake-obsidian";
import { ANSWERS, DEVICE, drain, HUB, makeVault, NOTES, openQuiz, PLUGIN_DIR, PLUGIN_ID, savedInDataJson, settle, start } from "./plugin-harness";

const DATA_JSON = `${PLUGIN_DIR}/data.json`;

beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2025, 5, 1, 2) });
	Notice.clear();
});
afterEach(() => vi.useRealTimers());

/** A vault whose plugin folder holds two gradings and a hub setting, as a previous session left it. */
async function previousSession(): Promise<{ dataText: string; files: Map<string, { text: string; mtime: number; ctime: number }> }> {
	const app = makeVault();
	const plugin = await start(app);
	const quiz = await openQuiz(app);
	for (const key of ["3", "1"]) {
		quiz.press(" ");
		quiz.press(key);
	}
	plugin.unload();
	await drain();
	expect(savedInDataJson(app)).toHaveLength(2);
	Notice.clear();
	return { dataText: JSON.stringify(app.pluginData.get(PLUGIN_ID)), files: new Map(app.vault.adapter.files) };
}

/** A new Obsidian session on the same disk, with data.json's text replaced. */
function nextSession(prev: Awaited<ReturnType<typeof previousSession>>, dataText: string | null): App {
	const app = makeVault(NOTES, undefined);
	for (const [p, f] of prev.files) app.vault.adapter.files.set(p, { ...f });
	for (const p of prev.files.keys()) void app.vault.adapter.mkdir(p.slice(0, p.lastIndexOf("/")));
	if (dataText !== null) app.vault.adapter.files.set(DATA_JSON, { text: dataText, mtime: 0, ctime: 0 });
	return app;
}

function reviewCount(plugin: Awaited<ReturnType<typeof start>>): number {
	return plugin.core.services.reviews.ownLog().events.filter((e) => e.kind === "review").length;
}

function backups(app: App): { name: string; text: string }[] {
	return [...app.vault.adapter.files]
		.filter(([p]) => p.startsWith(`${PLUGIN_DIR}/backups/`))
		.map(([p, f]) => ({ name: p.slice(p.lastIndexOf("/") + 1), text: f.text }));
}

describe("a damaged data file", () => {
	it.each([
		["cut short mid-save", (t: string) => t.slice(0, Math.floor(t.length * 0.6))],
		["overwritten with junk", () => "\u0000\u0000\u0000{{{ not json"],
		["empty", () => ""],
		["a JSON array", () => "[1,2,3]"],
	])("%s: one notice, a verbatim copy kept, every grading recovered", async (_name, damage) => {
		const prev = await previousSession();
		const broken = damage(prev.dataText);
		const app = nextSession(prev, broken);
		const plugin = await start(app);

		// The reviews survive (from this device's own review file).
		expect(reviewCount(plugin)).toBe(2);
		if (broken === "") {
			// An empty file is a fresh start of data.json, not a problem worth a notice.
			expect(Notice.messages).toEqual([]);
			return;
		}
		expect(Notice.messages).toHaveLength(1);
		expect(Notice.messages[0]).toMatch(/could not be read; a copy was kept at .*backups\/unreadable-/);
		const copy = backups(app).find((b) => b.name.startsWith("unreadable-"));
		expect(copy?.text).toBe(broken);
		expect(Notice.messages[0]).toContain(copy!.name);
		// Settings came back as far as they could be read (the hub survives a cut-short file).
		if (broken.startsWith(prev.dataText.slice(0, 20))) expect(plugin.core.services.getSettings().hubs).toEqual([HUB]);

		// Saved again, then a restart: no second notice.
		await settle(plugin);
		plugin.unload();
		await drain();
		const again = nextSession({ dataText: "", files: new Map(app.vault.adapter.files) }, JSON.stringify(app.pluginData.get(PLUGIN_ID)));
		Notice.clear();
		const reloaded = await start(again);
		expect(Notice.messages).toEqual([]);
		expect(reviewCount(reloaded)).toBe(2);
	});

	it("written by a newer version: one notice, a copy kept, what is understood is used", async () => {
		const prev = await previousSession();
		const newer = JSON.parse(prev.dataText) as Record<string, unknown>;
		newer.schema = 99;
		newer.futureField = { x: 1 };
		const text = JSON.stringify(newer);
		const app = nextSession(prev, text);
		const plugin = await start(app);
		expect(Notice.messages).toHaveLength(1);
		expect(Notice.messages[0]).toMatch(/newer version of the plugin; a copy was kept at .*backups\/newer-version-/);
		expect(backups(app).find((b) => b.name.startsWith("newer-version-"))?.text).toBe(text);
		expect(reviewCount(plugin)).toBe(2);
		expect(plugin.core.services.getSettings().hubs).toEqual([HUB]);
	});

	it("both data.json and the device's review file damaged: the readable parts are kept, one notice", async () => {
		const prev = await previousSession();
		const own = `${PLUGIN_DIR}/reviews/${DEVICE}.json`;
		const ownText = prev.files.get(own)!.text;
		prev.files.set(own, { ...prev.files.get(own)!, text: ownText.slice(0, ownText.length - 3) });
		const app = nextSession(prev, "garbage");
		const plugin = await start(app);
		expect(Notice.messages).toHaveLength(1);
		// The cut-short review file still yields the gradings written before the cut.
		expect(reviewCount(plugin)).toBeGreaterThanOrEqual(1);
		expect(backups(app).map((b) => b.text)).toEqual(expect.arrayContaining(["garbage"]));
	});
});

describe("a missing hub", () => {
	it("the quiz says which hub has no notes; no crash, no notice storm, the setting is kept", async () => {
		const app = makeVault(NOTES, { schema: 1, settings: { hubs: ["没有这个笔记"] } });
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		expect(quiz.text()).toContain("没有这个笔记");
		expect(Notice.messages.length).toBeLessThanOrEqual(1);
		await settle(plugin);
		plugin.unload();
		await drain();
		expect((app.pluginData.get(PLUGIN_ID) as { settings: { hubs: string[] } }).settings.hubs).toEqual(["没有这个笔记"]);
	});
});

describe("a malformed note", () => {
	it("is indexed as far as it goes; the other notes' questions stay; no note is written; no notice", async () => {
		const junk = `[[${HUB}]]\n---\ntitle: [x\n\u0000\u0000\ud800\n\`\`\`\n## 代码里？\n${"> ".repeat(60)}- 深处？\n`;
		const files = { ...NOTES, "坏笔记.md": junk, "二进制.md": `[[${HUB}]]\n${String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 37) % 256))}` };
		const app = makeVault(files);
		const modified: string[] = [];
		app.vault.on("modify", (f: { path: string }) => modified.push(f.path));
		const plugin = await start(app);
		const quiz = await openQuiz(app);
		expect(plugin.core.services.getStatus().state).toBe("ready");
		expect(plugin.core.services.getIndex().questions.filter((q) => q.path === ANSWERS).map((q) => q.text)).toEqual(["如何处理客户投诉？", "你的优点是什么？"]);
		expect(quiz.question()).toBeTruthy();
		await settle(plugin);
		expect(Notice.messages).toEqual([]);
		expect(modified).toEqual([]);
		for (const [p, text] of Object.entries(files)) expect(await app.vault.read(app.vault.getFileByPath(p)!)).toBe(text);
	});
});
