import { describe, expect, it } from "vitest";
import type { Editor, MarkdownView } from "obsidian";
import type { Settings } from "../../src/core/types";
import {
	STAR_COMMAND_IDS,
	checkAnswer,
	convertAnswer,
	insertTemplate,
	registerStarCommands,
} from "../../src/commands/star-commands";
import { RecordingEditor } from "../core/star/fake-editor";
import { makeHost } from "./star-host";


/** Run "Convert answer to STAR template" on a `|`-marked note; return the marked result. */
function convert(before: string, patch: Partial<Settings> = {}) {
	const { host, notices } = makeHost(patch);
	const editor = RecordingEditor.fromMarked(before);
	convertAnswer(editor, host);
	return { after: editor.marked(), editor, notices };
}

const ZH_PLACEHOLDER_S = "（待补充：什么时候、在哪里、当时是什么情况）";

describe("Convert answer to STAR template", () => {
	it("rewrites a heading question's answer into four parts, original kept below, cursor at the first part", () => {
		const before = [
			"### 讲一次你解决冲突的经历？",
			"",
			"当时在一个教务系统项目中，两位同事|对接口设计有分歧。我需要在周五前让方案定下来。我先分别听了两个人的理由，然后组织了一次评审会。最终我们选了折中方案，提前两天上线。",
			"",
			"### 下一个问题？",
		].join("\n");
		const after = [
			"### 讲一次你解决冲突的经历？",
			"",
			"|**情境（Situation）**：当时在一个教务系统项目中，两位同事对接口设计有分歧。",
			"",
			"**任务（Task）**：我需要在周五前让方案定下来。",
			"",
			"**行动（Action）**：我先分别听了两个人的理由，然后组织了一次评审会。",
			"",
			"**结果（Result）**：最终我们选了折中方案，提前两天上线。",
			"",
			"> [!quote]- 原回答",
			"> 当时在一个教务系统项目中，两位同事对接口设计有分歧。我需要在周五前让方案定下来。我先分别听了两个人的理由，然后组织了一次评审会。最终我们选了折中方案，提前两天上线。",
			"",
			"### 下一个问题？",
		].join("\n");
		const { after: got, editor } = convert(before);
		expect(got).toBe(after);
		expect(editor.history).toHaveLength(1);
		editor.undo();
		expect(editor.getValue()).toBe(before.replace("|", ""));
	});

	it("handles a bold-paragraph question and separates the parts from the question line", () => {
		const before = [
			"**问题1：你如何处理客户投诉？**",
			"有一次客户因为系统故障很生气。",
			"我负责安抚客户并尽快恢复服务。|",
			"我首先道歉，然后联系技术同事排查。",
			"结果客户满意度回升到95%。",
			"",
			"**问题2：还有吗？**",
		].join("\n");
		const after = [
			"**问题1：你如何处理客户投诉？**",
			"",
			"|**情境（Situation）**：有一次客户因为系统故障很生气。",
			"",
			"**任务（Task）**：我负责安抚客户并尽快恢复服务。",
			"",
			"**行动（Action）**：我首先道歉，然后联系技术同事排查。",
			"",
			"**结果（Result）**：结果客户满意度回升到95%。",
			"",
			"> [!quote]- 原回答",
			"> 有一次客户因为系统故障很生气。",
			"> 我负责安抚客户并尽快恢复服务。",
			"> 我首先道歉，然后联系技术同事排查。",
			"> 结果客户满意度回升到95%。",
			"",
			"**问题2：还有吗？**",
		].join("\n");
		expect(convert(before).after).toBe(after);
	});

	it("keeps a list-item question's answer inside the item and selects the first empty part's placeholder", () => {
		const before = [
			"1. **你在之前的项目中是如何推动项目进展的？**",
			"    - 在回答时，可以强调你如何制定项目计划|，如何分配任务。",
			"2. **下一题？**",
		].join("\n");
		const after = [
			"1. **你在之前的项目中是如何推动项目进展的？**",
			"",
			`    **情境（Situation）**：|${ZH_PLACEHOLDER_S}|`,
			"",
			"    **任务（Task）**：（待补充：你要完成什么，难点在哪里）",
			"",
			"    **行动（Action）**：",
			"",
			"    - 在回答时，可以强调你如何制定项目计划，如何分配任务。",
			"",
			"    **结果（Result）**：（待补充：结果如何，最好有数字）",
			"",
			"    > [!quote]- 原回答",
			"    > - 在回答时，可以强调你如何制定项目计划，如何分配任务。",
			"",
			"2. **下一题？**",
		].join("\n");
		expect(convert(before).after).toBe(after);
	});

	it("converts the selected lines when text is selected, outside any question", () => {
		const before = [
			"随便写的笔记",
			"",
			"|在智慧校园项目中，我需要培训老师。",
			"我先写了手册。",
			"最终老师都会用了。|",
			"",
			"其他内容",
		].join("\n");
		const after = [
			"随便写的笔记",
			"",
			"|**情境（Situation）**：在智慧校园项目中。",
			"",
			"**任务（Task）**：我需要培训老师。",
			"",
			"**行动（Action）**：我先写了手册。",
			"",
			"**结果（Result）**：最终老师都会用了。",
			"",
			"> [!quote]- 原回答",
			"> 在智慧校园项目中，我需要培训老师。",
			"> 我先写了手册。",
			"> 最终老师都会用了。",
			"",
			"其他内容",
		].join("\n");
		expect(convert(before).after).toBe(after);
	});

	it("writes English labels for an English answer", () => {
		const before = [
			"## Tell me about a time you improved a process",
			"",
			"At my last job, onboarding took two weeks. I was asked to cut it to one week. First, I rewrote the manual, then I split training into short sessions.| As a result, onboarding took 5 days.",
			"",
		].join("\n");
		const after = [
			"## Tell me about a time you improved a process",
			"",
			"|**Situation:** At my last job, onboarding took two weeks.",
			"",
			"**Task:** I was asked to cut it to one week.",
			"",
			"**Action:** First, I rewrote the manual, then I split training into short sessions.",
			"",
			"**Result:** As a result, onboarding took 5 days.",
			"",
			"> [!quote]- Original answer",
			"> At my last job, onboarding took two weeks. I was asked to cut it to one week. First, I rewrote the manual, then I split training into short sessions. As a result, onboarding took 5 days.",
			"",
		].join("\n");
		expect(convert(before).after).toBe(after);
	});

	it("leaves an answer already in STAR form alone and says so", () => {
		const before = [
			"## 讲一个跨部门合作的例子？",
			"",
			"**情境**：上线前两周，接口没对接。|",
			"**任务**：一周内完成联调。",
			"**行动**：拉每日站会。",
			"**结果**：提前两天完成。",
		].join("\n");
		const { after, editor, notices } = convert(before);
		expect(after).toBe(before);
		expect(editor.history).toHaveLength(0);
		expect(notices).toEqual(["这个回答已经是 STAR 结构，没有改动。"]);
	});

	it("writes a blank scaffold under a question with no answer, cursor on the first placeholder", () => {
		const before = ["## 你为什么选择我们？|", "", "## 下一个问题？"].join("\n");
		const after = [
			"## 你为什么选择我们？",
			"",
			`**情境（Situation）**：|${ZH_PLACEHOLDER_S}|`,
			"",
			"**任务（Task）**：（待补充：你要完成什么，难点在哪里）",
			"",
			"**行动（Action）**：（待补充：你具体做了什么）",
			"",
			"**结果（Result）**：（待补充：结果如何，最好有数字）",
			"",
			"## 下一个问题？",
		].join("\n");
		const { after: got, notices, editor } = convert(before);
		expect(got).toBe(after);
		expect(notices).toEqual(["这个问题还没有回答：已插入空白 STAR 模板。"]);
		editor.undo();
		expect(editor.getValue()).toBe(before.replace("|", ""));
	});

	it("converts only the model answer, strips its quote markers, and keeps it verbatim in the callout", () => {
		const before = [
			"## 讲一次挑战？",
			"",
			"**思路**：",
			"",
			"- 说明困难 → 措施 → 结果",
			"",
			"**示范回答**：",
			"",
			"> 在陕西开放大学的项目中，我们需要给30多个老师做培训。|  ",
			"> 我的做法是先写图文手册。",
			">",
			"> 最终培训效果比预期好。",
		].join("\n");
		const after = [
			"## 讲一次挑战？",
			"",
			"**思路**：",
			"",
			"- 说明困难 → 措施 → 结果",
			"",
			"**示范回答**：",
			"",
			"|**情境（Situation）**：在陕西开放大学的项目中。",
			"",
			"**任务（Task）**：我们需要给30多个老师做培训。",
			"",
			"**行动（Action）**：我的做法是先写图文手册。",
			"",
			"**结果（Result）**：最终培训效果比预期好。",
			"",
			"> [!quote]- 原回答",
			"> > 在陕西开放大学的项目中，我们需要给30多个老师做培训。  ",
			"> > 我的做法是先写图文手册。",
			"> >",
			"> > 最终培训效果比预期好。",
		].join("\n");
		expect(convert(before).after).toBe(after);
	});

	it("keeps lists and code blocks whole inside the part they belong to", () => {
		const before = [
			"## 你怎么排查线上故障？",
			"",
			"当时系统半夜报警。|我需要尽快恢复服务。我的做法是：",
			"",
			"- 先看监控",
			"- 然后回滚",
			"",
			"```bash",
			"kubectl rollout undo deploy/api",
			"```",
			"",
			"最终十分钟恢复。",
		].join("\n");
		const after = [
			"## 你怎么排查线上故障？",
			"",
			"|**情境（Situation）**：当时系统半夜报警。",
			"",
			"**任务（Task）**：我需要尽快恢复服务。",
			"",
			"**行动（Action）**：我的做法是：",
			"",
			"- 先看监控",
			"- 然后回滚",
			"",
			"```bash",
			"kubectl rollout undo deploy/api",
			"```",
			"",
			"**结果（Result）**：最终十分钟恢复。",
			"",
			"> [!quote]- 原回答",
			"> 当时系统半夜报警。我需要尽快恢复服务。我的做法是：",
			">",
			"> - 先看监控",
			"> - 然后回滚",
			">",
			"> ```bash",
			"> kubectl rollout undo deploy/api",
			"> ```",
			">",
			"> 最终十分钟恢复。",
		].join("\n");
		const { after: got, editor } = convert(before);
		expect(got).toBe(after);
		editor.undo();
		expect(editor.getValue()).toBe(before.replace("|", ""));
	});

	it("drops the original when the setting says so", () => {
		const before = "## 讲一次挑战？\n\n有一次系统宕机。|我负责恢复。我先回滚。最终十分钟恢复。";
		const { after } = convert(before, { starKeepOriginal: false });
		expect(after).not.toContain("[!quote]");
		expect(after).toContain("**结果（Result）**：最终十分钟恢复。");
	});
});

describe("Insert STAR template", () => {
	it("inserts a scaffold in the note's language below the cursor line", () => {
		const { host } = makeHost();
		const editor = RecordingEditor.fromMarked("# Notes\n\nSome text|\nmore");
		insertTemplate(editor, host);
		expect(editor.marked()).toBe(
			[
				"# Notes",
				"",
				"Some text",
				"",
				"**Situation:** |(to fill in: when, where, what was going on)|",
				"",
				"**Task:** (to fill in: what you had to achieve, and what made it hard)",
				"",
				"**Action:** (to fill in: what you did, step by step)",
				"",
				"**Result:** (to fill in: how it ended, ideally with a number)",
				"",
				"more",
			].join("\n"),
		);
	});

	it("uses Chinese labels in a Chinese note, on the blank line at the cursor", () => {
		const { host } = makeHost({}, "en");
		const editor = RecordingEditor.fromMarked("## 自我介绍\n\n|\n");
		insertTemplate(editor, host);
		expect(editor.getValue()).toContain("**情境（Situation）**：");
		expect(editor.getValue().startsWith("## 自我介绍\n\n**情境（Situation）**：")).toBe(true);
	});
});

describe("Check STAR answer", () => {
	it("reports missing parts, vague result, 我 against 我们 and time in a notice", () => {
		const { host, notices } = makeHost();
		const editor = RecordingEditor.fromMarked(
			"## 讲一次合作？\n\n**情境**：项目延期。|\n**行动**：我们开会讨论，我们分工。\n**结果**：大家都很开心。",
		);
		const lines = checkAnswer(editor, host);
		expect(lines).not.toBeNull();
		const text = notices.join("\n");
		expect(text).toContain("缺少：任务");
		expect(text).toContain("结果不够具体");
		expect(text).toContain("“我” 0 次，“我们” 2 次");
		expect(text).toContain("多讲你自己做了什么");
	});

	it("says there is nothing to check away from any question", () => {
		const { host, notices } = makeHost({}, "en");
		const editor = RecordingEditor.fromMarked("Just a diary line.|");
		expect(checkAnswer(editor, host)).toBeNull();
		expect(notices).toEqual(["No question or answer at the cursor to check."]);
	});
});

describe("registration", () => {
	it("registers four commands with stable ids, sentence-case names and no hotkeys", () => {
		const { host, commands } = makeHost({}, "en");
		registerStarCommands(host);
		expect(commands.map((c) => c.id)).toEqual([STAR_COMMAND_IDS.convert, STAR_COMMAND_IDS.insert, STAR_COMMAND_IDS.check, STAR_COMMAND_IDS.restore]);
		expect(commands.map((c) => c.id)).toEqual(["convert-answer-to-star", "insert-star-template", "check-star-answer", "restore-original-answer"]);
		expect(commands.map((c) => c.name)).toEqual([
			"Convert answer to STAR template",
			"Insert STAR template",
			"Check STAR answer",
			"Restore original answer (undo STAR conversion)",
		]);
		for (const c of commands) expect(c.hotkeys).toBeUndefined();
	});

	it("offers Convert only inside a question's section or with a selection, and one undo step restores the note", () => {
		const { host, commands } = makeHost();
		registerStarCommands(host);
		const convertCmd = commands.find((c) => c.id === STAR_COMMAND_IDS.convert);
		const check = convertCmd?.editorCheckCallback;
		expect(check).toBeDefined();
		if (!check) return;
		const view = {} as MarkdownView;
		const note = "前言|\n\n## 问题一？\n\n当时我负责培训。最终顺利上线。";
		const outside = RecordingEditor.fromMarked(note);
		expect(check(true, outside as unknown as Editor, view)).toBe(false);
		const selected = RecordingEditor.fromMarked("|前言|\n\n## 问题一？\n\n当时我负责培训。最终顺利上线。");
		expect(check(true, selected as unknown as Editor, view)).toBe(true);
		const inside = RecordingEditor.fromMarked("前言\n\n## 问题一？\n\n当时我负责培训。|最终顺利上线。");
		expect(check(true, inside as unknown as Editor, view)).toBe(true);
		expect(inside.history).toHaveLength(0);
		check(false, inside as unknown as Editor, view);
		expect(inside.history).toHaveLength(1);
		expect(inside.getValue()).toContain("**结果（Result）**：最终顺利上线。");
		inside.undo();
		expect(inside.getValue()).toBe("前言\n\n## 问题一？\n\n当时我负责培训。最终顺利上线。");
	});
});
