import { describe, expect, it } from "vitest";
import { splitAnswer } from "../../../src/core/quiz/answer-split";

describe("splitAnswer", () => {
	it("shows an unlabelled answer whole, as the answer", () => {
		const r = splitAnswer({ answered: true, answerMarkdown: "本质是\n\n- 先倾听\n- 再解决\n", parts: { hint: "", answer: "", context: "" } });
		expect(r).toEqual({ model: "本质是\n\n- 先倾听\n- 再解决", context: "", rest: "" });
	});

	it("keeps what no labelled part holds, without repeating the parts or their labels", () => {
		const md = [
			"**思路**：先安抚，再解决。",
			"",
			"> 我会先倾听客户的问题。",
			"",
			"**结合背景**：",
			"在上一家公司做过售后。",
			"",
			"本质是信任。",
		].join("\n");
		const r = splitAnswer({
			answered: true,
			answerMarkdown: md,
			parts: { hint: "先安抚，再解决。", answer: "> 我会先倾听客户的问题。", context: "在上一家公司做过售后。" },
		});
		expect(r.model).toBe("> 我会先倾听客户的问题。");
		expect(r.context).toBe("在上一家公司做过售后。");
		expect(r.rest).toBe("本质是信任。");
	});

	it("has no rest when the parts cover everything", () => {
		const r = splitAnswer({
			answered: true,
			answerMarkdown: "**示范回答**：\n> 我会先倾听。",
			parts: { hint: "", answer: "> 我会先倾听。", context: "" },
		});
		expect(r.rest).toBe("");
	});
});

describe("splitAnswer with labels inside one paragraph", () => {
	it("does not repeat a paragraph whose pieces are all parts", () => {
		const r = splitAnswer({
			answered: true,
			answerMarkdown: "**思考过程**：先听再说。**结合背景**：我做过客服。\n\n另外一点。",
			parts: { hint: "先听再说。", answer: "", context: "我做过客服。" },
		});
		expect(r.rest).toBe("另外一点。");
	});
});

describe("splitAnswer keeps the note's markup", () => {
	it("a STAR answer keeps its labels in the model answer", () => {
		const md = "**Situation**: two designs.\n**Task**: pick one.\n**Action**: I wrote both up.\n**Result**: shipped on time.";
		const r = splitAnswer({
			answered: true,
			answerMarkdown: md,
			parts: { hint: "", answer: "two designs.\n\npick one.\n\nI wrote both up.\n\nshipped on time.", context: "" },
		});
		expect(r).toEqual({ model: md, context: "", rest: "" });
	});

	it("a hint line stays out of the revealed sections", () => {
		const r = splitAnswer({
			answered: true,
			answerMarkdown: "**思路**：先安抚。\n\n**示范回答**：\n> 我会先倾听。\n> - 然后给方案",
			parts: { hint: "先安抚。", answer: "> 我会先倾听。\n> - 然后给方案", context: "" },
		});
		expect(r.model).toBe("> 我会先倾听。\n> - 然后给方案");
		expect(r.rest).toBe("");
	});
});

describe("splitAnswer with a part that runs across a shared line", () => {
	it("shows the whole part when its start shares a line with another part", () => {
		const r = splitAnswer({
			answered: true,
			answerMarkdown: "**思考过程**：要平衡。 **结合背景**：你曾参\n\n与过调研。\n\n**回答建议**：我会先明确核心需求。",
			parts: { hint: "要平衡。", answer: "我会先明确核心需求。", context: "你曾参\n\n与过调研。" },
		});
		expect(r.context).toBe("你曾参\n\n与过调研。");
		expect(r.model).toBe("**回答建议**：我会先明确核心需求。");
		expect(r.rest).toBe("");
	});

	it("a line with a long run of spaces inside is kept in the rest, and read in linear time (was cubic: minutes)", () => {
		const line = `ab${" ".repeat(200_000)}x`;
		const r = splitAnswer({ answerMarkdown: `model\n${line}\n**思路**：`, parts: { hint: "h", answer: "model", context: "" }, answered: true });
		expect(r.rest).toBe(line);
		expect(r.model).toBe("model");
	});
});
