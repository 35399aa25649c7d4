// @vitest-environment happy-dom
// "Make this line an interview question" / "This line is not an interview question" on the fake
// `obsidian` Editor: one tag written or removed on the cursor's line, one undo step, a notice that says so.
import { describe, expect, it } from "vitest";
import { Editor } from "../fake-obsidian";
import type { Command } from "obsidian";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Lang } from "../../src/core/types";
import { MARKER_COMMAND_IDS, registerMarkerCommands, type MarkerCommandHost } from "../../src/commands/question-marker-commands";

function setup(text: string, line: number, lang: Lang = "en") {
	const notices: string[] = [];
	const commands: Command[] = [];
	const host: MarkerCommandHost = { addCommand: (c) => commands.push(c), getSettings: () => DEFAULT_SETTINGS, lang: () => lang, notice: (m) => notices.push(m) };
	registerMarkerCommands(host);
	const editor = new Editor(text);
	editor.setCursor({ line, ch: 2 });
	const run = (id: string) => commands.find((c) => c.id === id)?.editorCallback?.(editor, {} as Parameters<NonNullable<Command["editorCallback"]>>[1]);
	return { editor, notices, commands, ask: () => run(MARKER_COMMAND_IDS.ask), not: () => run(MARKER_COMMAND_IDS.not) };
}

describe("Make this line an interview question", () => {
	it("writes #interview-question at the end of a topic heading, as one undo step, and says it wrote into the note", () => {
		const note = "# Prep\n\n## The billing outage\n\nTwo sisters.\n";
		const { editor, notices, commands, ask } = setup(note, 2);
		expect(commands.map((c) => c.name)).toEqual([
			"Make this line an interview question (writes the tag #interview-question into the note)",
			"This line is not an interview question (writes the tag #not-interview-question into the note)",
		]);
		ask();
		expect(editor.getValue()).toBe("# Prep\n\n## The billing outage #interview-question\n\nTwo sisters.\n");
		expect(notices).toEqual(["Wrote #interview-question into the note: “The billing outage” is now an interview question."]);
		expect(editor.undoDepth).toBe(1);
		editor.undo();
		expect(editor.getValue()).toBe(note);
	});

	it("puts the tag before a block id and a heading's closing hashes, on list items and paragraphs too", () => {
		const cases: [string, string][] = [
			["- Ownership story ^own1", "- Ownership story #interview-question ^own1"],
			["## Salary ##", "## Salary #interview-question ##"],
			["Biggest mistake at work", "Biggest mistake at work #interview-question"],
		];
		for (const [before, after] of cases) {
			const { editor, ask } = setup(`${before}\n`, 0);
			ask();
			expect(editor.getValue()).toBe(`${after}\n`);
		}
	});

	it("writes nothing where a line is already a question, on a blank line, in code or in properties", () => {
		const note = "---\ntags: [a]\n---\n## Why this job?\n\nBecause.\n\n```\nfoo\n```\n";
		for (const [line, says] of [
			[3, "This line is already an interview question; the note is unchanged."],
			[4, "Put the cursor on a heading, paragraph or list item (not a blank line, code, a table or properties)."],
			[8, "Put the cursor on a heading, paragraph or list item (not a blank line, code, a table or properties)."],
			[1, "Put the cursor on a heading, paragraph or list item (not a blank line, code, a table or properties)."],
		] as const) {
			const { editor, notices, ask } = setup(note, line);
			ask();
			expect(editor.getValue()).toBe(note);
			expect(notices).toEqual([says]);
		}
	});

	it("writes nothing where the tag could not make the line a question, and says why", () => {
		const note = "## Why this job?\n\nBecause.\n\n### Details\n\nA line deep in the answer\n";
		const { editor, notices, ask } = setup(note, 6);
		ask();
		expect(editor.getValue()).toBe(note);
		expect(notices[0]).toMatch(/^This line cannot be a question on its own here/);
	});

	it("takes the not-a-question tag away when that is enough, and speaks Chinese in a Chinese interface", () => {
		const { editor, notices, ask } = setup("## 为什么离职？ #not-interview-question\n\n想换方向。\n", 0, "zh");
		ask();
		expect(editor.getValue()).toBe("## 为什么离职？\n\n想换方向。\n");
		expect(notices).toEqual(["已从笔记中删去 #not-interview-question：“为什么离职？”现在是面试问题。"]);
	});
});

describe("This line is not an interview question", () => {
	it("writes #not-interview-question on a question the extractor took, and undo brings it back", () => {
		const note = "## Notes\n\nWhat did I learn this week?\n\nA lot.\n";
		const { editor, notices, not } = setup(note, 2);
		not();
		expect(editor.getValue()).toBe("## Notes\n\nWhat did I learn this week? #not-interview-question\n\nA lot.\n");
		expect(notices).toEqual(["Wrote #not-interview-question into the note: “What did I learn this week?” no longer counts as an interview question."]);
		editor.undo();
		expect(editor.getValue()).toBe(note);
	});

	it("takes away the person's own #interview-question tag rather than writing a second tag", () => {
		const { editor, not } = setup("## Chess club #interview-question\n\nChess.\n", 0);
		not();
		expect(editor.getValue()).toBe("## Chess club\n\nChess.\n");
	});

	it("writes nothing on a line that is no question", () => {
		const { editor, notices, not } = setup("Just a remark.\n", 0);
		not();
		expect(editor.getValue()).toBe("Just a remark.\n");
		expect(notices).toEqual(["This line does not count as an interview question; the note is unchanged."]);
	});
});
