// Answers written inside a list-item question's own item: STAR parts as quoted sub-items, a spoken
// answer quoted in a sub-item, and `- **Q:**` items with a nested `- **A:**`. Notes on an item
// (plain sub-bullets) stay its hint, and a quiz's A/B/C options are no answer.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers";

describe("answers nested in a list-item question", () => {
	it("STAR parts as quoted sub-items answer the question, and each part is found", () => {
		const [q] = parse([
			"## Customer Obsession",
			"",
			"1. \"Can you share an instance where you had to advocate for customer needs? How did you handle it?\"",
			"   1. > Situation: Fraud prevention was not a priority, and customers were hit by fake sellers.",
			"   2. > Task: Our team set out to add fraud checks to checkout.",
			"   3. > Action: I built a scoring service and wired it into two teams' flows.",
			"   4. > Result: Fraud reports fell by 40% in a quarter.",
		]);
		expect(q.answered).toBe(true);
		expect(q.star).toEqual({ situation: true, task: true, action: true, result: true });
		expect(q.parts.answer).toContain("Fraud reports fell");
	});

	it("a quoted sub-item is the spoken answer", () => {
		const [q] = parse([
			"## Learn and be curious",
			"",
			"1. How do you stay up to date with your field?",
			"   1. > I watch conference talks every week and read one paper a month with two colleagues.",
		]);
		expect(q.answered).toBe(true);
		expect(q.parts.answer).toContain("conference talks");
	});

	it("`- **Q:**` items with a nested `- **A:**` are answered, the label left out of the answer", () => {
		const qs = parse([
			"## Interview questions",
			"",
			"- **Q:** Why is contact hard to simulate?",
			"    - **A:** It is discontinuous and stiff, so solvers need tiny steps.",
			"- **Q:** How did you detect contact?",
			"    - **A:** A force threshold on the wrist sensor, debounced over three samples.",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Why is contact hard to simulate?", true],
			["How did you detect contact?", true],
		]);
		expect(qs[0].parts.answer).toMatch(/^It is discontinuous/);
		expect(qs[0].parts.hint).toBe("");
	});

	it("plain sub-bullets stay a hint, and A/B/C options are no answer", () => {
		const qs = parse([
			"## Questions",
			"",
			"- Why do you want this role?",
			"    - mention the team's product",
			"- What's the output of `typeof null`?",
			"    - A: `\"object\"`",
			"    - B: `\"null\"`",
			"    - C: `\"undefined\"`",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Why do you want this role?", false],
			["What's the output of typeof null?", false],
		]);
	});
});

describe("an answer inside a list-item question's own item, besides sub-items", () => {
	it("lines continuing the question's paragraph, and a paragraph below it in the item, answer it", () => {
		const qs = parse([
			"# 面试题",
			"",
			"1. 如何设计一个UI组件库?",
			"    架构 → 技术选型 → 组件设计 → 工程化 → 发布维护",
			"2. **数组和链表的区别是什么？**  ",
			"   数组用连续内存，随机访问快；链表插入删除快。",
			"3. Tell me about a time you faced a conflict on a team.",
			"",
			"   Planning meeting near the final stretch: the feature was not ready, I proposed cutting scope.",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["如何设计一个UI组件库?", true],
			["数组和链表的区别是什么？", true],
			["Tell me about a time you faced a conflict on a team.", true],
		]);
		expect(qs[1].parts.answer).toContain("连续内存");
	});

	it("under a list of the questions an answer serves (适用问题), a note on an item stays its hint", () => {
		const qs = parse([
			"## 客户服务",
			"",
			"**适用问题**：",
			"",
			"- 如何处理客户投诉？",
			"- 如何快速学习新软件？",
			"    业务背景+需求文档，模拟用户使用软件。",
			"- 如何挖掘客户的潜在需求？",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["如何处理客户投诉？", false],
			["如何快速学习新软件？", false],
			["如何挖掘客户的潜在需求？", false],
		]);
		expect(qs[1].parts.hint).toContain("业务背景");
	});

	it("a bracketed note or one tag word on the next line is no answer", () => {
		expect(parse([
			"1. Transformer 为什么 Q 和 K 使用不同的权重矩阵生成？",
			"  （注意和第一个问题的区别）",
			"2. Tell me about a time you had unclear responsibilities.",
			"  teamwork",
		]).map((q) => q.answered)).toEqual([false, false]);
	});
});
