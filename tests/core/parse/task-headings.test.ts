// Form 6: long task-style headings (several sentences, a link, instructions after the question).
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers";

describe("long task-style headings", () => {
	it("take the question they open with; the instructions and the link after it go", () => {
		const qs = parse([
			"# Design round",
			"## How would you build a news feed? Assume 50 million daily users. Read https://example.org/feed-brief first, then sketch the API.",
			"I'd fan out on write for most users.",
			"## 如何设计一个抢票系统？要求支持每秒五万请求，并说明缓存怎么失效。参考 https://example.org/piao",
			"我会先把余票放进缓存。",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["How would you build a news feed?", true],
			["如何设计一个抢票系统？", true],
		]);
	});

	it("take a task they open with (Design…, Implement…, 设计…) when more sentences follow", () => {
		expect(texts([
			"# Practice",
			"## 4) Implement a job scheduler with retries. You have 40 minutes. Tests are in the repo.",
			"I'll keep a min-heap by next run time.",
			"## 设计一个短链接服务。限时三十分钟，先画架构图。",
			"我会用发号器生成短码。",
		])).toEqual(["Implement a job scheduler with retries.", "设计一个短链接服务。"]);
	});

	it("keep a heading of two questions, or with a link inside the question, whole", () => {
		expect(texts([
			"# Net",
			"## Why did you leave? Was it the team or the work?",
			"The work.",
			"## 打开 www.example.org，浏览器怎么决定用 HTTP 还是 HTTPS？",
			"看 HSTS 和跳转。",
		])).toEqual(["Why did you leave? Was it the team or the work?", "打开 www.example.org，浏览器怎么决定用 HTTP 还是 HTTPS？"]);
	});

	it("leave a narrative heading of several sentences that neither asks nor sets a task alone", () => {
		expect(texts(["# Diary", "## Moving to Berlin. It rained for a week.", "We found a flat in the end."])).toEqual([]);
	});
});

describe("imperative coding prompts", () => {
	it("a coding task heading over the person's code is a prompt; over prose without code or 'I', not", () => {
		const qs = parse([
			"# Warm-up",
			"## Flatten a nested array",
			"```js",
			"const flat = (a) => a.flat(Infinity);",
			"```",
			"## 实现一个防抖函数",
			"```js",
			"function debounce(f, ms) {}",
			"```",
			"## Sort order of the chapters",
			"Alphabetical, then by date.",
		]);
		expect(qs.map((q) => [q.text, q.form])).toEqual([
			["Flatten a nested array", "prompt"],
			["实现一个防抖函数", "prompt"],
		]);
	});

	it("a coding exercise item in a list of questions asks", () => {
		expect(texts([
			"# JS",
			"- What does `this` refer to in an arrow function?",
			"- Write a function that deep-clones an object",
			"- Create a for loop that prints the odd numbers up to 20",
		])).toEqual([
			"What does this refer to in an arrow function?",
			"Write a function that deep-clones an object",
			"Create a for loop that prints the odd numbers up to 20",
		]);
	});
});

describe("a question heading with marks after its question mark", () => {
	it("keeps them: an emoji or a closing mark is no instruction", () => {
		expect(texts(["# Prep", "## 你为什么离职？😀", "想换方向。", "## Why Rust? 🦀", "Safety."])).toEqual(["你为什么离职？😀", "Why Rust? 🦀"]);
	});
});
