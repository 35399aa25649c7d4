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
