// Questions written as plain paragraphs (form 1).
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers";

describe("plain-paragraph questions", () => {
	it("takes a question alone in its paragraph, with the paragraphs after it as the answer", () => {
		const qs = parse(["## 项目", "", "你为什么离开上一家公司？", "", "团队解散了，我想做更接近用户的工作。", "", "How do you review code?", "", "Small diffs, read the tests first."]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["你为什么离开上一家公司？", true], ["How do you review code?", true]]);
		expect(qs[0].answerMarkdown).toBe("团队解散了，我想做更接近用户的工作。");
	});

	it("splits questions stacked on soft-wrapped lines or numbered inside one line", () => {
		expect(texts(["## 面经", "", "你的缺点是什么？", "你为什么选我们？", "", "1、Redis 为什么快？2、如何做限流？[3] 什么是幂等？"])).toEqual([
			"你的缺点是什么？", "你为什么选我们？", "Redis 为什么快？", "如何做限流？", "什么是幂等？",
		]);
	});

	it("reads a quoted scenario under a title line, and the title is not part of the previous answer", () => {
		const qs = parse([
			"### Scenarios",
			"",
			"**Scenario A**: Late vendor",
			'*"Your vendor slips two weeks before launch. Your director wants a date. What do you tell them?"*',
			"",
			"**Scenario B**: Quiet teammate",
			'*"A teammate stops speaking in stand-ups. How do you find out why?"*',
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Your vendor slips two weeks before launch. Your director wants a date. What do you tell them?", false],
			["A teammate stops speaking in stand-ups. How do you find out why?", false],
		]);
	});

	it("reads files with CRLF line ends the same", () => {
		expect(texts("## A\r\n\r\n你最大的优点是什么？\r\n\r\n认真。\r\n")).toEqual(["你最大的优点是什么？"]);
	});

	it("leaves prose that happens to ask, and questions inside a question's answer, alone", () => {
		expect(texts(["## 复盘", "", "这次面试准备得不够。为什么会这样？因为时间太少。", "", "We shipped late. Why did that happen? Nobody owned the release."])).toEqual([]);
		expect(texts(["## Why did the migration fail?", "", "We skipped the dry run.", "", "Would a dry run have caught it?", "", "Probably."])).toEqual(["Why did the migration fail?"]);
	});
});

describe("questions an author asks inside an explainer", () => {
	it("are not interview questions: under a step label, or about why the interviewer asks", () => {
		expect(texts(["## 准备方法", "", "**第一步：明确核心问题**", "这个岗位为什么需要耐心？", "", "面试官为什么问这个？", "", "- 想看你的动机"])).toEqual([]);
	});
});

describe("a long paragraph of questions, one a line (an interview write-up)", () => {
	it("every line is a question, the short ones without a question mark too", () => {
		expect(texts([
			"## go",
			"`context`包了解多少,经常用那些函数？",
			"`sync`包了解多少？",
			"`defer`的作用和执行顺序？",
			"对`channel`的理解？",
			"`select`关键字怎么用？",
			"对`interface`的理解？",
			"对`slice`底层实现和扩容机制的了解",
			"`gin`的路由的底层结构了解多少？",
			"`Mysql`的事务隔离级别",
			"什么是缓存雪崩、击穿、穿透？",
			"布隆过滤器是什么",
		])).toEqual([
			"context包了解多少,经常用那些函数？", "sync包了解多少？", "defer的作用和执行顺序？", "对channel的理解？", "select关键字怎么用？",
			"对interface的理解？", "对slice底层实现和扩容机制的了解", "gin的路由的底层结构了解多少？", "Mysql的事务隔离级别", "什么是缓存雪崩、击穿、穿透？", "布隆过滤器是什么",
		]);
	});

	it("a line of several questions, each sentence asking, is one question", () => {
		expect(texts(["## Examples of open-ended questions", "", "What would you bring to a team? What does a team mean to you? Are you a net positive contributor?"])).toEqual([
			"What would you bring to a team? What does a team mean to you? Are you a net positive contributor?",
		]);
	});

	it("prose with a question or two in it is still no list of questions", () => {
		expect(texts([
			"## 二面",
			"这次一面问得很细。",
			"先问了项目，我讲得有点乱。",
			"然后问了 Redis 为什么快？",
			"我答了单线程和多路复用。",
			"接着问了限流怎么做？",
			"我说了令牌桶。",
			"最后聊了聊团队。",
			"整体感觉还行。",
			"等通知。",
		])).toEqual([]);
	});
});

describe("a numbered question opening a paragraph whose other lines answer it", () => {
	it("`1.What…?` and `1、为什么…？` (no list: no space after the number) with the answer below it", () => {
		const qs = parse([
			"1.What is your greatest weakness?",
			"Scenario: I get emotionally affected by setbacks.",
			"Result: I now step away before I reply.",
			"",
			"2.Describe a situation you wish you had handled differently",
			"I pushed a release without the on-call knowing.",
			"",
			"3、你为什么离开上一家公司？",
			"团队解散了，我想做更接近用户的工作。",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["What is your greatest weakness?", true],
			["Describe a situation you wish you had handled differently", true],
			["你为什么离开上一家公司？", true],
		]);
		expect(qs[0].answerMarkdown).toContain("step away");
		expect(qs[0].answerMarkdown).not.toContain("release");
	});

	it("not a line that asks nothing, nor one inside a heading question's answer", () => {
		expect(texts(["## Plan", "", "1.5 times faster than before.", "We measured twice."])).toEqual([]);
		expect(texts(["## 为什么离职？", "", "1、为什么要换？因为团队解散了。", "我想做更接近用户的工作。"])).toEqual(["为什么离职？"]);
	});
});

describe("a numbered question in inline code opening its paragraph", () => {
	it("`1) Tell me about yourself.` then the answer on the next line", () => {
		const qs = parse(["### Basic interview questions:", "", "`1) Tell me about yourself.`<br>", "I'd rather not. I kind of want this job.", "", "`2) What are your strengths?`<br>", "I'm motivated to understand how things work."]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Tell me about yourself.", true],
			["What are your strengths?", true],
		]);
	});
});
