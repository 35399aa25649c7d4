import { describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { locateAnswer } from "../../../src/core/star/locate-answer";

const opts = { labels: DEFAULT_LABELS, promptHeadings: true };

const NOTE = [
	"## 自我介绍", //                 0
	"",
	"我在教育信息化公司做过实施。", // 2
	"",
	"### 你遇到过什么挑战？", //       4
	"",
	"**思路**：", //                   6
	"",
	"- 选一个例子", //                 8
	"",
	"**示范回答**：", //               10
	"",
	"> 当时我们需要培训老师。", //     12
	"> 最终顺利上线。", //             13
	"",
	"---", //                          15
	"## 项目管理相关问题", //          16
	"1. **你如何推动项目进展？**", //  17
	"    - 制定计划，分配任务", //     18
	"2. **你如何处理冲突？**", //      19
].join("\n");

describe("locateAnswer", () => {
	it("takes the model answer of the question at the cursor, not its hint or the rule after it", () => {
		const t = locateAnswer(NOTE, { cursor: { line: 8, ch: 2 } }, opts);
		expect(t?.kind).toBe("answer");
		expect(t?.question?.text).toBe("你遇到过什么挑战？");
		expect(t?.from).toEqual({ line: 12, ch: 0 });
		expect(t?.to).toEqual({ line: 13, ch: "> 最终顺利上线。".length });
		expect(t?.text).toBe("> 当时我们需要培训老师。\n> 最终顺利上线。");
	});

	it("takes a list item's nested answer without its indentation", () => {
		const t = locateAnswer(NOTE, { cursor: { line: 17, ch: 0 } }, opts);
		expect(t?.question?.text).toBe("你如何推动项目进展？");
		expect(t?.text).toBe("- 制定计划，分配任务");
		expect(t?.indent).toBe("    ");
	});

	it("points after a question that has no answer", () => {
		const t = locateAnswer(NOTE, { cursor: { line: 19, ch: 3 } }, opts);
		expect(t?.kind).toBe("empty-answer");
		expect(t?.from).toEqual({ line: 19, ch: NOTE.split("\n")[19].length });
		expect(t?.indent).toBe("   ");
	});

	it("prefers the selection, widened to whole lines", () => {
		const t = locateAnswer(NOTE, { cursor: { line: 13, ch: 1 }, selection: { from: { line: 12, ch: 4 }, to: { line: 13, ch: 3 } } }, opts);
		expect(t?.kind).toBe("selection");
		expect(t?.from).toEqual({ line: 12, ch: 0 });
		expect(t?.text).toBe("> 当时我们需要培训老师。\n> 最终顺利上线。");
	});

	it("finds nothing outside every question", () => {
		expect(locateAnswer("只是一行日记。\n", { cursor: { line: 0, ch: 0 } }, opts)).toBeNull();
	});
});

describe("an answer on the question's own line, and a question in a table", () => {
	const note = [
		"## 常问", //                                           0
		"- 最近在读什么书？——《人月神话》，讲估算。", //        1
		"1. **Why is Go fast to compile?** No cyclic imports.", // 2
		"",
		"| Question | Story to use |", //                       4
		"| --- | --- |",
		"| \"Hardest bug you've debugged\" | WALL-E threads |", // 6
	].join("\n");

	it("takes only the words after the question, so a conversion keeps the question", () => {
		const a = locateAnswer(note, { cursor: { line: 1, ch: 0 } }, opts);
		expect(a?.kind).toBe("answer");
		expect(a?.text).toBe("《人月神话》，讲估算。");
		expect(a?.from.line).toBe(1);
		const b = locateAnswer(note, { cursor: { line: 2, ch: 0 } }, opts);
		expect(b?.text).toBe("No cyclic imports.");
	});

	it("does not offer a table row for editing: the table would break", () => {
		expect(locateAnswer(note, { cursor: { line: 6, ch: 0 } }, opts)).toBeNull();
	});
});
