// A merged question keeps all it has: the quiz card shows every copy's hint, model answer and
// background, each with its note when several copies give something; placeholders never show.
import { describe, expect, it } from "vitest";
import { cardAnswer } from "../../../src/core/quiz/card-answer";
import { buildIndex } from "../../../src/core/index/question-index";
import { parseNote } from "../../../src/core/parse/parse-note";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { starTemplate } from "../../../src/core/star/star-convert";
import type { QuestionIndex } from "../../../src/core/types";

const OPTS = { labels: DEFAULT_LABELS, promptHeadings: true };
const HUB = "面试-面试官角度准备.md";
const ANSWERS = "面试回答-技术支持岗.md";

function indexOf(notes: Record<string, string[]>): QuestionIndex {
	return buildIndex(Object.entries(notes).map(([path, lines]) => parseNote(path, lines.join("\n"), OPTS)));
}

describe("cardAnswer", () => {
	// As in the demo vault: asked in the hub with a hint, answered in the answers note.
	const index = indexOf({
		[HUB]: ["### 2. 客户一直催进度怎么办？", "", "**思考过程**：催进度往往是因为信息不透明。", "", "---"],
		[ANSWERS]: ["## 客户一直催进度怎么办？", "", "> 我会先把当前进度和下一步的时间点讲清楚。"],
	});
	const copies = index.questions.filter((q) => q.text === "客户一直催进度怎么办？");

	it("shows the hub copy's hint and the answers note's model answer, each with its note", () => {
		expect(copies).toHaveLength(2);
		for (const q of copies) {
			const card = cardAnswer(q, index);
			expect(card.state).toBe("model");
			expect(card.hints).toEqual([{ path: HUB, markdown: "催进度往往是因为信息不透明。" }]);
			expect(card.answers.map((a) => [a.path, a.model])).toEqual([[ANSWERS, "> 我会先把当前进度和下一步的时间点讲清楚。"]]);
			expect(card.labelled).toBe(true);
		}
	});

	// (A note under a listed question is its answer when it states; labelled 提示 / 思路 it is a hint.)
	it("keeps both hints when two copies have one", () => {
		const two = indexOf({
			[HUB]: ["- 如何快速熟悉一款新产品？", "    **思路**：先看需求文档和帮助中心"],
			[ANSWERS]: ["3. **你是如何快速熟悉一款新产品的？**", "    - 提示：先按客户的使用流程走一遍"],
		});
		const q = two.questions.find((x) => x.variantOf === null)!;
		expect(q.variants).toHaveLength(1);
		const card = cardAnswer(q, two);
		expect(card.state).toBe("hint");
		expect(card.hints.map((h) => h.path).sort()).toEqual([HUB, ANSWERS].sort());
		expect(card.answers).toEqual([]);
	});

	it("a single copy is not labelled", () => {
		const one = indexOf({ [ANSWERS]: ["### 为什么离职？", "**思路**：说实话", "", "> 想离家近。"] });
		const card = cardAnswer(one.questions[0], one);
		expect(card.labelled).toBe(false);
		expect(card.state).toBe("model");
	});

	it("never reveals a STAR scaffold's placeholders as the model answer", () => {
		for (const lang of ["zh", "en"] as const) {
			const s = indexOf({ [ANSWERS]: ["#### **4. 你如何看待加班？**", "", starTemplate(lang)] });
			const card = cardAnswer(s.questions[0], s);
			expect(card).toMatchObject({ state: "nothing", scaffold: true, answers: [], hints: [] });
		}
	});
});
