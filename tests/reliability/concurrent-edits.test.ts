// @vitest-environment happy-dom
// An edit made elsewhere at the same moment as one of the plugin's is never overwritten: the STAR
// command changes only its answer's range in one transaction, and the mock log note is created, never
// written over an existing note.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Notice, type App, type MarkdownView } from "../fake-obsidian";
import { mockLogVault } from "../../src/vault/mock-log-vault";
import { writeMockLog } from "../../src/views/mock/write-mock-log";
import { HUB, makeVault, NOTES, PLUGIN_ID, start } from "./plugin-harness";

const NOTE = "面试/冲突.md";
const STAR_NOTE = [
	`[[${HUB}]]`,
	"",
	"### 讲一次你解决冲突的经历？",
	"",
	"当时在一个教务系统项目中，两位同事对接口设计有分歧。我需要在周五前让方案定下来。我先分别听了两个人的理由，然后组织了一次评审会。最终我们选了折中方案，提前两天上线。",
	"",
	"### 下一个问题是什么？",
	"",
	"还没写。",
].join("\n");
const ELSEWHERE = "（另一个窗格里刚写下的一行）";

let app: App;
beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2025, 5, 1, 2) });
	Notice.clear();
	app = makeVault({ ...NOTES, [NOTE]: STAR_NOTE });
});
afterEach(() => vi.useRealTimers());

describe("the STAR command", () => {
	it("converts through one transaction that keeps an edit landing elsewhere in the note", async () => {
		await start(app);
		await app.workspace.openLinkText(NOTE, "");
		const view = app.workspace.activeEditor as MarkdownView;
		const editor = view.editor;
		editor.setCursor({ line: 4, ch: 3 });
		// Between the command reading the note and its edit landing, text arrives at the end of the note
		// (another pane, a sync). A whole-note write computed from the earlier read would drop it.
		const transaction = editor.transaction.bind(editor);
		const spy = vi.spyOn(editor, "transaction").mockImplementation((tx, origin) => {
			const end = { line: editor.lastLine(), ch: editor.getLine(editor.lastLine()).length };
			transaction({ changes: [{ from: end, to: end, text: `\n${ELSEWHERE}` }] });
			transaction(tx, origin);
		});
		expect(app.executeCommandById(`${PLUGIN_ID}:convert-answer-to-star`)).toBe(true);
		expect(spy).toHaveBeenCalledTimes(1);
		const text = editor.getValue();
		expect(text).toMatch(/\*\*情境（Situation）\*\*：当时在一个教务系统项目中/);
		expect(text.endsWith(`还没写。\n${ELSEWHERE}`)).toBe(true);
		// Nothing of the note outside the answer changed.
		expect(text.startsWith(STAR_NOTE.split("\n").slice(0, 4).join("\n"))).toBe(true);
		expect(text).toContain("### 下一个问题是什么？\n\n还没写。");
		// Nothing was written to the file behind the editor's back.
		expect(await app.vault.read(app.vault.getFileByPath(NOTE)!)).toBe(STAR_NOTE);
	});
});

describe("the mock interview log note", () => {
	const run = { id: "run1", startedAt: Date.UTC(2025, 5, 1, 2), endedAt: Date.UTC(2025, 5, 1, 2, 10), items: [] };

	it("picks a new name when a note already has the usual one; the existing note is untouched", async () => {
		const vault = mockLogVault(app.vault);
		const first = await writeMockLog(vault, { run, questionOf: () => undefined, folder: "面试记录", lang: "zh" });
		await app.vault.process(app.vault.getFileByPath(first)!, (t) => `${t}\n我自己加的反思。\n`);
		const mine = await app.vault.read(app.vault.getFileByPath(first)!);
		const second = await writeMockLog(vault, { run, questionOf: () => undefined, folder: "面试记录", lang: "zh" });
		expect(second).not.toBe(first);
		expect(await app.vault.read(app.vault.getFileByPath(first)!)).toBe(mine);
	});

	it("a note that appears at the chosen path just before it is written is not overwritten", async () => {
		const real = mockLogVault(app.vault);
		// The check says the path is free; a sync puts a note there before the create.
		const racing = {
			...real,
			exists: () => false,
			create: async (path: string, text: string) => {
				if (!app.vault.getAbstractFileByPath(path)) await app.vault.create(path, "同步来的笔记。");
				await real.create(path, text);
			},
		};
		await expect(writeMockLog(racing, { run, questionOf: () => undefined, folder: "", lang: "zh" })).rejects.toThrow();
		const created = app.vault.getMarkdownFiles().filter((f) => !(f.path in NOTES) && f.path !== NOTE);
		expect(created).toHaveLength(1);
		expect(await app.vault.read(created[0])).toBe("同步来的笔记。");
	});
});
