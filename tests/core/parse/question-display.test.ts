// questionDisplay: the text a question is shown with. A note in brackets after its question mark goes, and
// an English question keeps its words without its Chinese gloss; anything else is shown as it is, trimmed.
import { describe, expect, it } from "vitest";
import { questionDisplay } from "../../../src/core/parse/question-text";
import { parse, texts } from "./helpers";
import { questionKey } from "../../../src/core/normalize";

describe("questionDisplay", () => {
	it("drops a note in brackets after the question mark", () => {
		expect(questionDisplay("为什么选择这个岗位？（可能被问到的补充回答）")).toBe("为什么选择这个岗位？");
		expect(questionDisplay("Why this role? (follow-up)")).toBe("Why this role?");
	});

	it("keeps an English question without its Chinese gloss", () => {
		expect(questionDisplay("Where do you see yourself in five years （五年后的你）")).toBe("Where do you see yourself in five years");
	});

	it("shows other text as it is, trimmed, brackets inside it kept", () => {
		expect(questionDisplay("  讲一次你（作为组长）推动改进的经历  ")).toBe("讲一次你（作为组长）推动改进的经历");
		expect(questionDisplay("How do you use map() and filter()")).toBe("How do you use map() and filter()");
		expect(questionDisplay("为什么？（补充） ")).toBe("为什么？（补充）");
	});
});

describe("a question keeps what its code spans say", () => {
	// `<script>` in backticks is text the person sees: it was taken for an HTML tag and dropped
	// ("请解释 、 和 的区别。"). Raw HTML in a line is still no part of the question.
	it.each([
		["* 请解释 `<script>`、`<script async>` 和 `<script defer>` 的区别。", "请解释 <script>、<script async> 和 <script defer> 的区别。"],
		["### Why put `<link>` in `<head>` and `<script>` before `</body>`?", "Why put <link> in <head> and <script> before </body>?"],
		["**问题1：`<div>` 和 `<span>` 有什么区别？**", "<div> 和 <span> 有什么区别？"],
		["- What does `Array<T>` mean in TypeScript?", "What does Array<T> mean in TypeScript?"],
		["- Why is <b>this</b> bold?", "Why is this bold?"],
	])("%s", (line, text) => {
		expect(texts(`## 前端\n\n${line}\n`)).toEqual([text]);
	});
});

describe("a question in a task list", () => {
	const list = (box: string): string[] => ["## 常见问题", "", `- ${box} 为什么离职？`, `- ${box} **What is your biggest weakness?**`, `- ${box} 你的优点是什么？`];

	it("is shown without its checkbox, and ticking the box keeps its words and its id", () => {
		const open = parse(list("[ ]"));
		expect(open.map((q) => q.text)).toEqual(["为什么离职？", "What is your biggest weakness?", "你的优点是什么？"]);
		for (const box of ["[x]", "[X]"]) {
			const done = parse(list(box));
			expect(done.map((q) => q.text)).toEqual(open.map((q) => q.text));
			expect(done.map((q) => questionKey(q.text))).toEqual(open.map((q) => questionKey(q.text)));
		}
	});

	it("a to-do item that does not ask stays a to-do, however many of its siblings ask", () => {
		expect(texts(["## 网络", "", "- [ ] 什么是 TCP？", "- [ ] 什么是 UDP？", "- [x] DNS 为什么用 UDP？", "- [ ] 复习握手"])).toEqual([
			"什么是 TCP？", "什么是 UDP？", "DNS 为什么用 UDP？",
		]);
	});

	it("keeps bracketed text that is no checkbox: an option letter, a reference, a word", () => {
		expect(parse(["## Quiz", "", "- [A] 哪个协议是无连接的？", "- [1] What does TCP stand for?", "- [draft] Why Rust?"]).map((q) => q.text)).toEqual([
			"[A] 哪个协议是无连接的？", "[1] What does TCP stand for?", "[draft] Why Rust?",
		]);
	});
});
