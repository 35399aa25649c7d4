// The STAR check panel's model, shared by the quiz and the mock: where it applies, what it says.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { starTemplate } from "../../../src/core/star/star-convert";
import { questionStarPanel, starCheckOptions, starPanel } from "../../../src/core/star/star-report";
import { findStories } from "../../../src/core/star/stories";

const opts = starCheckOptions(DEFAULT_SETTINGS);
const LABELLED_ZH =
	"**情境**：去年双十一前，我们的客服系统经常崩溃。\n**任务**：我要在两周内把投诉量降下来。\n**行动**：我联系了三个部门，我拆分了排查清单，我们每天开站会。\n**结果**：最终投诉减少了 40%。";

describe("starPanel: where the check applies", () => {
	it("is absent for a question STAR does not fit (为什么想做技术支持？), answered or not", () => {
		expect(starPanel("为什么想做技术支持？", "我喜欢解决问题，也喜欢和人打交道。", opts, "zh")).toBeNull();
		expect(starPanel("为什么想做技术支持？", "", opts, "zh")).toBeNull();
		expect(starPanel("What is a closure?", "A function with its scope.", opts, "en")).toBeNull();
	});

	it("says nothing is written yet for a behavioural question's empty answer or blank template, not 0% and 0 seconds", () => {
		for (const answer of ["", starTemplate("zh"), starTemplate("en")]) {
			const panel = starPanel("讲一次你解决冲突的经历？", answer, opts, "zh");
			expect(panel?.kind).toBe("nothing-written");
			expect(JSON.stringify(panel)).not.toMatch(/0%|0 秒/);
		}
		expect(starPanel("Tell me about a time you failed.", "", opts, "en")).toMatchObject({
			kind: "nothing-written",
			message: "Nothing is written in this answer yet: nothing to check.",
		});
	});

	it("checks any answer when the person asks, and a labelled answer to any question", () => {
		expect(starPanel("为什么想做技术支持？", "我喜欢解决问题。", { ...opts, requested: true }, "zh")?.kind).toBe("report");
		expect(starPanel("你的优点是什么？", LABELLED_ZH, opts, "zh")?.kind).toBe("report");
	});
});

describe("starPanel: what it says", () => {
	it("each part present or missing, the number in the result, 我 against 我们, action share, time at the person's speed", () => {
		const panel = starPanel("讲一次你降低投诉的经历", LABELLED_ZH.replace(/\n\*\*任务\*\*：[^\n]*/, ""), { ...opts, charsPerMinuteZh: 120 }, "zh");
		if (panel?.kind !== "report") throw new Error("expected a report");
		expect(panel.parts.map((p) => [p.key, p.present])).toEqual([
			["situation", true],
			["task", false],
			["action", true],
			["result", true],
		]);
		expect(panel.parts.map((p) => p.text)).toEqual(["情境：有", "任务：缺", "行动：有", "结果：有"]);
		expect(panel.complete).toBe(false);
		expect(panel.result.level).toBe("number");
		expect(panel.pronouns.text).toBe("“我” 2 次 · “我们” 2 次");
		expect(panel.pronouns.moreWe).toBeNull();
		expect(panel.action).toMatch(/^行动占回答的 [1-9]\d%。$/);
		expect(panel.time).toContain("按每分钟 120 字");
	});

	it("speaking time follows the person's speed: slower speech, longer time", () => {
		const fast = starPanel("Tell me about a time you led a team.", "I led five people. As a result we shipped in 3 weeks.", { ...opts, wordsPerMinuteEn: 300 }, "en");
		const slow = starPanel("Tell me about a time you led a team.", "I led five people. As a result we shipped in 3 weeks.", { ...opts, wordsPerMinuteEn: 30 }, "en");
		if (fast?.kind !== "report" || slow?.kind !== "report") throw new Error("expected reports");
		expect(fast.time).toBe("About 2 seconds to say at 300 words a minute");
		expect(slow.time).toBe("About 24 seconds to say at 30 words a minute");
	});

	it("warns when 我们 outnumbers 我, and names a vague result", () => {
		const panel = starPanel("描述一次团队合作的经历", "我们一起做了项目。我们分工合作。我们很开心。", opts, "zh");
		if (panel?.kind !== "report") throw new Error("expected a report");
		expect(panel.pronouns.moreWe).toBe("“我们”比“我”多：多讲你自己做了什么。");
		expect(panel.result.level).toBe("vague");
		expect(panel.inferred).not.toBeNull();
	});

	it("a complete labelled English answer", () => {
		const md = "**Situation**: our release slipped.\n**Task**: I owned the fix.\n**Action**: I wrote a risk list and called the vendor.\n**Result**: we shipped with 0 incidents.";
		const panel = starPanel("Tell me about a time you disagreed with your manager.", md, opts, "en");
		if (panel?.kind !== "report") throw new Error("expected a report");
		expect(panel.complete).toBe(true);
		expect(panel.parts.every((p) => p.present)).toBe(true);
		expect(panel.pronouns.text).toBe("“I” 2 · “we” 1");
	});
});

describe("questionStarPanel: the panel the quiz card and the mock reveal both show", () => {
	const story = findStories("Stories/Outage.md", `---\ninterview-story: true\n---\n${LABELLED_ZH}\n`, DEFAULT_SETTINGS.labels);

	it("checks the answering copy's text with its linked story's text, at the person's speed", () => {
		const answering = { path: "Q/行为题.md", answerMarkdown: "见 [[Outage]]" };
		const panel = questionStarPanel({ text: "讲一次你降低投诉的经历" }, answering, story, { ...DEFAULT_SETTINGS, charsPerMinuteZh: 120 }, "zh");
		if (panel?.kind !== "report") throw new Error("expected a report");
		expect(panel.complete).toBe(true);
		expect(panel.time).toContain("按每分钟 120 字");
		// Without the story, the same answer is not a complete STAR answer.
		const alone = questionStarPanel({ text: "讲一次你降低投诉的经历" }, answering, [], DEFAULT_SETTINGS, "zh");
		if (alone?.kind !== "report") throw new Error("expected a report");
		expect(alone.complete).toBe(false);
		expect(alone.parts.filter((p) => p.present).length).toBeLessThan(4);
	});

	it("the question asked decides whether STAR applies, not the answering copy", () => {
		const answering = { path: "Q/a.md", answerMarkdown: "我喜欢解决问题。" };
		expect(questionStarPanel({ text: "为什么想做技术支持？" }, answering, story, DEFAULT_SETTINGS, "zh")).toBeNull();
	});
});
