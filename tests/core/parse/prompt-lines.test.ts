// Whether an answer is only follow-up prompts or a rubric is told for most answers by a quick look
// at their first line; that look must never change what the full reading says.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { adviceItem, isOnlyAdvice, isOnlyPromptsOrRubric } from "../../../src/core/parse/non-answer";

const PIECES = [
	"Follow-up questions", "fol**low-ups", "Scor_ing guide", "追_问", "E_N", "中*文", "Possible follow ups", "追问", "可能的追问", "延伸问题", "深挖问题", "Evaluation criteria", "Scoring guide",
	"rubric", "What the interviewer looks for", "what they're looking for", "Red flags", "Signals", "评估要点", "评分标准", "考察点", "考查要点", "考核点",
	"面试官想考察什么", "English", "EN", "zh", "中文", "英文", ":", "：", "?", "？", "**", "_", "- ", "1. ", "> ", "#### ", "(", ")", "（", "）",
	"How did you handle it", "为什么选择这个方案", "I led the migration", "我负责迁移", "e.g.", ".", "。", " ", "Keep it short",
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join(""));
const body = fc.array(line, { minLength: 1, maxLength: 6 }).map((l) => l.join("\n"));

describe("answers of only prompts or a rubric", () => {
	it("the quick look at each line agrees with the full reading on random answers", () => {
		fc.assert(
			fc.property(body, (b) => {
				expect(isOnlyPromptsOrRubric(b), JSON.stringify(b)).toBe(isOnlyPromptsOrRubric(b, false));
			}),
			seeded({ numRuns: 3000 }),
		);
	});

	it("follow-up questions and a rubric are no answer; a line of the person's own is", () => {
		expect(isOnlyPromptsOrRubric("**Follow-ups:**\n- Why that database?\n- What would you change?")).toBe(true);
		expect(isOnlyPromptsOrRubric("评估要点：\n- 是否有数据\n- 是否讲清取舍")).toBe(true);
		expect(isOnlyPromptsOrRubric("English: How do you handle conflict?")).toBe(true);
		expect(isOnlyPromptsOrRubric("评估要点：\n- 是否有数据\n\n我负责迁移，三个月上线。")).toBe(false);
		expect(isOnlyPromptsOrRubric("I led the migration of the billing service.")).toBe(false);
	});

	it("every rubric and follow-up label, with emphasis in it or not, opens a rubric or prompts", () => {
		const labels = [
			"Evaluation criteria", "Assessment criteria", "Scoring", "Scoring rubric", "Rubric", "What the interviewer looks for", "What interviewers are looking for",
			"What they're looking for", "What we are looking for", "Red flags", "Green flags", "Signals", "评估要点", "评估标准", "评分标准", "考察点", "考察要点",
			"考查点", "考查要点", "考核点", "面试官想考察的是", "面试官关注什么", "Follow-up prompts", "Likely follow-ups", "Common follow up questions", "追问",
			"常见追问", "延伸问题", "深挖问题",
		];
		for (const label of labels) {
			for (const written of [`${label}:`, `**${label}**`, `*${label.slice(0, 3)}*${label.slice(3)}：`]) {
				expect(isOnlyPromptsOrRubric(`${written}\n- Why that database?`), written).toBe(true);
			}
		}
	});
});

describe("a line of advice read without its marks", () => {
	// The patterns adviceItem runs only where a line starts with (or holds) what they remove.
	const full = (l: string): string => l.replace(/^\s*(?:>\s*)*/, "").replace(/^\s*(?:[-*+]|\d+[.)、])\s+(?:\[[ xX]\]\s+)?/, "").replace(/[*_]/g, "").trim();
	const MARKS = [" ", "\t", "\u3000", "\u00a0", ">", "> ", "- ", "* ", "+ ", "1. ", "12) ", "0) ", "3、", "[ ] ", "[x] ", "**", "_", "Keep it short", "回答时要积极", "-", "1", "x"];
	const markedLine = fc.array(fc.constantFrom(...MARKS), { maxLength: 7 }).map((p) => p.join(""));

	it("gives what every pattern run in turn gives", () => {
		fc.assert(
			fc.property(markedLine, (l) => {
				expect(adviceItem(l), JSON.stringify(l)).toBe(full(l));
			}),
			seeded({ numRuns: 3000 }),
		);
		expect(adviceItem("\u3000> - **Keep** it short")).toBe("Keep it short");
	});
});

describe("answers of only coaching advice", () => {
	/** Every opening the advice pattern knows, in both languages, some in other cases. */
	const OPENINGS = [
		"Tips: ", "advice：", "Hint: ", "note:", "keep", "Focus", "don't", "dont", "Do not", "avoid", "be honest", "Be positive", "be specific", "be concise",
		"be brief", "be ready", "be careful", "be prepared", "mention", "Show", "emphasise", "emphasize", "highlight", "make sure", "Try to", "remember",
		"never", "Always", "stay", "prepare", "practice", "practise", "pick", "choose", "start with", "end with", "aim", "limit", "stick to", "frame",
		"think about", "the interviewer wants", "The interviewer is looking", "they want", "interviewers want", "提示：", "建议", "注意：", "技巧", "小贴士：",
		"：", ":", "不要", "别", "要", "注意", "重点", "避免", "突出", "强调", "回答时", "回答要", "记得", "切忌", "可以从", "尽量", "一定要", "务必", "最好",
		"控制在", "展示", "体现", "表现出", "围绕", "结合", "面试官想", "面试官希望", "面试官会", "面试官主要",
	];
	const MARKS = [" ", "\u3000", "> ", "- ", "1. ", "3、", "[ ] ", "[x] ", "**", "_", "---", "-", "1", ".", ")", "#"];
	const TEXT = [" it short", " 积极", "我", " I ", "要是", "x", "1.5 million", "[link]", "Keep it short", "回答时要积极"];
	const adviceLine = fc.array(fc.constantFrom(...MARKS, ...OPENINGS, ...TEXT), { maxLength: 6 }).map((p) => p.join(""));
	const body = fc.array(adviceLine, { minLength: 1, maxLength: 4 }).map((l) => l.join("\n"));

	it("the quick look at each line's opening agrees with the full reading on random answers", () => {
		fc.assert(
			fc.property(body, (b) => {
				expect(isOnlyAdvice(b), JSON.stringify(b)).toBe(isOnlyAdvice(b, false));
			}),
			seeded({ numRuns: 5000 }),
		);
	});

	it("every opening of advice, after any marks, is read as advice", () => {
		for (const opening of OPENINGS) {
			for (const marks of ["", "> - ", "1. **", "[ ] _"]) {
				const b = `${marks}${opening} it short`;
				expect(isOnlyAdvice(b), b).toBe(isOnlyAdvice(b, false));
			}
			expect(isOnlyAdvice(`- ${opening}x`), opening).toBe(isOnlyAdvice(`- ${opening}x`, false));
		}
		expect(isOnlyAdvice("- Keep it short\n- 回答时要积极")).toBe(true);
		expect(isOnlyAdvice("- Keep it short\n- 我负责迁移")).toBe(false);
	});
});
