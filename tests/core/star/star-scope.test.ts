import { describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { starTemplate } from "../../../src/core/star/star-convert";
import { isBehaviouralQuestion, starCheckScope } from "../../../src/core/star/star-scope";

const opts = { labels: DEFAULT_LABELS };
const STORY = "当时项目延期。我负责赶进度。我拆分了任务。最终按时上线。";

describe("which questions are behavioural", () => {
	it.each([
		"Tell me about a time you disagreed with your manager.",
		"Describe a situation where you had to learn something fast.",
		"Give an example of a goal you reached.",
		"Have you ever missed a deadline?",
		"请举例说明你如何处理冲突",
		"描述一次你失败的经历",
		"讲一次你带团队的经历？",
		"你遇到过难缠的客户吗？",
		"有没有和同事意见不合的时候？",
		"说说你印象最深的一次项目经历",
	])("%s → behavioural", (q) => expect(isBehaviouralQuestion(q)).toBe(true));

	it.each(["为什么想做技术支持？", "What is a closure in JavaScript?", "你的优点和缺点是什么？", "Why do you want to join us?", "自我介绍"])(
		"%s → not behavioural",
		(q) => expect(isBehaviouralQuestion(q)).toBe(false),
	);
});

describe("starCheckScope", () => {
	it("checks a behavioural question's answer, and any answer with STAR labels", () => {
		expect(starCheckScope("讲一次你解决冲突的经历？", STORY, opts)).toBe("check");
		expect(starCheckScope("为什么想做技术支持？", "**情境**：我之前在客服部。\n**结果**：客户满意。", opts)).toBe("check");
	});

	it("does not check a non-behavioural question's loose answer unless asked", () => {
		expect(starCheckScope("为什么想做技术支持？", "我喜欢解决问题，也喜欢和人打交道。", opts)).toBe("not-behavioural");
		expect(starCheckScope("为什么想做技术支持？", "我喜欢解决问题，也喜欢和人打交道。", { ...opts, requested: true })).toBe("check");
	});

	it("says nothing is written yet for an empty answer, a blank template, or labels with placeholders only", () => {
		for (const answer of ["", "  \n", starTemplate("zh"), starTemplate("en"), "**情境**：\n**任务**：\n**行动**：\n**结果**：", "**示范回答**：\n\n"]) {
			expect(starCheckScope("讲一次你解决冲突的经历？", answer, { ...opts, requested: true }), JSON.stringify(answer)).toBe("nothing-written");
		}
	});

	it("a template with one part written is something written", () => {
		const one = starTemplate("zh").replace("（待补充：你具体做了什么）", "我拆分了任务。");
		expect(starCheckScope("讲一次你解决冲突的经历？", one, opts)).toBe("check");
	});
});
