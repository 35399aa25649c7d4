import { describe, expect, it } from "vitest";
import { warningText } from "../../../src/core/parse/warning-text";

describe("warningText", () => {
	it("says each of the parser's warnings in Chinese, keeping the lines and the error's words", () => {
		expect(
			[
				"Could not read lines 3–9: Maximum call stack size exceeded",
				"Could not read the questions: boom",
				"Could not read the note: boom",
			].map((w) => warningText(w, "zh")),
		).toEqual(["第 3–9 行未能读取（Maximum call stack size exceeded）", "未能读取其中的题目（boom）", "未能读取这篇笔记（boom）"]);
	});

	it("leaves English as it is, and a warning of another form too", () => {
		expect(warningText("Could not read the note: boom", "en")).toBe("Could not read the note: boom");
		expect(warningText("Something else", "zh")).toBe("Something else");
	});
});
