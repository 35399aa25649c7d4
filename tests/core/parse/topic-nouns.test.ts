// Form 4: headings that name a standard interview topic are prompts to prepare.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers";

describe("topic-noun headings", () => {
	it("are prompts with the person's text, advice, a gloss or nothing under them", () => {
		const qs = parse([
			"# 面试准备",
			"",
			"## 自我介绍",
			"",
			"要简洁，突出与岗位相关的经历。",
			"",
			"## 期望薪资（Salary）",
			"",
			"## Career goals",
			"",
			"Lead a small team within two years.",
			"",
			"## 抗压能力。",
			"",
			"保持冷静。",
		]);
		expect(qs.map((q) => [q.text, q.form])).toEqual([
			["自我介绍", "prompt"],
			["期望薪资（Salary）", "prompt"],
			["Career goals", "prompt"],
			["抗压能力。", "prompt"],
		]);
		// Nothing written yet: a gap to prepare.
		expect(qs[1].answered).toBe(false);
	});

	it("stay out as a document's title, over questions of their own, or inside a question's answer", () => {
		expect(texts(["# 自我介绍", "", "我叫小王。"])).toEqual(["自我介绍"]);
		expect(texts(["# Notes", "", "## 职业规划", "", "### 你五年后想做什么？", "", "带团队。"])).toEqual(["你五年后想做什么？"]);
		expect(texts(["## 你为什么离职？", "", "### 家庭", "", "搬家了。"])).toEqual(["你为什么离职？"]);
		expect(texts(["# Trip", "", "## Family", "", "We went to the sea."])).toEqual([]);
	});
});
