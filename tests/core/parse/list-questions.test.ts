// List items that ask without a question mark, read by what their list is.
import { describe, expect, it } from "vitest";
import { texts } from "./helpers";

describe("list items that ask without a question mark", () => {
	it("reads Chinese interrogatives and imperative prompts in a list of questions", () => {
		expect(texts(["## 网络", "", "- 请解释 DNS 缓存的原理。", "- 说说长连接和短连接", "- 进程与线程的区别", "- 索引有哪些类型", "- 怎么排查内存泄漏"])).toEqual([
			"请解释 DNS 缓存的原理。", "说说长连接和短连接", "进程与线程的区别", "索引有哪些类型", "怎么排查内存泄漏",
		]);
	});

	it("reads English imperative prompts", () => {
		expect(texts([
			"## Behavioural",
			"",
			"- Tell me a time you missed a deadline",
			"- Give me an example of when you pushed back on a manager",
			"- Take me through your last launch",
			"- Teach me something you learned this month",
			"- Name a tool you would drop",
		])).toEqual([
			"Tell me a time you missed a deadline",
			"Give me an example of when you pushed back on a manager",
			"Take me through your last launch",
			"Teach me something you learned this month",
			"Name a tool you would drop",
		]);
	});

	it("reads 'provide an example' and 请提供一个例子 as asking, in both languages of a bilingual item", () => {
		expect(
			texts([
				"### 决策能力评估",
				"",
				"27. **问题：**",
				"   - 中文：请提供一个例子，说明你如何在有限信息下做出重要决策。",
				"   - English: Provide an example of a time when you made an important decision with limited information.",
				"",
				"## Examples",
				"",
				"Please provide us an example of a project you led from start to finish.",
			]),
		).toEqual([
			"请提供一个例子，说明你如何在有限信息下做出重要决策。",
			"Provide an example of a time when you made an important decision with limited information.",
			"Please provide us an example of a project you led from start to finish.",
		]);
	});

	it("reads 请 with a manner before its verb (请尽可能详细地解释…, 请简要说明…) as asking", () => {
		expect(
			texts([
				"## 网络",
				"",
				"* 请尽可能详尽的解释 HTTP 缓存的工作原理。",
				"* 请尽量完整得描述一次 DNS 查询的过程。",
				"* 请简要说明 TCP 与 UDP 的差别。",
				"* 浏览器同源策略指什么？",
			]),
		).toEqual(["请尽可能详尽的解释 HTTP 缓存的工作原理。", "请尽量完整得描述一次 DNS 查询的过程。", "请简要说明 TCP 与 UDP 的差别。", "浏览器同源策略指什么？"]);
	});

	it("reads counted examples, a leading phrase before 'tell me', and a behavioural prompt after a sentence as asking", () => {
		expect(
			texts([
				"## Ownership",
				"",
				"Leaders act on behalf of the entire company.",
				"",
				"- Give me two examples of when you went beyond your role.",
				"- Set up the alerting rules for the team.",
				"- Draw the on-call timeline.",
				"",
				"## Results",
				"",
				"- With an example, tell me when you had to juggle several projects. Describe the outcome.",
				"- What was the hardest deadline you met? How did you meet it?",
				"",
				"## Judgment",
				"",
				"- **Nobody gets every call right. Tell me about a time when you made a wrong call**.",
				"- **Tell me about a time when you changed your mind.**",
			]),
		).toEqual([
			"Give me two examples of when you went beyond your role.",
			"With an example, tell me when you had to juggle several projects. Describe the outcome.",
			"What was the hardest deadline you met? How did you meet it?",
			"Nobody gets every call right. Tell me about a time when you made a wrong call.",
			"Tell me about a time when you changed your mind.",
		]);
	});

	it("leaves advice that mentions such prompts alone", () => {
		expect(texts(["## How to prepare", "", "- Prepare two stories per principle.", "- Behavioural rounds are common. Practise them aloud.", "- Keep each story under two minutes."])).toEqual([]);
		expect(texts(["## 准备", "", "- 请尽早准备。", "- 详细的笔记有用。", "- 简要地记下要点"])).toEqual([]);
	});

	it("takes noun-phrase items that follow the pattern of sibling questions", () => {
		expect(texts(["## Ownership", "", "- Tell me a time you fixed what was not yours", "- Hardest trade-off you made", "- Why do you want this team", "- 带新人的经历", "- How do you say no"])).toEqual([
			"Tell me a time you fixed what was not yours", "Hardest trade-off you made", "Why do you want this team", "带新人的经历", "How do you say no",
		]);
	});

	it("leaves lists of notes alone, even with a word like 如何 in one item", () => {
		expect(texts(["## 笔记", "", "- 索引让查询变快。", "- 加索引如何提速：减少扫描", "- 锁的粒度要小", "- Redis 做缓存"])).toEqual([]);
		expect(texts(["## 写作", "", "- 提供案例支持观点", "- 先列提纲再写", "- 少用形容词"])).toEqual([]);
		expect(texts(["## Reading", "", "- Designing Data-Intensive Applications", "- Thinking in Systems by Donella Meadows", "- The Pragmatic Programmer", "- Clean Architecture"])).toEqual([]);
	});

	it("does not read a conditional expression in code as a question", () => {
		expect(texts(["## Tips", "", "- `ok ? left : right` picks left when ok", "- Use `const` by default"])).toEqual([]);
	});
});

describe("points of advice in a list", () => {
	it("are not questions when a label heads them, even if they say 如何", () => {
		expect(texts(["## 回答技巧", "", "- 突出倾听：说明你如何理解客户", "- 强调复盘：展现你如何改进", "- 怎么开场", "- 为什么要准备"])).toEqual(["怎么开场", "为什么要准备"]);
	});
});
