// The answered flag in the forms seen in notes by other people: an answer after a dash on the
// question's line, answers as the next bullets; rubric, follow-ups or TODO alone are no answer.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers";

const flags = (lines: string[]) => parse(lines).map((q) => [q.text, q.answered]);

describe("answers on the question's own line", () => {
	it("问题？——答案 in a list or a paragraph is answered, and the text stops at the question", () => {
		expect(flags([
			"# 常问",
			"- 最近在读什么书？——《人月神话》，讲估算。",
			"- 为什么想换城市？",
			"",
			"你能接受出差吗？——可以，每月一周以内。",
		])).toEqual([
			["最近在读什么书？", true],
			["为什么想换城市？", false],
			["你能接受出差吗？", true],
		]);
	});

	it("a bold question with its answer after it on the item's line is answered, and the text stops at the question", () => {
		const qs = parse([
			"## 开始",
			"1. [开始] **Go 在编程语言世界中处于什么位置？**[TIOBE](https://tiobe.com/tiobe-index/)，10-20 名，两次入选年度语言",
			"1. **赋值操作符的写法**？+=，++ / -- 后置",
			"1. **Why is Go fast to compile?** No cyclic imports, and a simple grammar.",
			"1. **为什么离职？**",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Go 在编程语言世界中处于什么位置？", true],
			["赋值操作符的写法？", true],
			["Why is Go fast to compile?", true],
			["为什么离职？", false],
		]);
		expect(qs[0].parts.answer).toContain("10-20 名");
	});

	it("问题？答案 in a Chinese list item: the answer after the question mark, however long the item", () => {
		const qs = parse([
			"## 结构",
			"1. Go 源于什么需求而被创造？在软件规模日趋复杂时，兼顾代码易用性、健壮性和性能。C++ 未能平衡开发效率和运行效率，Java 的运行时又太重，于是 Google 的几位工程师决定设计一门新语言。",
			"1. import 的语法？单行 import \"fmt\"，多行用括号，每行一个。",
			"1. 协程和线程的区别？什么时候用协程？",
			"1. 为什么离职？（可能被追问）",
			"1. 什么是 HTTP method？请罗列出你所知道的所有 HTTP method，并给出解释。",
			"1. 什么是闭包？[MDN](https://developer.mozilla.org/)",
			"1. **什么是事件循环？** [参考](https://example.com/loop)",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Go 源于什么需求而被创造？", true],
			["import 的语法？", true],
			["协程和线程的区别？什么时候用协程？", false],
			["为什么离职？", false],
			["什么是 HTTP method？请罗列出你所知道的所有 HTTP method，并给出解释。", false],
			["什么是闭包？MDN", false],
			["什么是事件循环？ 参考", false],
		]);
	});

	it("an English item's words after its question mark stay the question's (a prompt, not an answer)", () => {
		expect(flags(["## Qs", "- How would you design a URL shortener? Consider scale and cost.", "- What is a closure? Give an example."])).toEqual([
			["How would you design a URL shortener? Consider scale and cost.", false],
			["What is a closure? Give an example.", false],
		]);
	});

	it("a dash inside the question, before its question mark, is no answer", () => {
		expect(flags(["# Q", "- Remote — or office — which do you prefer?"])).toEqual([["Remote — or office — which do you prefer?", false]]);
	});
});

describe("answers as the next bullets at the same level", () => {
	it("question and answer items in turn: each answer item answers the question above it", () => {
		const qs = parse([
			"# 问答",
			"- 你为什么做后端？",
			"- 喜欢把系统做稳，上一份工作我负责支付链路。",
			"- 你怎么看待代码评审？",
			"- 评审是学习的机会，我每周都会评别人的代码。",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["你为什么做后端？", true],
			["你怎么看待代码评审？", true],
		]);
		expect(qs[0].answerMarkdown).toContain("支付链路");
		expect(qs[0].answerMarkdown).not.toContain("代码评审");
	});

	it("a list of questions with one note among them is not read as answers", () => {
		expect(flags(["# Qs", "- Why this role?", "- See the job ad.", "- What is your notice period?", "- How soon can you start?"]).map(([t]) => t)).toEqual([
			"Why this role?", "What is your notice period?", "How soon can you start?",
		]);
	});
});

describe("bodies that are no answer, and <details> that is one", () => {
	it("HTML tags alone (line breaks, a rule) are no answer", () => {
		expect(flags([
			"## Common questions",
			"",
			"**Can you explain your employment gap?**",
			"<br><br>",
			"",
			"**Describe your leadership style**",
			"<br><br>",
			"",
			"## Why do you want to leave?",
			"",
			"<hr/>",
			"",
			"## 你的缺点是什么？",
			"",
			"<p>有时过于追求细节。</p>",
		])).toEqual([
			["Can you explain your employment gap?", false],
			["Describe your leadership style", false],
			["Why do you want to leave?", false],
			["你的缺点是什么？", true],
		]);
	});

	it("a rubric, follow-ups alone or a TODO leave the question unanswered; <details> content answers it", () => {
		expect(flags([
			"# Round 2",
			"## How do you handle a missed deadline?",
			"**What interviewers look for:**",
			"- ownership",
			"- early warning",
			"## 你最大的失败是什么？",
			"追问：你从中学到了什么？",
			"## Why should we hire you?",
			"TODO",
			"## Notes",
			"<details><summary>How do you say no to a manager?</summary>",
			"",
			"I offer a trade-off: what slips if this goes in.",
			"",
			"</details>",
		])).toEqual([
			["How do you handle a missed deadline?", false],
			["你最大的失败是什么？", false],
			["Why should we hire you?", false],
			["How do you say no to a manager?", true],
		]);
	});
});
