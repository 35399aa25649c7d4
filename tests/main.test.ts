// @vitest-environment happy-dom
// The plugin as Obsidian loads it: nothing indexed in onload, the index after layout ready, commands,
// the settings tab changing what is indexed, and the hub command.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, type App } from "./fake-obsidian";
import { loadPlugin, loadVaultFolder, makeApp } from "./fake-obsidian/fixture";
import { drawSetting } from "./fake-obsidian/setting-definitions";
import { PrepSettingTab } from "../src/settings/settings-tab";

const HUB = "面试-面试官角度准备";
const DIARY = "日记/2024-05-01.md";

// "../main" would resolve to the built main.js next to main.ts; the source is what is under test.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the cast keeps main.ts's types
const { default: InterviewPrepPlugin } = (await import("../main.ts" as "../main")) as typeof import("../main");
type InterviewPrepPlugin = import("../main").default;

/** Let debounced work run. Not runAllTimers: the status bar's due count always waits for the next midnight. */
const settleTimers = () => vi.advanceTimersByTimeAsync(10_000);

let app: App;
beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2025, 5, 1) });
	app = makeApp({ files: loadVaultFolder() });
	app.pluginData.set("interview-prep", { hubs: [HUB] });
	Notice.clear();
});
afterEach(() => {
	vi.useRealTimers();
});

type Loaded = InterviewPrepPlugin & { core: { services: import("../src/services").PrepServices; index: import("../src/vault/live-index").LiveIndex } };

async function started(): Promise<Loaded> {
	const plugin = (await loadPlugin(InterviewPrepPlugin, app)) as Loaded;
	app.workspace.triggerLayoutReady();
	await settleTimers();
	await plugin.core.index.whenIdle();
	return plugin;
}

describe("plugin wiring", () => {
	it("reads no note in onload and indexes once the layout is ready", async () => {
		const plugin = (await loadPlugin(InterviewPrepPlugin, app)) as Loaded;
		expect(app.vault.readCount.cachedRead).toBe(0);
		expect(plugin.core.services.getStatus().state).toBe("cold");
		app.workspace.triggerLayoutReady();
		await settleTimers();
		await plugin.core.index.whenIdle();
		expect(plugin.core.services.getStatus().state).toBe("ready");
		expect(plugin.core.services.getIndex().questions.length).toBeGreaterThan(0);
	});

	it("reads the parse cache only once the layout is ready (start-up stays light)", async () => {
		// A first run writes the cache; Obsidian then restarts with the same vault and plugin folder.
		const first = await started();
		await settleTimers();
		first.unload();
		await settleTimers();
		const restarted = makeApp({ files: loadVaultFolder() });
		restarted.pluginData.set("interview-prep", app.pluginData.get("interview-prep"));
		const copy = async (dir: string): Promise<void> => {
			const listed = await app.vault.adapter.list(dir);
			for (const f of listed.files) await restarted.vault.adapter.write(f, await app.vault.adapter.read(f));
			for (const d of listed.folders) await copy(d);
		};
		await copy(".obsidian/plugins/interview-prep");
		const read = vi.spyOn(restarted.vault.adapter, "read");
		const cacheReads = () => read.mock.calls.filter(([path]) => path.includes("parse-cache")).length;
		const plugin = (await loadPlugin(InterviewPrepPlugin, restarted)) as Loaded;
		expect(cacheReads()).toBe(0);
		restarted.workspace.triggerLayoutReady();
		await settleTimers();
		await plugin.core.index.whenIdle();
		expect(cacheReads()).toBeGreaterThan(0);
		expect(plugin.core.services.getIndex().questions.length).toBeGreaterThan(0);
	});

	it("registers the quiz, coverage, STAR, mock and hub commands", async () => {
		await started();
		const ids = [...app.commands.keys()];
		for (const id of ["open-quiz", "open-coverage", "use-note-as-hub", "convert-answer-to-star", "start-mock-interview"]) {
			expect(ids).toContain(`interview-prep:${id}`);
		}
	});

	it("'Use this note as an interview hub' adds the open note and indexes what links to it", async () => {
		const plugin = await started();
		await app.workspace.openLinkText(DIARY, "");
		expect(app.executeCommandById("interview-prep:use-note-as-hub")).toBe(true);
		await settleTimers();
		await plugin.core.index.whenIdle();
		expect(plugin.core.services.getSettings().hubs).toEqual([HUB, "2024-05-01"]);
		expect(plugin.core.services.getPrepSet()?.paths).toContain(DIARY);
		expect(Notice.messages.some((m) => m.includes("2024-05-01"))).toBe(true);
		// Saved with the review data in data.json.
		await settleTimers();
		expect(JSON.stringify(app.pluginData.get("interview-prep"))).toContain("2024-05-01");
	});

	it("the settings tab's extra folder setting (as Obsidian 1.13 draws it) brings that folder's notes in at once, and is saved", async () => {
		const plugin = await started();
		const tab = app.settingTabs[0] as unknown as PrepSettingTab;
		const input = drawSetting(tab, "Extra folders").controlEl.querySelector("input")!;
		input.value = "日记";
		input.dispatchEvent(new Event("change"));
		await settleTimers();
		await plugin.core.index.whenIdle();
		expect(plugin.core.services.getSettings().extraFolders).toEqual(["日记"]);
		expect(plugin.core.services.getIndex().questions.some((q) => q.path === DIARY)).toBe(true);
		expect(JSON.stringify(app.pluginData.get("interview-prep"))).toContain(`"extraFolders":["日记"]`);
	});

	it("the views are told after an edit to a prep note", async () => {
		const plugin = await started();
		let told = 0;
		plugin.core.services.onChange(() => told++);
		const file = app.vault.getFileByPath("English/behavioral.md")!;
		await app.vault.modify(file, `${await app.vault.read(file)}\n\n## Where do you see yourself in five years?\n\nLeading a team.\n`);
		await plugin.core.index.whenIdle();
		await settleTimers();
		expect(told).toBeGreaterThan(0);
		expect(plugin.core.services.getIndex().questions.map((q) => q.text)).toContain("Where do you see yourself in five years?");
	});
});
