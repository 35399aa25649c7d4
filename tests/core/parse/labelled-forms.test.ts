// Questions under a bold label in a blockquote or quoted in a list item (form 10), bracket-numbered
// questions with answer options (form 11), English headings glossed in Chinese (form 5).
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers";

describe("a question given in a blockquote under a bold label", () => {
	it("takes the quoted question, with the text after the quote as its answer", () => {
		const qs = parse([
			"## 第二轮",
			"",
			"**面试问题**：",
			"",
			"> 讲一个你和同事意见不合的经历",
			"",
			"我和后端同事对接口分页有分歧，最后用数据说服了他。",
			"",
			"**Interview question:**",
			"> Walk me through the last outage you handled",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["讲一个你和同事意见不合的经历", true],
			["Walk me through the last outage you handled", false],
		]);
		expect(qs[0].answerMarkdown).toBe("我和后端同事对接口分页有分歧，最后用数据说服了他。");
	});

	it("takes a question quoted in a list item", () => {
		expect(texts(["## 常被问到", "", "- 面试官问：“你怎么看待加班”", "- “Why are you leaving your current team”", "- 我准备了三个故事"])).toEqual([
			"你怎么看待加班", "Why are you leaving your current team",
		]);
	});

	it("leaves a quotation that is not under a question label, and quoted phrases in a list, alone", () => {
		expect(texts(["**金句**：", "", "> 如何度过低谷，决定了你能走多远", "", "- “I'm good at working with people”", "- “I learn fast”"])).toEqual([]);
	});
});

describe("bracket-numbered questions with answer options", () => {
	it("takes the stem of each numbered question; its options answer nothing, an answer line does", () => {
		const qs = parse([
			"## 笔试",
			"",
			"[1] 下列哪个不是 JavaScript 的基本类型",
			"A. string",
			"B. number",
			"C. object",
			"",
			"[2] Which HTTP method is idempotent",
			"",
			"- A. POST",
			"- B. PUT",
			"- C. PATCH",
			"",
			"答案：B",
			"",
			"[3] 以下排序算法中平均复杂度最低的是：",
			"(A) 冒泡 (B) 插入 (C) 快排",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["下列哪个不是 JavaScript 的基本类型", false],
			["Which HTTP method is idempotent", true],
			["以下排序算法中平均复杂度最低的是", false],
		]);
		expect(qs[0].endLine).toBe(6);
	});

	it("leaves bracket-numbered references without options alone", () => {
		expect(texts(["## 参考", "", "[1] Smith, J. Designing data systems. 2020.", "", "[2] 《程序员面试指南》第三版"])).toEqual([]);
	});
});

describe("a heading over lettered answer options is a multiple-choice question, whatever its words", () => {
	it("a statement to judge, and an unfinished sentence, each over options A, B…", () => {
		const qs = parse([
			"## JavaScript",
			"",
			"###### 14. All object have prototypes.",
			"",
			"- A: true",
			"- B: false",
			"",
			"Answer: B",
			"",
			"###### 39. Everything in JavaScript is either a...",
			"",
			"- A: primitive or object",
			"- B: function or object",
			"- C: only objects",
			"",
			"### 以下关于闭包的说法",
			"",
			"1. A. 闭包会造成内存泄漏",
			"2. B. 闭包可以读取外部函数的变量",
		]);
		expect(qs.map((q) => [q.text, q.topic])).toEqual([
			["All object have prototypes.", ["JavaScript"]],
			["Everything in JavaScript is either a...", ["JavaScript"]],
			["以下关于闭包的说法", ["JavaScript"]],
		]);
		expect(qs[0].answered).toBe(true);
	});

	it("not over a list that is not lettered in order, nor over one item", () => {
		expect(texts(["## JavaScript", "", "### Types", "", "- A: string", "- C: object", "", "### Grades", "", "- A: excellent"])).toEqual([]);
		expect(texts(["## Plan", "", "### Options", "", "- Option A: rewrite", "- Option B: patch"])).toEqual([]);
	});
});

describe("an English question heading without a question mark, glossed in Chinese", () => {
	it("takes the heading as a question whose text is the English", () => {
		const qs = parse([
			"# Behavioral prep",
			"",
			"## **Where do you see yourself in five years** （五年后的你）",
			"",
			"Leading a small platform team.",
			"",
			"## 2. **Which project are you proudest of**(最骄傲的项目)",
			"",
			"## **Tell me about a conflict with your manager** （和上级的冲突）",
			"",
			"We disagreed on the launch date; I brought data.",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Where do you see yourself in five years", true],
			["Which project are you proudest of", false],
			["Tell me about a conflict with your manager", true],
		]);
	});

	it("leaves glossed topic headings alone", () => {
		expect(texts(["# Notes", "", "## **System Design** （系统设计）", "", "Sharding and caching.", "", "## **Leadership Principles**（领导力准则）", "", "Ownership and bias for action."])).toEqual([]);
	});
});

describe("a question callout over a list of questions", () => {
	it("each listed question is a question; a title that asks nothing is not", () => {
		expect(texts([
			"> [!question] Explain it cold",
			"> ",
			"> - Why is contact hard to model?",
			"> - What's the difference between detecting contact and modelling it?",
			"> - How did you detect a hit in FENCE-BOT?",
		])).toEqual(["Why is contact hard to model?", "What's the difference between detecting contact and modelling it?", "How did you detect a hit in FENCE-BOT?"]);
	});

	it("a callout whose title asks keeps it as the question, its list the answer", () => {
		const qs = parse(["> [!question] Why did the migration fail?", "> - no dry run", "> - no rollback plan"]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["Why did the migration fail?", true]]);
	});
});
