// Headings that are a document's own sections, not questions to practise, in notes written by
// others: a preface, a notes title, a section of nothing but links, and
// the sections of a one-question template (why it is asked, key points, the example response).
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers";

describe("a document's own sections are no questions", () => {
	it("a preface (前言, 写在前面, Preface) in the first person is no question", () => {
		expect(texts([
			"## 前言",
			"我从网上整理了一些基础题，有错误请指出。",
			"",
			"## JavaScript 有哪些基本数据类型？",
			"字符串、数字、布尔等。",
			"",
			"## 闭包是什么？",
			"函数和它引用的外部变量。",
		])).toEqual(["JavaScript 有哪些基本数据类型？", "闭包是什么？"]);
		expect(texts(["# Prep", "", "## Preface", "I wrote these down after my last loop.", "", "## Why this company?", "I like the product."])).toEqual(["Why this company?"]);
		expect(texts(["## 写在前面", "我的面经，仅供参考。", "", "## 为什么离职？", "想做更大的系统。"])).toEqual(["为什么离职？"]);
	});

	it("a heading's {#id} attribute is no part of its text", () => {
		expect(texts(["## Why do you want to leave? {#why-leave}", "", "I want a bigger scope."])).toEqual(["Why do you want to leave?"]);
		expect(texts(["## Tell me about a conflict {#conflict .hard}", "", "My lead and I disagreed.", "", "## 为什么离职？ {#leave}", "", "想做更大的系统。"])).toEqual([
			"Tell me about a conflict",
			"为什么离职？",
		]);
	});

	it("a notes title at the top, over the note's other top-level sections, is no question", () => {
		expect(texts([
			"# Behavioural Interview Notes",
			"Best resource that I've found is [this video](https://example.com/v).",
			"",
			"# Be Genuine",
			"Do not make things up.",
			"",
			"# Why do you want this job?",
			"I want to build tools people use daily.",
		])).toEqual(["Why do you want this job?"]);
		expect(texts(["# 我的面试准备笔记", "我把常问的题放在这里。", "", "# 你为什么离职？", "想换个方向。"])).toEqual(["你为什么离职？"]);
	});

	it("a section of nothing but links is no answer to a heading", () => {
		expect(texts([
			"### What are you working on right now?",
			"",
			"A CLI for my notes.",
			"",
			"## More about me",
			"",
			"- [Understand my remote work style](https://example.com/remote).",
			"- [My blog](https://example.com/blog)",
		])).toEqual(["What are you working on right now?"]);
	});

	it("a one-question template: why it is asked and key points are its hint, the example response its answer", () => {
		const qs = parse([
			"# Tell me about a time you disagreed with a senior leader's decision. How did you handle it?",
			"",
			"## Why This Is Asked",
			"",
			"Interviewers want to see that you can dissent respectfully.",
			"",
			"## Key Points to Cover",
			"",
			"- How you raised your concerns",
			"- How you supported the decision once it was made",
			"",
			"## Tips",
			"",
			"- Show that you can disagree and commit",
			"",
			"## Example Response",
			"",
			"**Situation:** Our VP decided to merge three platform teams.",
			"",
			"**Task:** I needed to raise my concerns without undermining him.",
			"",
			"**Action:** I asked for a 1:1 and brought cycle-time data.",
			"",
			"**Result:** We kept two teams; I learned to disagree with data.",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Tell me about a time you disagreed with a senior leader's decision. How did you handle it?", true],
		]);
		expect(qs[0].star).toEqual({ situation: true, task: true, action: true, result: true });
		expect(qs[0].parts.hint).toContain("dissent respectfully");
	});
});

describe("a question under a Question heading, its answer under the Answer heading after it", () => {
	it("the Answer section is the question's answer, its STAR labels read", () => {
		const qs = parse([
			"# Red Flag Evaluation",
			"",
			"**Rating**: Hire",
			"",
			"## Question",
			"",
			"Describe a time you received tough or critical feedback",
			"",
			"## Answer",
			"",
			"Situation: My lead said my designs were hard to review.  Task: I had to change how I wrote them.  Action: I split them into one-page proposals.  Result: Reviews took half the time.",
			"",
			"## Feedback",
			"",
			"- Clear ownership",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["Describe a time you received tough or critical feedback", true]]);
		expect(qs[0].parts.answer).toContain("one-page proposals");
		expect(qs[0].parts.answer).not.toContain("Clear ownership");
	});

	it("面试题 then 参考答案 as sibling headings", () => {
		const qs = parse(["## 面试题", "", "说说你对 Redis 持久化的理解。", "", "## 参考答案", "", "RDB 快照和 AOF 日志两种，线上一般两者都开。"]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["说说你对 Redis 持久化的理解。", true]]);
	});

	it("without an Answer heading after it the question stays unanswered", () => {
		const qs = parse(["## Question", "", "Describe a time you missed a deadline", "", "## Feedback", "", "- Be specific"]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["Describe a time you missed a deadline", false]]);
	});
});
