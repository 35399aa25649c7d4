// Questions in a table whose header names the question column (`| Question | Story to use |`,
// `| 问题 | 回答 |`): each row's cell is a question; an Answer column's cell answers it, other cells hint.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers";

describe("questions in a table", () => {
	it("each row of the Question column is a question; other columns are its hint", () => {
		const qs = parse([
			"## Common behavioral questions",
			"",
			"| Question | Story to use | Key point to land |",
			"|----------|-------------|-------------------|",
			"| \"Hardest bug you've debugged\" | WALL-E thread safety | Show systematic debugging |",
			"| \"Tell me about a project you're proud of\" | FENCE-BOT | Show full-stack ownership |",
		]);
		expect(qs.map((q) => [q.text, q.answered, q.line])).toEqual([
			["Hardest bug you've debugged", false, 5],
			["Tell me about a project you're proud of", false, 6],
		]);
		expect(qs[0].parts.hint).toContain("systematic debugging");
	});

	it("an Answer column answers its row", () => {
		const qs = parse(["| 问题 | 回答 |", "| --- | --- |", "| 为什么离职？ | 想做更大的系统。 |", "| 你的缺点是什么？ |  |"]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["为什么离职？", true], ["你的缺点是什么？", false]]);
	});

	it("a table without a question column asks nothing", () => {
		expect(texts(["| Company | Focus |", "| --- | --- |", "| Amazon | Why do you want this? |"])).toEqual([]);
	});
});
