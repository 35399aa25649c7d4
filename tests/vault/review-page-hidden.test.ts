// @vitest-environment happy-dom
// On mobile, Obsidian is often killed in the background without an unload. When the page is hidden the
// plugin saves at once what waits for the quiet moment, and writes its files again if a file sync put
// older copies of them back unnoticed: a grading made just before switching away is not lost.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "../fake-obsidian";
import { loadPlugin, makeApp, setPageVisibility } from "../fake-obsidian/fixture";
import type { PrepServices } from "../../src/services";
import type { LiveIndex } from "../../src/vault/live-index";
import { readDataFile } from "../../src/core/persist/data-file";
import { ownFileName, readReviewFile } from "../../src/core/persist/review-file";

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- "../../main" would be the built main.js
const { default: InterviewPrepPlugin } = (await import("../../main.ts" as "../../main")) as typeof import("../../main");
type Loaded = import("../../main").default & { core: { services: PrepServices; index: LiveIndex } };

const HUB = "面试-面试官角度准备";
const REVIEWS = ".obsidian/plugins/interview-prep/reviews";
const NOTE = `[[${HUB}]]\n\n## 你如何处理客户投诉？\n\n> 我会先倾听，再给出临时方案。\n`;

/** Let debounced work run. Not runAllTimers: the status bar's due count always waits for the next midnight. */
const settleTimers = () => vi.advanceTimersByTimeAsync(10_000);
/** Far less than the 2 s quiet time before a save. */
const aMoment = () => vi.advanceTimersByTimeAsync(10);

let app: App;
/** Unloaded after each test: the document, and so its listeners, outlive a test. */
const loaded: Loaded[] = [];
beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2025, 5, 1) });
	app = makeApp({ files: { [`${HUB}.md`]: "# hub\n", "answers.md": NOTE } });
	app.pluginData.set("interview-prep", { hubs: [HUB] });
});
afterEach(() => {
	for (const plugin of loaded.splice(0)) plugin.unload();
	setPageVisibility("visible");
	vi.useRealTimers();
});

async function started(): Promise<Loaded> {
	const plugin = (await loadPlugin(InterviewPrepPlugin, app)) as Loaded;
	loaded.push(plugin);
	app.workspace.triggerLayoutReady();
	await settleTimers();
	await plugin.core.index.whenIdle();
	await settleTimers();
	return plugin;
}

/** Grades the note's question; returns the new event's uid. */
function grade(services: PrepServices, rating: 1 | 2 | 3 | 4): string {
	const [q] = services.getIndex().questions;
	services.reviews.grade(q.id, rating, 30, services.now(), { key: q.key });
	services.reviewsChanged();
	return services.reviews.reviewsOf(q.id).at(-1)!.uid;
}

const ownFile = (services: PrepServices) => `${REVIEWS}/${ownFileName(services.reviews.device)}`;

/** The uids of this device's events in its own review file and in data.json, as on disk. */
function onDisk(services: PrepServices): { own: string[]; data: string[] } {
	const { device } = services.reviews;
	const text = app.vault.adapter.files.get(ownFile(services))?.text;
	const own = text === undefined ? [] : (readReviewFile(text).logs.find((l) => l.device === device)?.events ?? []);
	const data = readDataFile(app.pluginData.get("interview-prep") ?? null, device).ownLog?.events ?? [];
	return { own: own.map((e) => e.uid), data: data.map((e) => e.uid) };
}

describe("the page is hidden (the app goes to the background)", () => {
	it("a grading made just before is on disk at once, not after the quiet moment", async () => {
		const { services } = (await started()).core;
		const uid = grade(services, 3);
		setPageVisibility("hidden");
		await aMoment();
		expect(onDisk(services).own).toContain(uid);
		expect(onDisk(services).data).toContain(uid);
	});

	it("files a sync put back older copies of are written again", async () => {
		const { services } = (await started()).core;
		grade(services, 3);
		await settleTimers();
		const older = { own: app.vault.adapter.files.get(ownFile(services))?.text ?? "", data: structuredClone(app.pluginData.get("interview-prep")) };
		vi.setSystemTime(Date.now() + 60_000);
		const uid = grade(services, 4);
		await settleTimers();
		expect(onDisk(services).own).toContain(uid);

		// iCloud, Dropbox or git brings another device's old copy of this device's files; nothing tells the plugin.
		await app.vault.adapter.write(ownFile(services), older.own);
		app.pluginData.set("interview-prep", older.data);
		setPageVisibility("hidden");
		await aMoment();
		expect(onDisk(services).own).toContain(uid);
		expect(onDisk(services).data).toContain(uid);
	});

	it("with nothing waiting and nothing put back, nothing is written", async () => {
		const plugin = await started();
		grade(plugin.core.services, 3);
		await settleTimers();
		const write = vi.spyOn(app.vault.adapter, "write");
		const saveData = vi.spyOn(plugin, "saveData");
		setPageVisibility("hidden");
		await aMoment();
		setPageVisibility("visible");
		setPageVisibility("hidden");
		await settleTimers();
		expect(write.mock.calls.map(([path]) => path).filter((p) => p.startsWith(REVIEWS))).toEqual([]);
		expect(saveData).not.toHaveBeenCalled();
	});

	it("a save that fails then is tried again by itself, and nothing throws", async () => {
		const plugin = await started();
		const { services } = plugin.core;
		vi.spyOn(plugin, "saveData").mockRejectedValueOnce(new Error("disk full"));
		const uid = grade(services, 3);
		setPageVisibility("hidden");
		await aMoment();
		expect(onDisk(services).data).not.toContain(uid);
		await settleTimers();
		expect(onDisk(services).own).toContain(uid);
		expect(onDisk(services).data).toContain(uid);
	});

	it("after the plugin is unloaded, a hidden page no longer reaches it", async () => {
		const plugin = await started();
		const { services } = plugin.core;
		plugin.unload();
		await settleTimers();
		// A file sync puts an empty copy back: the plugin, unloaded, must not write it again.
		await app.vault.adapter.write(ownFile(services), "");
		grade(services, 3);
		const write = vi.spyOn(app.vault.adapter, "write");
		setPageVisibility("hidden");
		await aMoment();
		expect(write).not.toHaveBeenCalled();
	});
});
