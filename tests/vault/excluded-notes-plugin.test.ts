// @vitest-environment happy-dom
// The real plugin on the demo vault (fake Obsidian): the plugin's own mock-interview log and the vault's
// templates link the hub like prep notes do, yet never become prep notes.
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Modal, type App } from "../fake-obsidian";
import { loadVaultFolder } from "../fake-obsidian/fixture";
import { drain, makeVault, settle, start, type Loaded } from "../reliability/plugin-harness";

const HUB = "面试-面试官角度准备";
const ANSWERS = "面试回答-技术支持岗.md";
const DEMO = loadVaultFolder(resolve(process.cwd(), "demo-vault"));

function summary(plugin: Loaded) {
	const index = plugin.core.services.getIndex();
	return {
		prep: plugin.core.services.getPrepSet()?.paths ?? [],
		notes: index.notes.map((n) => n.path),
		inAnswers: index.questions.filter((q) => q.path === ANSWERS).length,
		gaps: [...index.gaps].sort(),
		questions: index.questions.length,
	};
}

/** Runs a whole mock interview from its command and writes its log note; returns the log's path. */
async function writeMockLog(app: App, plugin: Loaded): Promise<string> {
	expect(app.executeCommandById("interview-prep:start-mock-interview")).toBe(true);
	const modal = Modal.openModals[Modal.openModals.length - 1];
	const press = (key: string) => modal.scope.press(key);
	const q = (sel: string) => modal.contentEl.querySelector<HTMLElement>(sel);
	press("Enter");
	for (let i = 0; i < plugin.core.services.getSettings().mockQuestions; i++) {
		await vi.advanceTimersByTimeAsync(2000);
		press(" ");
		press("3");
		press("Enter");
	}
	q(".ip-mock-write-log")?.click();
	await vi.waitFor(() => expect(plugin.core.services.reviews.mockRuns()[0]?.notePath).toBeTruthy());
	const path = plugin.core.services.reviews.mockRuns()[0].notePath ?? "";
	q(".ip-mock-close")?.click();
	return path;
}

describe("the plugin's own notes and templates are never prep notes", () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(async () => {
		for (const m of [...Modal.openModals]) m.close();
		await drain();
		vi.useRealTimers();
	});

	it("a mock log written by the plugin is not a prep note: questions, notes and gaps stay as they were", async () => {
		// Depth 2: the log links the hub's and the answers note's sections, so any log is within reach.
		const app = makeVault(DEMO, { schema: 1, settings: { hubs: [HUB], depth: 2, mockQuestions: 3 } });
		const plugin = await start(app);
		const before = summary(plugin);
		expect(before.inAnswers).toBe(9);

		const log = await writeMockLog(app, plugin);
		expect(log.startsWith("Interview practice/")).toBe(true);
		const text = await app.vault.cachedRead(app.vault.getFileByPath(log) as never);
		expect(text).toMatch(/\[\[面试/);
		await settle(plugin);

		const after = summary(plugin);
		expect(after.prep).not.toContain(log);
		expect(after.notes).not.toContain(log);
		expect(after).toEqual(before);
		plugin.unload();
	});

	it("a log stays out after the mock folder is changed: the folder it was written to is remembered", async () => {
		const app = makeVault(DEMO, { schema: 1, settings: { hubs: [HUB], depth: 2, mockQuestions: 2 } });
		const plugin = await start(app);
		const before = summary(plugin);
		const log = await writeMockLog(app, plugin);
		await plugin.core.services.updateSettings({ mockFolder: "Elsewhere" });
		await settle(plugin);
		expect(plugin.core.services.getSettings().mockLogFolders).toEqual(["Interview practice"]);
		expect(summary(plugin).prep).not.toContain(log);
		expect(summary(plugin)).toEqual(before);
		plugin.unload();
	});

	it("leaves out the Templates folder, Templater's folder, excluded folders and notes marked `interview-prep: exclude`", async () => {
		const template = `[[${HUB}]]\n\n## {{title}} 模板里的问题？\n\n**思路**：（待补充）\n`;
		const files = {
			...DEMO,
			"Templates/面试题模板.md": template,
			"Meta/Templater/题目.md": template,
			"Archive/旧题.md": `[[${HUB}]]\n\n## 旧的问题？\n`,
			"草稿.md": `---\ninterview-prep: exclude\n---\n[[${HUB}]]\n\n## 草稿里的问题？\n`,
		};
		const app = makeVault(files, { schema: 1, settings: { hubs: [HUB], excludedFolders: ["Archive"] } });
		app.vault.adapter.files.set(".obsidian/templates.json", { text: JSON.stringify({ folder: "Templates" }), mtime: 0, ctime: 0 });
		app.vault.adapter.files.set(".obsidian/plugins/templater-obsidian/data.json", { text: JSON.stringify({ templates_folder: "Meta/Templater" }), mtime: 0, ctime: 0 });
		const plugin = await start(app);
		const s = summary(plugin);
		for (const p of Object.keys(files).filter((p) => !(p in DEMO))) expect(s.prep).not.toContain(p);
		const texts = plugin.core.services.getIndex().questions.map((q) => q.text);
		expect(texts.filter((t) => /模板里的问题|旧的问题|草稿里的问题/.test(t))).toEqual([]);
		expect(s.inAnswers).toBe(9);

		// Taking the property off brings the note in at once.
		const draft = app.vault.getFileByPath("草稿.md");
		await app.vault.modify(draft as never, `[[${HUB}]]\n\n## 草稿里的问题？\n`);
		await settle(plugin);
		expect(summary(plugin).prep).toContain("草稿.md");
		plugin.unload();
	});

	it("a Templates folder chosen while Obsidian runs counts from the next change: a new template stays out", async () => {
		const app = makeVault(DEMO, { schema: 1, settings: { hubs: [HUB] } });
		const plugin = await start(app);
		const before = summary(plugin);
		await app.vault.adapter.write(".obsidian/templates.json", JSON.stringify({ folder: "Templates" }));
		await app.vault.create("Templates/面试题模板.md", `[[${HUB}]]\n\n## {{title}} 模板里的问题？\n`);
		await settle(plugin);
		expect(summary(plugin)).toEqual(before);
		plugin.unload();
	});
});
