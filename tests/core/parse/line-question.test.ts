// lineQuestion tells most prose lines outside a list by their first node and character before
// cleaning their text: that look must never change what the full reading says.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { PhrasingContent } from "mdast";
import { seeded } from "../../property-seed";
import { parse } from "./helpers";
import { lineQuestion } from "../../../src/core/parse/line-question";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const labels = DEFAULT_SETTINGS.labels;
const WORDS = [
	"Q: ", "q1：", "Question 2: ", "问：", "问题：", "题目 3：", "面试官：", "考官：", "HR: ", "Interviewer: ", "recruiter: ", "Hiring manager: ",
	"为什么选择我们？", "Why this role?", "我负责迁移。", "I led it", "思路", "答案：", " ", "  ", "1. ", "#interview-question", "#not-interview-question",
	"（补充）", "请介绍一下你自己", "Tell me about a time", "中文：", "x",
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w): PhrasingContent => ({ type: "text", value: w.join("") }));
const node: fc.Arbitrary<PhrasingContent> = fc.oneof(
	{ weight: 4, arbitrary: text },
	{ weight: 2, arbitrary: fc.array(text, { minLength: 1, maxLength: 2 }).map((c): PhrasingContent => ({ type: "strong", children: c })) },
	{ weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 2 }).map((c): PhrasingContent => ({ type: "emphasis", children: c })) },
	{ weight: 1, arbitrary: fc.constant<PhrasingContent>({ type: "break" }) },
	{ weight: 1, arbitrary: fc.constantFrom<PhrasingContent>({ type: "inlineCode", value: "x" }, { type: "text", value: "   " }) },
);

describe("a line read as a question", () => {
	it("the quick look agrees with the full reading, in a list and outside one", () => {
		fc.assert(
			fc.property(fc.array(node, { minLength: 1, maxLength: 4 }), fc.boolean(), (nodes, inList) => {
				expect(lineQuestion(nodes, labels, inList), JSON.stringify(nodes)).toEqual(lineQuestion(nodes, labels, inList, false));
			}),
			seeded({ numRuns: 4000 }),
		);
	});

	it("prose is no question; a Q/A line, an interviewer's turn and a bold question are", () => {
		const t = (value: string): PhrasingContent => ({ type: "text", value });
		expect(lineQuestion([t("我负责迁移，先列出时间线。")], labels, false)).toBeNull();
		expect(lineQuestion([t("Q: Why this role?")], labels, false)).toEqual({ text: "Why this role?", form: "qa" });
		expect(lineQuestion([t("面试官：为什么选择我们？")], labels, false)?.text).toBe("为什么选择我们？");
		expect(lineQuestion([{ type: "break" }, { type: "strong", children: [t("为什么选择我们？")] }], labels, false)?.form).toBe("bold");
	});
});

describe("a bold question with its source in brackets after it", () => {
	it("is the bold text, asked; a bold phrase that asks nothing stays out", () => {
		const qs = parse([
			"### Redis面试题",
			"",
			"**Redis 数据结构**（见上一节）",
			"",
			"**3、Redis 为什么那么快？**（https://mp.weixin.qq.com/s/abc）",
			"",
			"**4、谈谈 Redis 的过期删除策略。**（D:\\notes\\redis-all.md）",
			"",
			"**Why is Redis single-threaded?** (see [the docs](https://redis.io))",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Redis 为什么那么快？", false],
			["谈谈 Redis 的过期删除策略。", false],
			["Why is Redis single-threaded?", false],
		]);
	});
});
