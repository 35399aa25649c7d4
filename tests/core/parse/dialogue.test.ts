// Interview dialogues (form 8): the interviewer's turn is the question, the candidate's the answer.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers";

describe("interview dialogues", () => {
	it("reads bold speaker turns as paragraphs, narration in brackets dropped", () => {
		const qs = parse(["## 二面", "", "**面试官**：（翻着简历）说说你做过最难的项目", "", "**候选人**：是一个对账系统，难在数据对不齐。", "", "**面试官**：好的，今天就到这里。"]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["说说你做过最难的项目", true]]);
		expect(qs[0].answerMarkdown).toContain("对账系统");
	});

	it("reads Interviewer:/Me: turns as list items", () => {
		const qs = parse(["## Onsite", "", "- Interviewer: Why did you pick Go for the service?", "- Me: Cheap goroutines and one static binary.", "- Interviewer: Walk me through your deploy", "- Me: Blue-green behind the load balancer."]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Why did you pick Go for the service?", true],
			["Walk me through your deploy", true],
		]);
	});
});
