// Placeholders are not answers: the plugin's own STAR template, empty labelled parts, and bodies that
// only say TODO / TBD / 待补充 / 待完善 / (to fill in) leave the question a gap.
import { describe, expect, it } from "vitest";
import { starTemplate } from "../../../src/core/star/star-convert";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { answerParts } from "../../../src/core/parse/answer-parts";
import { parse } from "./helpers";

describe("placeholders are not answers", () => {
	for (const lang of ["zh", "en"] as const) {
		it(`the inserted STAR template (${lang}) under a question is no answer, no STAR part, no model answer`, () => {
			const [q] = parse(["#### **4. 你如何看待加班？**", "", starTemplate(lang), "", "#### 下一个问题？", "答。"]);
			expect(q.text).toBe("你如何看待加班？");
			expect(q.answered).toBe(false);
			expect(q.parts).toEqual({ hint: "", answer: "", context: "" });
			expect(Object.values(q.star).some(Boolean)).toBe(false);
		});

		it(`the STAR template (${lang}) with custom label words is no answer either`, () => {
			const labels = { ...DEFAULT_LABELS, situation: [...DEFAULT_LABELS.situation, "场景"] };
			const res = answerParts(starTemplate(lang, labels), labels, "answer");
			expect(res.answered).toBe(false);
		});
	}

	it("a half-filled template is answered by the parts written, and the placeholders stay out of them", () => {
		const t = starTemplate("zh").replace("（待补充：你具体做了什么）", "我每天同步一次进度。");
		const [q] = parse(["### 你如何看待加班？", t]);
		expect(q.answered).toBe(true);
		expect(q.parts.answer).toBe("我每天同步一次进度。");
		expect(q.star).toEqual({ situation: false, task: false, action: true, result: false });
	});

	it("empty labelled parts are no answer", () => {
		expect(parse(["### 为什么离职？", "**情境**：", "**任务**：", "**示范回答**："])[0].answered).toBe(false);
	});

	for (const body of ["TODO", "TBD", "待补充", "待完善", "(to fill in)", "- TODO: 写一个例子", "**示范回答**：待补充", "> TBD.", "（待完善）"]) {
		it(`a body that only says ${JSON.stringify(body)} is no answer`, () => {
			const [q] = parse(["### 为什么离职？", "", body, "", "### 下一题？", "答。"]);
			expect(q.answered).toBe(false);
			expect(q.parts.answer).toBe("");
		});
	}

	it("words that only start like a placeholder are an answer", () => {
		for (const body of ["待完善的地方我会主动补上。", "TODO lists keep me on track.", "TBD meetings are rare here."]) {
			expect(parse(["### 为什么离职？", "", body])[0].answered).toBe(true);
		}
	});
});

describe("answered means the note gives an answer of its own", () => {
	it("a hint alone is not an answer; the hint is still kept", () => {
		const [q] = parse(["### 客户一直催进度怎么办？", "", "**思考过程**：催进度往往是因为信息不透明。"]);
		expect(q.answered).toBe(false);
		expect(q.parts.hint).toBe("催进度往往是因为信息不透明。");
		expect(q.answerMarkdown).toContain("思考过程");
	});

	it("background alone is not an answer", () => {
		expect(parse(["### 为什么离职？", "**结合背景**：在上一家公司做了三年。"])[0].answered).toBe(false);
	});

	it("a model answer, quoted speech or plain answer text is", () => {
		expect(parse(["### 为什么离职？", "**示范回答**：想离家近。"])[0].answered).toBe(true);
		expect(parse(["### 为什么离职？", "**思路**：说实话", "", "> 想离家近。"])[0].answered).toBe(true);
		expect(parse(["### 为什么离职？", "想离家近。"])[0].answered).toBe(true);
	});
});
