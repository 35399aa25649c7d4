import { describe, expect, it } from "vitest";
import { splitAnswer, type RevealedAnswer } from "../../../src/core/quiz/answer-split";
import { parseNote } from "../../../src/core/parse/parse-note";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

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

describe("splitAnswer after labels that are not bold", () => {
	const opts = { labels: DEFAULT_SETTINGS.labels, promptHeadings: DEFAULT_SETTINGS.promptHeadings };
	const revealed = (note: string): RevealedAnswer[] => parseNote("n.md", note, opts).questions.map(splitAnswer);

	it.each([
		["Q: and A:", "Q: Why do you want to work here?\nA: Because your product helps schools.\n", "A: Because your product helps schools."],
		["问： and 答：", "问：为什么离职？\n答：想离家近。\n", "答：想离家近。"],
		["a STAR list", "### 讲一次意见不合\n\n- Situation: two designs.\n- Task: pick one.\n- Action: I wrote both up.\n- Result: shipped on time.\n", "- Situation: two designs.\n- Task: pick one.\n- Action: I wrote both up.\n- Result: shipped on time."],
		["a STAR list of bold labels", "### 讲一次意见不合\n\n- **Situation**: two designs.\n- **Task**：pick one.\n- **Action:** I wrote both up.\n- **Result**: shipped on time.\n", "- **Situation**: two designs.\n- **Task**：pick one.\n- **Action:** I wrote both up.\n- **Result**: shipped on time."],
		["STAR letters", "### 讲一次失败的经历\n\nS: 项目延期。\nT: 追回进度。\nA: 拆分任务。\nR: 按时上线。\n", "S: 项目延期。\nT: 追回进度。\nA: 拆分任务。\nR: 按时上线。"],
	])("%s: the answer shows once, with its labels, and nothing is left over", (_, note, model) => {
		expect(revealed(note)).toEqual([{ model, context: "", rest: "" }]);
	});

	it("a hint and a background written `label: text` stay in their own sections, not in the rest", () => {
		expect(revealed("### Why this role?\n\nAnswer: I like teaching.\n\nHint: keep it short.\n")).toEqual([{ model: "Answer: I like teaching.", context: "", rest: "" }]);
		expect(revealed("### 为什么选择我们？\n\n思路：先讲匹配。\n\n回答：我喜欢教育。\n")).toEqual([{ model: "回答：我喜欢教育。", context: "", rest: "" }]);
		expect(revealed("### Tell me about yourself\n\n1. Background: teacher.\n2. Answer: I moved to product.\n")).toEqual([
			{ model: "2. Answer: I moved to product.", context: "1. Background: teacher.", rest: "" },
		]);
	});

	it("a heading label over a one-letter answer shows with the answer, not with the options that hold the same letter", () => {
		const note = "###### 1. What's the output?\n\n- A: 1\n- B: 2\n\n#### Answer: B\n\nBecause x.\n";
		expect(revealed(note)).toEqual([{ model: "#### Answer: B\n\nBecause x.", context: "", rest: "" }]);
	});

	it("a labelled line that is in no part (a summary) stays in the rest, with its label", () => {
		expect(revealed("### 为什么选择我们？\n\n回答：我喜欢教育。\n\n总结：要点是匹配。\n")).toEqual([{ model: "回答：我喜欢教育。", context: "", rest: "总结：要点是匹配。" }]);
	});
});
