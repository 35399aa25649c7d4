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
