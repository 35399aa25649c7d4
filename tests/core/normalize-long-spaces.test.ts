// A long run of spaces after a question label ("Q      …") reads as one space does in the numbering
// stripper. Its first pattern had two space runs with only an optional
// part between them, which took time growing with the square of the run.
import { describe, expect, it } from "vitest";
import { stripNumbering } from "../../src/core/normalize";

const LONG = " ".repeat(200_000);

describe("long space runs", () => {
	it("stripNumbering: Q + spaces + number + colon is stripped, Q + spaces + text is kept", () => {
		expect(stripNumbering(`Q${LONG}1${LONG}：为什么离职？`)).toBe("为什么离职？");
		expect(stripNumbering(`Q 1 ：为什么离职？`)).toBe("为什么离职？");
		expect(stripNumbering(`Q${LONG}x`).trim()).toBe(`Q${LONG}x`.trim());
	});
});
