// Whether a question counts as answered: follow-ups, rubrics and translations are not answers.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers";

describe("bodies that answer nothing", () => {
	// Found by npm run fuzz: such a question was counted answered with no answer lines to show.
	it("marks, dashes or an ellipsis left where the answer goes are no answer, in every question form", () => {
		const notes = [
			"## Why did you leave?\n\n...\n",
			"## 为什么离职？\n\n——\n",
			"**问题：你的缺点？**\n\n]]\n",
			"Q: What did you learn?\nA: ?!\n",
			"𐀀？\r]]",
		];
		for (const text of notes) {
			const qs = parse(text);
			expect(qs.length, JSON.stringify(text)).toBe(1);
			expect(qs[0].answered, JSON.stringify(text)).toBe(false);
			expect(qs[0].answerLines, JSON.stringify(text)).toBeNull();
		}
		// One word after them is an answer.
		expect(parse("## Why did you leave?\n\n... to grow.\n")[0].answered).toBe(true);
	});

	it("follow-up prompts and an evaluation rubric under a bold question leave it unanswered, shown as its hint", () => {
		const qs = parse([
			'**Q1**: "Tell me about a time you changed a plan at the last minute."',
			"",
			"*Follow-up prompts:*",
			"- Who did you tell first?",
			"- What would you keep?",
			"",
			"**Evaluation Criteria:**",
			"- [ ] Calm under change",
			"- [ ] Clear hand-over",
			"",
			"---",
			"",
			'**Q2**: "Describe a release you rolled back."',
			"",
			"I rolled back the billing release in March because the totals drifted.",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Tell me about a time you changed a plan at the last minute.", false],
			["Describe a release you rolled back.", true],
		]);
		expect(qs[0].parts.hint).toContain("Who did you tell first?");
	});

	it("a Chinese rubric (评估要点) is not an answer", () => {
		const qs = parse(["#### 题目3：跨部门合作", '**问题**："描述一次你说服另一个团队改变排期的经历。"', "", "**评估要点**：", "- 影响力", "- 沟通"]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["描述一次你说服另一个团队改变排期的经历。", false]]);
	});

	// One vocabulary (issue 13): an item's unlabelled note is kept as its hint, not a model answer;
	// follow-up questions are a hint too, never an answer.
	it("a nested follow-up question under a listed question is its hint; nested statements are its answer, advice its hint", () => {
		const qs = parse([
			"- Explain how a hash map grows.",
			"  - How would you pick the load factor?",
			"- What is a bloom filter?",
			"  - A bit array with k hash functions; false positives only.",
			"- 你是如何推动项目进展的？",
			"  - 在回答时，可以强调你如何制定项目计划。",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Explain how a hash map grows.", false],
			["What is a bloom filter?", true],
			["你是如何推动项目进展的？", false],
		]);
		expect(qs[0].parts.hint).toContain("load factor");
		expect(qs[1].parts.answer).toContain("bit array");
		expect(qs[2].parts.hint).toContain("制定项目计划");
	});

	it("a one-line (Follow-ups: …) note is not an answer, but prose that ends in a question mark is", () => {
		const qs = parse([
			"## Why did you leave your last team?",
			"",
			"(Follow-ups: Would you go back? What did you miss?)",
			"",
			"## How do you plan a migration?",
			"",
			"I cut it into steps that can each be undone. Who would not want that?",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Why did you leave your last team?", false],
			["How do you plan a migration?", true],
		]);
	});

	it("the question again in English under a bilingual question label is not an answer; an answer label after the list is", () => {
		const qs = parse([
			"1. **问题：**",
			"   - 中文：你如何安排一周的学习？",
			"   - English: How do you plan a week of study?",
			"",
			"**参考答案：**",
			"   - 中文：周一定目标，周五复盘。",
			"",
			"2. **问题：**",
			"   - 中文：你如何面对批评？",
			"   - English: How do you take criticism?",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["你如何安排一周的学习？", true],
			["你如何面对批评？", false],
		]);
		expect(qs[0].answerMarkdown).toContain("周一定目标");
	});
});
