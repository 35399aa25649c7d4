// Whether a line is a label on its own is told for most lines by their first character; that must
// never change the answer of the full reading.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { isLabelText } from "../../../src/core/parse/question-text";
import { DEFAULT_LABELS } from "../../../src/core/labels";

const PIECES = [
	"思路", "答案", "示范回答", "注意事项", "Answer", "ANSWER", "situation", "Tips", "Summary", "第一步", "第3步", "Step 2", "step", "STEP 10",
	"（必看）", "(note)", "（", ")", ":", "：", " ", "  ", "\t", "B", "如何", "为什么", "How", "İ", "ſtep", "\u212a", "Σ", "我负责", "?", "x",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join(""));
const ODD = { ...DEFAULT_LABELS, hint: [...DEFAULT_LABELS.hint, "İpucu", "Σημείωση"] };

describe("label text", () => {
	it("the first-character look agrees with the full reading on random lines", () => {
		fc.assert(
			fc.property(text, fc.constantFrom(DEFAULT_LABELS, ODD), (t, labels) => {
				expect(isLabelText(t, labels), JSON.stringify(t)).toBe(isLabelText(t, labels, false));
			}),
			seeded({ numRuns: 3000 }),
		);
	});

	it("labels, steps, notes and colons alone are labels; questions are not", () => {
		for (const t of ["思路", "Answer: B", "注意事项（必看）", "第一步：明确核心问题", "Step 2", "（备注）", "：", "  答案"]) expect(isLabelText(t, DEFAULT_LABELS), t).toBe(true);
		for (const t of ["如何处理冲突？", "How did you lead?", "我负责迁移"]) expect(isLabelText(t, DEFAULT_LABELS), t).toBe(false);
	});
});
