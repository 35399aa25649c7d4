// Headings that ask loosely, read as questions when their siblings are questions.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers";

describe("headings among question headings", () => {
	it("take prompts without a question mark and short prompt phrases as questions", () => {
		const qs = parse([
			"# Behavioural",
			"## Why do you want to leave?",
			"I want a smaller team.",
			"## Tell me a time you disagreed with a lead",
			"## How do you handle pressure?",
			"Lists and walks.",
			"## Feedback you acted on",
			"I slowed down my reviews after a peer said so.",
			"## 参考资料",
			"- a book",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Why do you want to leave?", true],
			["Tell me a time you disagreed with a lead", false],
			["How do you handle pressure?", true],
			["Feedback you acted on", true],
		]);
	});

	it("leave a heading over nothing but links alone: other people's answers, not a question", () => {
		const qs = [
			"### What is a doctype?", "It tells the browser the mode.",
			"### Why use data- attributes?", "To keep data in the markup.",
			"### What does defer do?", "It runs the script after parsing.",
		];
		expect(texts([...qs, "### Other Answers", "", "- https://example.com/html-answers/", "- [My answers](https://example.org/my-answers)"])).toEqual([
			"What is a doctype?", "Why use data- attributes?", "What does defer do?",
		]);
		expect(texts([...qs, "### Semantic markup", "", "I use `<main>` and `<nav>`: see https://example.com/semantics."])).toContain("Semantic markup");
	});

	it("leave chapter headings of a write-up alone", () => {
		expect(texts(["# 我的面试复盘", "## 背景", "去年秋招。", "## 过程", "三轮技术面。", "## 结果", "拿到了 offer。"])).toEqual([]);
	});
});
