// A line's opening alone tells most lines from placeholder lines: the answer side then skips the
// search for placeholders. It must never miss one (a missed placeholder would count as an answer).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { isPlaceholderLine, mayBePlaceholderLine } from "../../../src/core/parse/placeholder";
import { readLabels } from "../../../src/core/parse/label-markers";
import { STAR_PLACEHOLDERS } from "../../../src/core/star/star-placeholders";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { answerParts } from "../../../src/core/parse/answer-parts";

/** Pieces of lines: placeholder words in several cases, brackets, every wrapping the patterns take off, labels, text. */
const PIECES = [
	"TODO", "todo", "ToDo", "Tbd", "tbc", "待补充", "待完善", "待填写", "fill in", "to fill in", "Fill In", "TBD.", "：", ":", " - ", "—", "…", ".",
	"（", "(", "【", "[", "]", "）", ")", "[x] ", "[ ] ", "- ", "* ", "+ ", "1. ", "2)", "3、", "> ", ">", "**", "__", "_", "*",
	" ", "\t", "\u3000", "\u00a0", "#", "## ", "答案", "the", "Th", "tO", "fI", "Fx", "tB", "t", "我负责", "**思考过程**：", "情境：", ...STAR_PLACEHOLDERS,
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 7 }).map((p) => p.join(""));

/** The line and every start of it (the head of an answer may end inside a line). */
const starts = (l: string): string[] => Array.from({ length: l.length + 1 }, (_, i) => l.slice(0, i));

describe("placeholder lines told by their opening", () => {
	it("a line that is, or starts with, a placeholder line may be one by its opening", () => {
		fc.assert(
			fc.property(line, (l) => {
				for (const s of starts(l)) if (isPlaceholderLine(s)) expect(mayBePlaceholderLine(l, 0), JSON.stringify([l, s])).toBe(true);
			}),
			seeded({ numRuns: 3000 }),
		);
	});

	it("when the label search finds no line that may be a placeholder, no line nor start of one is", () => {
		fc.assert(
			fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
				if (readLabels(lines.join("\n"), DEFAULT_LABELS, false, true).placeholders) return;
				for (const l of lines) for (const s of starts(l)) expect(isPlaceholderLine(s), JSON.stringify([lines, s])).toBe(false);
			}),
			seeded({ numRuns: 3000 }),
		);
	});

	it("tells prose and labelled lines from lines that may be placeholders", () => {
		expect(mayBePlaceholderLine("我负责迁移", 0)).toBe(false);
		expect(mayBePlaceholderLine("- **结果**：上线", 0)).toBe(false);
		expect(mayBePlaceholderLine("> - [ ] TODO", 0)).toBe(true);
		expect(mayBePlaceholderLine("1. （待补充）", 0)).toBe(true);
		expect(mayBePlaceholderLine("x\nTODO", 0)).toBe(false);
		expect(mayBePlaceholderLine("x\nTODO", 2)).toBe(true);
		expect(readLabels("我负责迁移\n**结果**：上线", DEFAULT_LABELS, false, true).placeholders).toBe(false);
		expect(readLabels("我负责迁移\n**结果**：待补充", DEFAULT_LABELS, false, true).placeholders).toBe(false);
		expect(readLabels("我负责迁移\n  TBD", DEFAULT_LABELS, false, true).placeholders).toBe(true);
	});

	it("takes a placeholder out of a part that starts after its label on the line", () => {
		// (No line opens like a placeholder here: only the part's own opening tells.)
		const [hint, answer] = ["**思考过程**：（待补充：思路）", "**示范回答**：我负责迁移"];
		const res = answerParts([hint, answer].join("\n"), DEFAULT_LABELS, "answer", true);
		expect(res.parts.hint).toBe("");
		expect(res.parts.answer).toBe("我负责迁移");
	});
});
