// Form 7: question headings whose body is coaching advice (a hint, not an answer), and imperative
// coaching lines, plans and notes to self, which are no interview questions.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers";

describe("a question over coaching advice", () => {
	it("is a question, unanswered, with the advice as its hint", () => {
		const qs = parse([
			"# Behavioural",
			"## What made you apply here?",
			"Stay specific. Mention the product, not the perks.",
			"Avoid talking about salary.",
			"## 你怎么看待加班？",
			"- 回答时不要一口拒绝",
			"- 重点说明你对效率的理解",
			"## What is a failure you learned from?",
			"Be honest: I once shipped a migration without a rollback plan.",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["What made you apply here?", false],
			["你怎么看待加班？", false],
			["What is a failure you learned from?", true],
		]);
		expect(qs[0].parts.hint).toContain("Mention the product");
		expect(qs[1].parts.hint).toContain("回答时不要一口拒绝");
	});

	it("a topic heading (自我介绍) over advice is a prompt, unanswered; over the person's text, answered", () => {
		const qs = parse([
			"# 面试准备",
			"## 自我介绍",
			"建议控制在一分半以内，突出和岗位相关的经历。",
			"## 职业规划",
			"三年内我想带一个小组。",
		]);
		expect(qs.map((q) => [q.text, q.form, q.answered])).toEqual([
			["自我介绍", "prompt", false],
			["职业规划", "prompt", true],
		]);
	});
});

describe("lines that are not interview questions", () => {
	it("imperative coaching lines in a section on how to answer are not questions; a line with '?' there still is", () => {
		expect(texts([
			"# STAR",
			"## How to structure a story",
			"- Describe the setting in two sentences.",
			"- Explain the action you took, not the team's.",
			"- Talk about the outcome with a number.",
			"## 答题技巧",
			"- 讲一下背景，别超过三句",
			"- 说说你自己做了什么",
		])).toEqual([]);
		expect(texts(["# Tips", "## Advice for the final round", "- Describe your impact with numbers.", "- What will you ask them at the end?"])).toEqual([
			"What will you ask them at the end?",
		]);
	});

	it("questions in a plan or notes to self are not interview questions, nor is the plan a prompt", () => {
		expect(texts([
			"# 复盘",
			"## 下周安排",
			"- 我先复习网络还是操作系统？",
			"- 怎么挤出刷题时间？",
			"## Notes to self",
			"Should I email the recruiter again?",
			"",
			"What do I still need to read?",
		])).toEqual([]);
	});

	it("the note's only heading, at its top, is its title and not a prompt", () => {
		expect(texts(["# 美团二面记录", "下午三点开始，面试官先让我讲项目，我讲了二十分钟。"])).toEqual([]);
		// Under text of its own (not at the top), a lone level-1 heading can still be a prompt.
		expect(texts(["Prep for Friday.", "", "# Why this team", "I like that the team owns its on-call."])).toEqual(["Why this team"]);
	});
});

describe("a table of contents", () => {
	it("links to the note's own headings are not questions; the headings are", () => {
		expect(texts([
			"# 算法",
			"- [为什么要刷题？](#为什么要刷题)",
			"- [怎么开始？](#怎么开始)",
			"## 为什么要刷题？",
			"面试要考。",
		])).toEqual(["为什么要刷题？"]);
	});
});

describe("imperative lines inside an answer", () => {
	it("are points of the answer, not questions of their own", () => {
		expect(texts([
			"# Prep",
			"**Tell me about a conflict with a peer.**",
			"",
			"I disagreed with a peer on the API shape.",
			"",
			"- Explain what you learned.",
			"- Describe how you would act next time.",
			"",
			"**Why this company?**",
			"",
			"The product.",
		])).toEqual(["Tell me about a conflict with a peer.", "Why this company?"]);
	});
});
