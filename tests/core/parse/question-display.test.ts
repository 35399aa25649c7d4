// questionDisplay: the text a question is shown with. A note in brackets after its question mark goes, and
// an English question keeps its words without its Chinese gloss; anything else is shown as it is, trimmed.
import { describe, expect, it } from "vitest";
import { questionDisplay } from "../../../src/core/parse/question-text";

describe("questionDisplay", () => {
	it("drops a note in brackets after the question mark", () => {
		expect(questionDisplay("为什么选择这个岗位？（可能被问到的补充回答）")).toBe("为什么选择这个岗位？");
		expect(questionDisplay("Why this role? (follow-up)")).toBe("Why this role?");
	});

	it("keeps an English question without its Chinese gloss", () => {
		expect(questionDisplay("Where do you see yourself in five years （五年后的你）")).toBe("Where do you see yourself in five years");
	});

	it("shows other text as it is, trimmed, brackets inside it kept", () => {
		expect(questionDisplay("  讲一次你（作为组长）推动改进的经历  ")).toBe("讲一次你（作为组长）推动改进的经历");
		expect(questionDisplay("How do you use map() and filter()")).toBe("How do you use map() and filter()");
		expect(questionDisplay("为什么？（补充） ")).toBe("为什么？（补充）");
	});
});
