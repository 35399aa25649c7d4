// A number at the start of a question's words is part of it ("3 things…"); numbering is not.
import { describe, expect, it } from "vitest";
import { texts } from "./helpers";

describe("numbers at the start of a question", () => {
	it("are kept when they count something, stripped when they number the question", () => {
		expect(texts([
			"# Prep",
			"## 3 things you would change in your last team?",
			"Fewer meetings.",
			"## 2 为什么离职？",
			"想换方向。",
			"## More",
			"- 5 years from now, where do you want to be?",
			"- 3 个你最自豪的项目是什么？",
			"- 1. Why this company?",
		])).toEqual([
			"3 things you would change in your last team?",
			"为什么离职？",
			"5 years from now, where do you want to be?",
			"3 个你最自豪的项目是什么？",
			"Why this company?",
		]);
	});
});

describe("Chinese prompts that end with 。", () => {
	it("请 + a verb of telling asks, as a heading or a bold line", () => {
		expect(texts([
			"# HR 面",
			"## 请形容一下你的上一任主管。",
			"他很放权，我学会了自己拿主意。",
			"**12. 请讨论一次你和同事意见不合的经历。**",
			"我们为接口设计争过一次，最后用数据说服了对方。",
			"**13. 请做一下自我介绍。**",
			"我叫小李，做了三年后端。",
			"## 请注意时间。",
			"每题两分钟。",
		])).toEqual(["请形容一下你的上一任主管。", "请讨论一次你和同事意见不合的经历。", "请做一下自我介绍。"]);
	});
});
