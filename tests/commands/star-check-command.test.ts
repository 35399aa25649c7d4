import { describe, expect, it } from "vitest";
import { checkAnswer } from "../../src/commands/star-commands";
import { RecordingEditor } from "../core/star/fake-editor";
import { makeHost } from "./star-host";

describe("Check STAR answer on an answer with nothing written", () => {
	it("says nothing is written yet for a blank template, instead of '0% action, 0 seconds'", () => {
		const { host, notices } = makeHost();
		const editor = RecordingEditor.fromMarked(
			"## 讲一次冲突？\n\n**情境（Situation）**：|（待补充：什么时候、在哪里、当时是什么情况）\n\n**任务（Task）**：（待补充：你要完成什么，难点在哪里）\n\n**行动（Action）**：（待补充：你具体做了什么）\n\n**结果（Result）**：（待补充：结果如何，最好有数字）\n",
		);
		expect(checkAnswer(editor, host)).toBeNull();
		expect(notices).toEqual(["这个回答还没有写内容：先写下你的经历再检查。"]);
	});

	it("checks a non-behavioural question's answer when asked by the command", () => {
		const { host, notices } = makeHost({}, "en");
		const editor = RecordingEditor.fromMarked("## Why do you want this job?\n\nI like solving| problems. As a result I joined a support team.");
		expect(checkAnswer(editor, host)).not.toBeNull();
		expect(notices[0]).toContain("STAR check");
	});
});

describe("Check STAR answer on a question in a table", () => {
	it("says the question is in a table, in Chinese and in English, and edits nothing", () => {
		for (const [lang, words] of [["zh", "表格"], ["en", "table"]] as const) {
			const { host, notices } = makeHost({}, lang);
			// (The cursor on the row: fromMarked's "|" would be the table's.)
			const editor = new RecordingEditor("| Question | Story |\n| --- | --- |\n| \"Hardest bug\" | WALL-E threads |\n", { line: 2, ch: 5 });
			const before = editor.getValue();
			expect(checkAnswer(editor, host)).toBeNull();
			expect(notices).toHaveLength(1);
			expect(notices[0]).toContain(words);
			expect(editor.getValue()).toBe(before);
		}
	});
});

describe("Check STAR answer with nothing at the cursor", () => {
	it("still says there is no question there, outside any question", () => {
		const { host, notices } = makeHost({}, "en");
		const editor = new RecordingEditor("Some prose.\n\n| Company | Focus |\n| --- | --- |\n| Acme | tools |\n", { line: 4, ch: 2 });
		expect(checkAnswer(editor, host)).toBeNull();
		expect(notices).toEqual(["No question or answer at the cursor to check."]);
	});
});
