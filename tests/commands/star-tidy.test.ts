import { describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../src/core/labels";
import { checkStar } from "../../src/core/star/star-check";
import { convert } from "./star-host";

describe("Convert leaves notes tidy", () => {
	it("keeps a block id once, on the part its sentence went to, not glued to the text nor copied into the callout", () => {
		const before = [
			"## 讲一次挑战？",
			"",
			"当时系统宕机。|我负责恢复。我先回滚。最终十分钟恢复上线。 ^block1",
			"",
			"## 下一个？",
		].join("\n");
		const after = [
			"## 讲一次挑战？",
			"",
			"|**情境（Situation）**：当时系统宕机。",
			"",
			"**任务（Task）**：我负责恢复。",
			"",
			"**行动（Action）**：我先回滚。",
			"",
			"**结果（Result）**：最终十分钟恢复上线。 ^block1",
			"",
			"> [!quote]- 原回答",
			"> 当时系统宕机。我负责恢复。我先回滚。最终十分钟恢复上线。",
			"",
			"## 下一个？",
		].join("\n");
		const { after: got, editor } = convert(before);
		expect(got).toBe(after);
		expect(got.match(/\^block1/g)).toHaveLength(1);
		editor.undo();
		expect(editor.getValue()).toBe(before.replace("|", ""));
	});

	it("keeps a block id on a list item inside its list, once", () => {
		const before = "## 怎么排查？\n\n当时系统报警。|我的做法是：\n\n- 先看监控 ^look\n- 然后回滚\n\n最终恢复。";
		const { after } = convert(before);
		expect(after.match(/\^look/g)).toHaveLength(1);
		expect(after).toContain("- 先看监控 ^look\n- 然后回滚");
	});

	it("writes a footnote's definition once, after the parts, and keeps the reference where it was", () => {
		const before = [
			"## 讲一次挑战？",
			"",
			"当时系统宕机[^1]。|我负责恢复。我先回滚。最终恢复上线。",
			"",
			"[^1]: 见 2023 年的事故日志。",
			"",
			"## 下一个？",
		].join("\n");
		const after = [
			"## 讲一次挑战？",
			"",
			"|**情境（Situation）**：当时系统宕机[^1]。",
			"",
			"**任务（Task）**：我负责恢复。",
			"",
			"**行动（Action）**：我先回滚。",
			"",
			"**结果（Result）**：最终恢复上线。",
			"",
			"[^1]: 见 2023 年的事故日志。",
			"",
			"> [!quote]- 原回答",
			"> 当时系统宕机[^1]。我负责恢复。我先回滚。最终恢复上线。",
			"",
			"## 下一个？",
		].join("\n");
		const { after: got, editor } = convert(before);
		expect(got).toBe(after);
		expect(got.match(/\[\^1\]:/g)).toHaveLength(1);
		editor.undo();
		expect(editor.getValue()).toBe(before.replace("|", ""));
	});

	it("keeps a CRLF note's line ends CRLF throughout, and one undo restores it", () => {
		const before = "## 讲一次挑战？\r\n\r\n当时系统宕机。|我负责恢复。\r\n我先回滚。最终十分钟恢复上线。\r\n\r\n## 下一个？\r\n";
		const { after, editor } = convert(before);
		expect(after).toContain("**结果（Result）**：最终十分钟恢复上线。");
		expect(after).toContain("> [!quote]- 原回答");
		expect(after.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		editor.undo();
		expect(editor.getValue()).toBe(before.replace("|", ""));
	});

	it("keeps `##` or ``` that stood mid-line as words: no new heading or code block starts a line in the parts", () => {
		for (const [tail, opener] of [["## 下一步", "\n## 下一步"], ["```js", "\n```js"], ["~~~", "\n~~~"]]) {
			const before = `## 讲一次经历？\n\n|I like people.\n\n当时项目延期。${tail}\n\n## 下一个？\n\n回答。`;
			const { after } = convert(before);
			const parts = after.split("> [!quote]-")[0];
			expect(parts, tail).not.toContain(opener);
			expect(parts, tail).toContain(tail);
		}
	});
});

describe("Check ignores footnotes", () => {
	const opts = { labels: DEFAULT_LABELS, charsPerMinuteZh: 240, wordsPerMinuteEn: 150 };
	it("does not count a footnote reference as a number in the result", () => {
		const r = checkStar("**情境**：项目延期。\n**任务**：赶上进度。\n**行动**：我加了站会。\n**结果**：大家都很开心[^1]。", opts);
		expect(r.resultHasNumber).toBe(false);
		expect(r.resultConcrete).toBe(false);
	});

	it("does not read a footnote definition under the result as the result's words", () => {
		const r = checkStar("**情境**：项目延期。\n**结果**：大家都很开心[^2]。\n\n[^2]: 2023 年的复盘里有 3 条记录。", opts);
		expect(r.resultHasNumber).toBe(false);
	});

	it("does not take a loose answer's footnote reference for a result", () => {
		const r = checkStar("当时项目延期。大家一起加班[^1]。", opts);
		expect(r.inferred.result).toBe(false);
	});
});
