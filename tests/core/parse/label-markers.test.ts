// Labels are looked for only where one can start (a line's first word, after bold marks); the
// answers' parts depend on finding exactly what each pattern's search over the whole text finds.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { labelMarkers, onlyNewlineEnds } from "../../../src/core/parse/label-markers";
import { parse } from "./helpers";
import { answerParts } from "../../../src/core/parse/answer-parts";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import type { LabelWords } from "../../../src/core/types";

/** Pieces lines are made of: label words in both languages and cases, every prefix the patterns allow, text. */
const PIECES = [
	"思考过程", "回答思路", "答案", "答", "示范回答", "情境", "任务", "行动", "结果", "Situation", "SITUATION", "task", "Action", "result",
	"Answer", "answer", "A", "S", "T", "R", "Hint", "Tips", "Follow-up questions", "See also", "总结", "注意事项",
	"**", "__", "***", "*", "_", " ", "  ", "\t", "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "3、", "## ", "#### ", "#",
	"：", ":", "（Situation）", "(情境)", "（**答案**）", "**思考过程：**", "（", ")", "我负责", "the team", "K", "\u212a", "ſ", "x", "#xq", "xq", "。", "?",
];

const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(""));
const text = fc.array(line, { minLength: 1, maxLength: 12 }).map((l) => l.join("\n"));

/** Words a person may add: one that starts like a heading mark, one with a case-folding letter. */
const ODD_LABELS: LabelWords = { ...DEFAULT_LABELS, hint: [...DEFAULT_LABELS.hint, "kelvin"], context: [...DEFAULT_LABELS.context, "#xq"] };

describe("label markers", () => {
	it("finds in random answers exactly what each pattern's search over the whole text finds", () => {
		fc.assert(
			fc.property(text, fc.constantFrom(DEFAULT_LABELS, ODD_LABELS), (t, labels) => {
				expect(labelMarkers(t, labels), JSON.stringify(t)).toEqual(labelMarkers(t, labels, true));
			}),
			seeded({ numRuns: 2000 }),
		);
	});

	it("finds labels after every kind of line opening, and bold labels inside a line", () => {
		const t = ["> - **思考过程**：先说背景", "1. 回答思路: 按 STAR", "#### 答案", "__Situation__ 项目延期", "讲完背景 **结果**：上线", "A: 我负责", "S: 背景", "T: 目标"].join("\n");
		const kinds = labelMarkers(t, DEFAULT_LABELS).map((m) => [t.slice(m.start, m.end).trim(), m.kind]);
		expect(kinds).toEqual([
			["> - **思考过程**：", "hint"],
			["1. 回答思路:", "hint"],
			["#### 答案", "answer"],
			["__Situation__", "situation"],
			["**结果**：", "result"],
			["A:", "action"],
			["S:", "situation"],
			["T:", "task"],
		]);
	});

	it("finds a bold label after a line's opening label, but not one inside the opening label's bold gloss", () => {
		const t = ["**思考过程**：先说背景，**示范回答**：我负责", "**思考过程：**（**答案**）", "__回答思路__：上线 **结果**：好", "**思考过程**：保持冷静。"].join("\n");
		const found = labelMarkers(t, DEFAULT_LABELS).map((m) => [t.slice(m.start, m.end).trim(), m.kind]);
		expect(found).toEqual([
			["**思考过程**：", "hint"],
			["**示范回答**：", "answer"],
			["**思考过程：**", "hint"],
			["__回答思路__：", "hint"],
			["**结果**：", "result"],
			["**思考过程**：", "hint"],
		]);
		expect(labelMarkers(t, DEFAULT_LABELS)).toEqual(labelMarkers(t, DEFAULT_LABELS, true));
	});

	it("reads \"A:\", \"答：\" and \"Answer:\" as the answer even when no label word is \"Answer\"", () => {
		const labels: LabelWords = { ...DEFAULT_LABELS, answer: DEFAULT_LABELS.answer.filter((w) => w.toLowerCase() !== "answer") };
		const t = ["Answer: 我负责迁移", "**Answer**： 上线", "答 ：三个月", "A**:** 好", "An: 不是", "Answers: 不是"].join("\n");
		const found = labelMarkers(t, labels).map((m) => [t.slice(m.start, m.end).trim(), m.kind]);
		expect(found).toEqual([["Answer:", "answer"], ["**Answer**：", "answer"], ["答 ：", "answer"], ["A**:**", "answer"]]);
		expect(labelMarkers(t, labels)).toEqual(labelMarkers(t, labels, true));
	});

	it("splits an answer by its labels when a line ends in \\r", () => {
		const parts = answerParts("**思考过程**：先说背景\r\n**示范回答**：我负责迁移", DEFAULT_LABELS, "answer").parts;
		expect(parts.hint).toBe("先说背景");
		expect(parts.answer).toBe("我负责迁移");
	});

	it("splits a note's answer by a label after a line separator (U+2028), as the patterns' ^ reads it", () => {
		for (const end of ["\u2028", "\u2029"]) {
			const [q] = parse(["## 你为什么离职？", `思考过程：先说背景${end}示范回答：我想换个方向`]);
			expect(q.parts.hint).toBe(`先说背景${end}`.trim());
			expect(q.parts.answer).toBe("我想换个方向");
		}
	});

	it("tells text whose lines end in \"\n\" alone", () => {
		expect(onlyNewlineEnds("a\nb")).toBe(true);
		for (const end of ["\r", "\u2028", "\u2029"]) expect(onlyNewlineEnds(`a${end}b`)).toBe(false);
	});
});
