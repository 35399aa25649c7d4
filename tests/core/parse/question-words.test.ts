// A number at the start of a question's words is part of it ("3 things…"); numbering is not.
import { describe, expect, it } from "vitest";
import { texts } from "./helpers";

describe("numbers at the start of a question", () => {
	it("are kept when they count something, stripped when they number the question", () => {
		expect(texts([
			"# Prep",
			"## 3 things you would change in your last team?",
			"Fewer meetings.",
			"## 2 为什么离职？",
			"想换方向。",
			"## More",
			"- 5 years from now, where do you want to be?",
			"- 3 个你最自豪的项目是什么？",
			"- 1. Why this company?",
		])).toEqual([
			"3 things you would change in your last team?",
			"为什么离职？",
			"5 years from now, where do you want to be?",
			"3 个你最自豪的项目是什么？",
			"Why this company?",
		]);
	});
});
