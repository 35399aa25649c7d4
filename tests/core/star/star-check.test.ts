import { describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { checkStar } from "../../../src/core/star/star-check";
import { convertToStar, starTemplate } from "../../../src/core/star/star-convert";

const opts = { labels: DEFAULT_LABELS, charsPerMinuteZh: 240, wordsPerMinuteEn: 150 };

describe("checkStar: which parts are present", () => {
	it("reads Chinese bold labels, with or without the English gloss", () => {
		const r = checkStar("**情境（Situation）**：上线前两周接口没对接。\n**任务**：一周内完成联调。\n**行动（Action）**：我拉了每日站会。", opts);
		expect(r.labelled).toBe(true);
		expect(r.present).toEqual({ situation: true, task: true, action: true, result: false });
		expect(r.complete).toBe(false);
		expect(r.lang).toBe("zh");
	});

	it("reads English labels, letters, headings, list items and callouts", () => {
		const forms = [
			"**Situation:** We had no tests.\n**Task:** Add them.\n**Action:** I wrote 40 tests.\n**Result:** Bugs fell by half.",
			"S: We had no tests.\nT: Add them.\nA: I wrote 40 tests.\nR: Bugs fell by half.",
			"### Situation\nWe had no tests.\n### Task\nAdd them.\n### Action\nI wrote 40 tests.\n### Result\nBugs fell by half.",
			"- **Situation** — We had no tests.\n- **Task** — Add them.\n- **Action** — I wrote 40 tests.\n- **Result** — Bugs fell by half.",
			"> [!info] Situation\n> We had no tests.\n\n> [!info] Task\n> Add them.\n\n> [!info] Action\n> I wrote 40 tests.\n\n> [!info] Result\n> Bugs fell by half.",
			"情境：没有测试。\n任务：补上测试。\n行动：我写了40个测试。\n结果：缺陷少了一半。",
		];
		for (const text of forms) {
			const r = checkStar(text, opts);
			expect(r.present, text).toEqual({ situation: true, task: true, action: true, result: true });
			expect(r.complete, text).toBe(true);
		}
	});

	it("does not take ordinary words for labels", () => {
		const r = checkStar("The situation was tense. Results matter. As a result we shipped.", opts);
		expect(r.labelled).toBe(false);
		expect(r.complete).toBe(false);
	});

	it("counts a scaffold's placeholders as empty parts", () => {
		const blank = checkStar(starTemplate("zh"), opts);
		expect(blank.labelled).toBe(true);
		expect(blank.present).toEqual({ situation: false, task: false, action: false, result: false });
		expect(blank.speakingSeconds).toBe(0);
	});

	it("guesses the parts of a loose answer from cue words", () => {
		const r = checkStar("当时客户投诉很多。我需要在一周内解决。我先把投诉分类。最终投诉少了一半。", opts);
		expect(r.labelled).toBe(false);
		expect(r.inferred).toEqual({ situation: true, task: true, action: true, result: true });
		expect(r.complete).toBe(false);
	});
});

describe("checkStar: result, action, pronouns, time", () => {
	it("tells a result with a number from a concrete one and a vague one", () => {
		expect(checkStar("**结果**：投诉率降低了30%。", opts)).toMatchObject({ resultHasNumber: true, resultConcrete: true });
		expect(checkStar("**结果**：项目提前两天上线。", opts)).toMatchObject({ resultHasNumber: true, resultConcrete: true });
		expect(checkStar("**结果**：客户很满意，系统顺利上线。", opts)).toMatchObject({ resultHasNumber: false, resultConcrete: true });
		expect(checkStar("**结果**：大家都很开心。", opts)).toMatchObject({ resultHasNumber: false, resultConcrete: false });
		expect(checkStar("**Result:** Tickets dropped by 40%.", opts)).toMatchObject({ resultHasNumber: true });
		expect(checkStar("**Result:** It went fine.", opts)).toMatchObject({ resultConcrete: false });
	});

	it("measures how much of the answer is action", () => {
		const r = checkStar("**情境**：一二三四五。\n**任务**：一二三四五。\n**行动**：一二三四五六七八九十。\n**结果**：一二三四五。", opts);
		// Punctuation counts as text too: 6 + 6 + 11 + 6.
		expect(r.actionShare).toBeCloseTo(11 / 29, 5);
		const none = checkStar("**情境**：背景很长很长。\n**结果**：好。", opts);
		expect(none.actionShare).toBe(0);
	});

	it("counts 我 against 我们 and I against we", () => {
		const zh = checkStar("我们开会，我们分工，我负责文档。", opts);
		expect(zh.pronouns).toMatchObject({ wo: 1, women: 2 });
		const en = checkStar("We met. We agreed. I wrote the plan, and I shipped it. Weekly we reviewed.", opts);
		expect(en.pronouns).toMatchObject({ i: 2, we: 3 });
	});

	it("estimates the speaking time from the speed settings", () => {
		const zh = checkStar("**行动**：" + "说".repeat(120), opts);
		expect(zh.speakingSeconds).toBe(30);
		const faster = checkStar("**行动**：" + "说".repeat(120), { ...opts, charsPerMinuteZh: 360 });
		expect(faster.speakingSeconds).toBe(20);
		const en = checkStar(Array.from({ length: 75 }, () => "word").join(" "), opts);
		expect(en.speakingSeconds).toBe(30);
		expect(en.lang).toBe("en");
	});

	it("ignores the kept original answer of a converted answer", () => {
		const loose = "当时客户投诉很多。我需要在一周内解决。我先把投诉分类。最终投诉少了一半。";
		const converted = convertToStar(loose, { lang: "zh", labels: DEFAULT_LABELS, keepOriginal: true });
		if (converted.kind !== "converted") throw new Error(converted.kind);
		const r = checkStar(converted.text, opts);
		expect(r.complete).toBe(true);
		expect(r.speakingSeconds).toBe(checkStar(loose, opts).speakingSeconds);
		expect(r.pronouns).toEqual(checkStar(loose, opts).pronouns);
	});
});

describe("checkStar: Q/A answers", () => {
	it("does not take a lone “A:” for an Action label", () => {
		const r = checkStar("A: Because your product helps schools, and I have trained teachers.", opts);
		expect(r.labelled).toBe(false);
		expect(r.present.action).toBe(false);
	});
});
