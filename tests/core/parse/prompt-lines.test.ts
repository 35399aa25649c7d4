// Whether an answer is only follow-up prompts or a rubric is told for most answers by a quick look
// at their first line; that look must never change what the full reading says.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { adviceItem, isOnlyPromptsOrRubric } from "../../../src/core/parse/non-answer";

const PIECES = [
	"Follow-up questions", "fol**low-ups", "Possible follow ups", "追问", "可能的追问", "延伸问题", "深挖问题", "Evaluation criteria", "Scoring guide",
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
