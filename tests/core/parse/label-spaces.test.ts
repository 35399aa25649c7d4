// Spaces between a question label and its number or text ("Q   1：…", "**问题   **"): a long run of
// them reads as one space does. (Each label pattern had two space runs with only an optional number
// between them, and took time growing with the square of the run: 200,000 spaces took minutes.)
import type { PhrasingContent } from "mdast";
import { describe, expect, it } from "vitest";
import { isBareQuestionLabel, lineQuestion } from "../../../src/core/parse/line-question";
import { DEFAULT_LABELS } from "../../../src/core/labels";

const LONG = " ".repeat(200_000);
const text = (value: string): PhrasingContent => ({ type: "text", value });
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });

/** The result for one space and for 200,000, side by side. */
function both<T>(f: (sp: string) => T): [T, T] {
	return [f(" "), f(LONG)];
}

describe("a long run of spaces in a question label", () => {
	it("Q: lines (Q_LINE) — a label with its number, and a line that is not a label", () => {
		const [short, long] = both((sp) => lineQuestion([text(`Q${sp}1${sp}：你为什么离职？`)], DEFAULT_LABELS, false));
		expect(short).toEqual({ text: "你为什么离职？", form: "qa" });
		expect(long).toEqual(short);
		const [notShort, notLong] = both((sp) => lineQuestion([text(`Q${sp}1${sp}备注`)], DEFAULT_LABELS, false));
		expect(notShort).toBeNull();
		expect(notLong).toBeNull();
	});

	it("问题：lines (Q_WORD_LINE) — with and without the colon", () => {
		const [short, long] = both((sp) => lineQuestion([text(`问题${sp}2${sp}：如何处理冲突？`)], DEFAULT_LABELS, false));
		expect(short).toEqual({ text: "如何处理冲突？", form: "qa" });
		expect(long).toEqual(short);
		const [noColonShort, noColonLong] = both((sp) => lineQuestion([text(`问题${sp}2${sp}如何处理冲突？`)], DEFAULT_LABELS, false));
		expect(noColonShort).toBeNull();
		expect(noColonLong).toBeNull();
	});

	it("a bold label before the question (Q_LABEL) — and a bold phrase that is not one", () => {
		const [short, long] = both((sp) => lineQuestion([strong(`Question${sp}3`), text("：如何带新人？")], DEFAULT_LABELS, false));
		expect(short).toEqual({ text: "如何带新人？", form: "bold" });
		expect(long).toEqual(short);
		const [notShort, notLong] = both((sp) => lineQuestion([strong(`Question${sp}3${sp}x`), text("：备注")], DEFAULT_LABELS, false));
		expect(notShort).toBeNull();
		expect(notLong).toBeNull();
	});

	it("a bare label alone on its line (BARE_LABEL) — and a line that is not one", () => {
		expect(both((sp) => isBareQuestionLabel([text(`面试题${sp}4${sp}：`)]))).toEqual([true, true]);
		expect(both((sp) => isBareQuestionLabel([text(`Q${sp}4${sp}x`)]))).toEqual([false, false]);
	});
});

describe("a long run of spaces after a number before a bold question (NUMBER_ONLY)", () => {
	it("reads as one space: the number is dropped, or the line is not a bold question", () => {
		const [short, long] = both((sp) => lineQuestion([text(`1${sp}.${sp}`), strong("你为什么离职？")], DEFAULT_LABELS, false));
		expect(short).toEqual({ text: "你为什么离职？", form: "bold" });
		expect(long).toEqual(short);
		const [notShort, notLong] = both((sp) => lineQuestion([text(`1${sp}x`), strong("备注")], DEFAULT_LABELS, false));
		expect(notShort).toBeNull();
		expect(notLong).toBeNull();
	});
});
