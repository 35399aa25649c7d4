import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { convertToStar, starScaffold, starTemplate } from "../../../src/core/star/star-convert";
import { planConvert } from "../../../src/core/star/star-edit";
import { STAR_KEYS, type StarKey } from "../../../src/core/types";

const SEED = readFileSync(fileURLToPath(new URL("../../fixtures/vault/面试回答/角度回答.md", import.meta.url)), "utf8");
const opts = { labels: DEFAULT_LABELS, promptHeadings: true, keepOriginal: true };

/** Each part's text in a converted answer, keyed by part (labels as written by the converter). */
function partsOf(text: string): Record<StarKey, string> {
	const out: Record<StarKey, string> = { situation: "", task: "", action: "", result: "" };
	const body = text.split("\n> [!quote]-")[0];
	const re = /\*\*(?:情境（Situation）|任务（Task）|行动（Action）|结果（Result）|Situation:|Task:|Action:|Result:)\*\*[：]?/g;
	const marks = [...body.matchAll(re)];
	marks.forEach((m, k) => {
		const key = STAR_KEYS[k];
		const end = k + 1 < marks.length ? marks[k + 1].index : body.length;
		out[key] = body.slice((m.index ?? 0) + m[0].length, end).trim();
	});
	return out;
}

describe("convertToStar on the seed answer", () => {
	const heading = "#### **3. 你遇到过什么挑战？是怎么解决的？**";
	const line = SEED.split("\n").indexOf(heading);

	it("puts the situation, the training task, the actions and the result in sensible parts", () => {
		expect(line).toBeGreaterThan(0);
		const plan = planConvert(SEED, { cursor: { line: line + 1, ch: 0 } }, opts);
		expect(plan.kind).toBe("edit");
		if (plan.kind !== "edit") return;
		const parts = partsOf(plan.text);
		expect(parts.situation).toContain("陕西开放大学");
		expect(parts.task).toContain("30多个老师做培训");
		expect(parts.action).toContain("先把操作手册写得尽量简单");
		expect(parts.action).toContain("把培训拆成小部分");
		expect(parts.result).toContain("培训效果比预期好");
		expect(parts.result).toContain("项目也顺利交付");
		// Each sentence lands in exactly one part.
		expect(parts.situation).not.toContain("培训效果");
		expect(parts.task).not.toContain("操作手册");
	});

	it("leaves the hint (思路) as it was and keeps the spoken answer verbatim in the callout", () => {
		const plan = planConvert(SEED, { cursor: { line, ch: 0 } }, opts);
		if (plan.kind !== "edit") throw new Error(plan.kind);
		const lines = SEED.split("\n");
		const spoken = lines.slice(plan.from.line, plan.to.line + 1);
		expect(spoken[0].startsWith("> 技术问题")).toBe(true);
		expect(plan.text).toContain(["> [!quote]- 原回答", ...spoken.map((l) => (l === "" ? ">" : `> ${l}`))].join("\n"));
		const after = [...lines.slice(0, plan.from.line), plan.text, ...lines.slice(plan.to.line + 1)].join("\n");
		expect(after).toContain("**思路**：\n\n- 选一个和培训或沟通相关的例子\n- 说明困难 → 采取的措施 → 结果");
	});
});

describe("convertToStar", () => {
	it("places English sentences by cue words", () => {
		const r = convertToStar(
			"When I was at Acme, our reports were always late. My task was to automate them. I built a script and then trained the team. As a result, reports went out 2 days earlier.",
			{ lang: "en", labels: DEFAULT_LABELS, keepOriginal: true },
		);
		if (r.kind !== "converted") throw new Error(r.kind);
		const parts = partsOf(r.text);
		expect(parts.situation).toBe("When I was at Acme, our reports were always late.");
		expect(parts.task).toBe("My task was to automate them.");
		expect(parts.action).toBe("I built a script and then trained the team.");
		expect(parts.result).toBe("As a result, reports went out 2 days earlier.");
		expect(r.text).toContain("> [!quote]- Original answer\n> When I was at Acme");
		expect(r.cursor).toBe(0);
	});

	it("gives empty parts a placeholder and points the cursor at the first one", () => {
		const r = convertToStar("我首先整理了需求清单，然后逐个和客户确认。", { lang: "zh", labels: DEFAULT_LABELS, keepOriginal: false });
		if (r.kind !== "converted") throw new Error(r.kind);
		expect(partsOf(r.text).action).toBe("我首先整理了需求清单，然后逐个和客户确认。");
		expect(r.text.slice(r.cursor, r.cursorEnd)).toBe("（待补充：什么时候、在哪里、当时是什么情况）");
		expect(r.text).not.toContain("原回答");
	});

	it("strips blockquote markers in the parts and keeps lists whole", () => {
		const r = convertToStar("> 当时客户投诉很多。\n> 我的做法是：\n> - 先分类\n> - 再逐个回访\n> 最终投诉少了一半。", {
			lang: "zh",
			labels: DEFAULT_LABELS,
			keepOriginal: true,
		});
		if (r.kind !== "converted") throw new Error(r.kind);
		const parts = partsOf(r.text);
		expect(parts.situation).toBe("当时客户投诉很多。");
		expect(parts.action).toBe("我的做法是：\n\n- 先分类\n- 再逐个回访");
		expect(parts.result).toBe("最终投诉少了一半。");
	});

	it("never splits inside bold text", () => {
		const r = convertToStar("我的做法是，**先写手册，再做培训**，然后跟进。", { lang: "zh", labels: DEFAULT_LABELS, keepOriginal: false });
		if (r.kind !== "converted") throw new Error(r.kind);
		expect(partsOf(r.text).action).toBe("我的做法是，**先写手册，再做培训**，然后跟进。");
	});

	it("reports an answer that already has STAR labels, and an empty one", () => {
		const o = { lang: "en" as const, labels: DEFAULT_LABELS, keepOriginal: true };
		expect(convertToStar("- **Situation**: a\n- **Result**: b", o).kind).toBe("already-star");
		expect(convertToStar("### Task\nx\n### Action\ny", o).kind).toBe("already-star");
		expect(convertToStar("S: a\nT: b", o).kind).toBe("already-star");
		expect(convertToStar("  \n\n ", o).kind).toBe("empty");
	});
});

describe("convertToStar on Q/A answers", () => {
	it("drops the “A:” marker from the parts and keeps it in the original", () => {
		const r = convertToStar("A: I trained 30 teachers, and tickets dropped by half.", { lang: "en", labels: DEFAULT_LABELS, keepOriginal: true });
		if (r.kind !== "converted") throw new Error(r.kind);
		expect(partsOf(r.text).action).toBe("I trained 30 teachers.");
		expect(partsOf(r.text).result).toBe("And tickets dropped by half.");
		expect(r.text.endsWith("> A: I trained 30 teachers, and tickets dropped by half.")).toBe(true);
	});
});

describe("convertToStar without keeping the original: no block id is lost", () => {
	const converted = (answer: string, keepOriginal: boolean): string => {
		const r = convertToStar(answer, { lang: "zh", labels: DEFAULT_LABELS, keepOriginal });
		if (r.kind !== "converted") throw new Error(r.kind);
		return r.text;
	};

	it("an id on a line of its own goes after the words before it, once", () => {
		for (const answer of ["当时系统宕机。\n^abc\n\n我负责恢复。最终十分钟恢复上线。", "当时系统宕机。\n\n^abc\n\n最终十分钟恢复上线。"]) {
			const text = converted(answer, false);
			expect(partsOf(text).situation, answer).toBe("当时系统宕机。 ^abc");
			expect(text.match(/\^abc/g)).toHaveLength(1);
		}
	});

	it("an id after a list goes after the list, one after a label alone after the words that follow", () => {
		expect(converted("- 当时系统宕机\n- 我负责恢复\n\n^abc\n\n最终十分钟恢复上线。", false)).toContain("^abc");
		const text = converted("答： ^abc\n当时系统宕机。我负责恢复。最终十分钟恢复上线。", false);
		expect(partsOf(text).situation).toBe("当时系统宕机。 ^abc");
	});

	it("an answer of nothing but an id keeps it at the end of the parts (found by npm run fuzz)", () => {
		expect(converted(" ^block1", false)).toMatch(/（待补充[^\n]*） \^block1$/);
	});

	it("kept in the original instead when the original is kept (the restore puts it back there)", () => {
		const text = converted("当时系统宕机。\n^abc\n\n我负责恢复。最终十分钟恢复上线。", true);
		expect(partsOf(text).situation).toBe("当时系统宕机。");
		expect(text).toContain("> ^abc");
	});
});

describe("starTemplate", () => {
	it("is a blank scaffold in either language", () => {
		expect(starTemplate("zh")).toBe(
			"**情境（Situation）**：（待补充：什么时候、在哪里、当时是什么情况）\n\n**任务（Task）**：（待补充：你要完成什么，难点在哪里）\n\n**行动（Action）**：（待补充：你具体做了什么）\n\n**结果（Result）**：（待补充：结果如何，最好有数字）",
		);
		const en = starScaffold("en");
		expect(en.text.split("\n\n").map((l) => l.split(" ")[0])).toEqual(["**Situation:**", "**Task:**", "**Action:**", "**Result:**"]);
		expect(en.text.slice(en.cursor, en.cursorEnd)).toBe("(to fill in: when, where, what was going on)");
	});
});
