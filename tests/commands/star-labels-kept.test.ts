import { describe, expect, it } from "vitest";
import { convert } from "./star-host";

describe("Convert keeps the answer's label line a label", () => {
	it("English: `**Answer**: …` stays on its own line and the text after it is what is split", () => {
		const before = [
			"## Tell me about a time you disagreed with a teammate",
			"",
			"**Answer**: I like working with people. At my last job,| two teammates disagreed about the schema. I had to settle it by Friday. I called both of them. As a result, we shipped on time.",
			"",
			"## Next question?",
		].join("\n");
		const after = [
			"## Tell me about a time you disagreed with a teammate",
			"",
			"**Answer**:",
			"",
			"|**Situation:** At my last job, two teammates disagreed about the schema.",
			"",
			"**Task:** I had to settle it by Friday.",
			"",
			"**Action:** I called both of them.",
			"",
			"**Result:** As a result, we shipped on time.",
			"",
			"**Not placed:** I like working with people.",
			"",
			"> [!quote]- Original answer",
			"> I like working with people. At my last job, two teammates disagreed about the schema. I had to settle it by Friday. I called both of them. As a result, we shipped on time.",
			"",
			"## Next question?",
		].join("\n");
		const { after: got, editor } = convert(before, {}, "en");
		expect(got).toBe(after);
		editor.undo();
		expect(editor.getValue()).toBe(before.replace("|", ""));
	});

	it("Chinese: `**示范回答**：…` and `回答建议：…` keep their label; only the answer after it is split", () => {
		for (const label of ["**示范回答**：", "回答建议："]) {
			const before = `## 讲一次你解决冲突的经历？\n\n${label}当时两位同事有分歧。|我需要周五前定方案。我组织了评审会。最终提前两天上线。\n`;
			const { after, editor } = convert(before);
			expect(after.startsWith(`## 讲一次你解决冲突的经历？\n\n${label.trimEnd()}\n\n|**情境（Situation）**：当时两位同事有分歧。\n\n**任务（Task）**：`), after).toBe(true);
			expect(after).toContain("**结果（Result）**：最终提前两天上线。");
			editor.undo();
			expect(editor.getValue()).toBe(before.replace("|", ""));
		}
	});

	it("keeps an indented label line's indent on the parts (an answer inside a list item)", () => {
		const before = "1. **讲一次冲突？**\n    **示范回答**：当时两位同事有分歧。|我组织了评审会。\n2. **下一题？**";
		const { after } = convert(before);
		expect(after).toContain("    **示范回答**：\n\n    **情境（Situation）**：当时两位同事有分歧。\n\n    **任务（Task）**：|（待补充：你要完成什么，难点在哪里）|");
		expect(after).toContain("    **行动（Action）**：我组织了评审会。");
	});
});
