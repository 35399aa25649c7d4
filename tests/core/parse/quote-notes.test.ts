// A blockquote is the spoken answer in the person's own notes (plain text around it: how to think
// about it). In notes written by others a short quote over a long written answer is a note on it
// instead: a tag ("> Ownership"), a tip on how to answer, a word's meaning. Then the written text
// is the answer and the quote the hint: "Hint" must not show the whole answer.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers";

const STORY =
	"In my last job we were far behind a client deadline while my manager was away. I took the lead, split the work " +
	"among the four of us by strength, cleared my own day for it, and we delivered by five. I have led projects since.";
const LIST = [
	"- **互斥量**：只有拥有互斥对象的线程才能访问共享资源，用完之后交出，其他线程才能访问，所以同一时刻只有一个线程在用它。",
	"- **信号量**：允许同一时刻多个线程访问同一资源，但是限制同时访问的最大线程数量，计数为零时新来的线程排队等待。",
	"- **事件**：一个线程处理完任务之后，主动唤醒另外一个等待中的线程继续执行，分为手动重置事件和自动重置事件。",
].join("\n");

describe("a short quote over a much longer written answer is a note on it", () => {
	it("a tag above a story: the story is the answer, the tag the hint", () => {
		const [q] = parse(["## Tell me about a challenge at work", "", "> Ownership", "", STORY]);
		expect(q.parts).toEqual({ hint: "> Ownership", answer: STORY, context: "" });
		expect(q.answered).toBe(true);
	});

	it("a word's meaning below a story, in quotation marks", () => {
		const [q] = parse(["### Tell me about a time you failed", "", `“${STORY}”`, "", "> conscious: adj. 注意的"]);
		expect(q.parts.answer).toBe(`“${STORY}”`);
		expect(q.parts.hint).toBe("> conscious: adj. 注意的");
	});

	it("a one-line reason above a list that answers", () => {
		const [q] = parse(["### 线程同步有哪些方式？", "", "> 为什么需要同步：多个线程同时读写共享资源会冲突。", "", LIST]);
		expect(q.parts.answer).toBe(LIST);
		expect(q.parts.hint).toBe("> 为什么需要同步：多个线程同时读写共享资源会冲突。");
	});
});

describe("a quote of leadership principles' names is a tag, whatever is beside it", () => {
	it("alone under a question: no answer yet, the tag the hint", () => {
		const qs = parse([
			"## What are the areas where you need to improve your skills?", "", "> Learn and Be Curious", "",
			"## Constructive feedback received", "", "> Learn and Be Curious, Earn trust", "",
			"## Most impactful project", "", "> Deliver Results", "", "I cut the billing run from six hours to forty minutes.",
		]);
		expect(qs.map((q) => [q.answered, q.parts.hint, q.parts.answer])).toEqual([
			[false, "> Learn and Be Curious", ""],
			[false, "> Learn and Be Curious, Earn trust", ""],
			[true, "> Deliver Results", "I cut the billing run from six hours to forty minutes."],
		]);
	});

	it("a quote that says more than the names stays the answer", () => {
		const [q] = parse(["## Which principle is yours?", "", "> Customer Obsession, because I start from the user's problem."]);
		expect([q.answered, q.parts.answer]).toEqual([true, "> Customer Obsession, because I start from the user's problem."]);
	});
});

describe("a quote stays the spoken answer", () => {
	it("when it is as long as the notes beside it (the person's own shape)", () => {
		const spoken = "> 最近一份工作是在一家数字营销公司做客户成功，后来发现和预期差挺大，更多是外包的活儿，所以想换到更能发挥所长的地方。";
		const [q] = parse(["### 离职的原因", "", "第一份工作需要长期出差，权衡之后选择回到离家人更近的广东。", "", spoken]);
		expect(q.parts).toEqual({ hint: "第一份工作需要长期出差，权衡之后选择回到离家人更近的广东。", answer: spoken, context: "" });
	});

	it("when it is short but so are the notes", () => {
		const [q] = parse(["### Why this company?", "", "Mention the product.", "", "> Your product helps schools, and I trained teachers."]);
		expect(q.parts.answer).toBe("> Your product helps schools, and I trained teachers.");
		expect(q.parts.hint).toBe("Mention the product.");
	});

	it("when labels say what each part is", () => {
		const [q] = parse(["### Why this company?", "", "> Ownership", "", `**思路**：${STORY}`]);
		expect(q.parts.answer).toBe("> Ownership");
		expect(q.parts.hint).toBe(STORY);
	});
});
