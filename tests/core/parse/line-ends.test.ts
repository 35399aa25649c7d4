// Long lines whose end was read by a pattern tried from every place in a run of spaces or brackets
// (quadratic: 200 KB took minutes). No timings: each must finish, with the result a reader expects.
import { describe, expect, it } from "vitest";
import { isOnlyPromptsOrRubric } from "../../../src/core/parse/non-answer";
import { dropTrailing, withoutEndNote } from "../../../src/core/parse/line-end";
import { parse } from "./helpers";

const RUN = 200_000;

describe("a line's end read backwards", () => {
	it("an answer line with a long run of spaces or brackets before its end is read as an answer", () => {
		for (const run of [" ".repeat(RUN), ")".repeat(RUN), "）".repeat(RUN), "\t".repeat(RUN)]) {
			const [q] = parse(["# 你为什么离职？", `我想${run}换个方向`]);
			expect(q.text).toBe("你为什么离职？");
			expect(q.answered).toBe(true);
		}
	});

	it("a body of one follow-up and a long line is not only follow-ups", () => {
		expect(isOnlyPromptsOrRubric(`追问：为什么？\n评估${" ".repeat(RUN)}x`)).toBe(false);
		expect(isOnlyPromptsOrRubric(`Scoring${" ".repeat(RUN)}(1-5):\n- clarity`)).toBe(true);
	});

	it("dropTrailing and withoutEndNote keep what the patterns kept", () => {
		expect(dropTrailing("问题？** ", (c) => c === "*" || c === " ")).toBe("问题？");
		expect(withoutEndNote("Scoring (1-5)")).toBe("Scoring");
		expect(withoutEndNote("Signals (senior) :", true)).toBe("Signals:");
		expect(withoutEndNote("Signals (senior) :")).toBe("Signals (senior) :");
		expect(withoutEndNote("a (b) c")).toBe("a (b) c");
		expect(withoutEndNote("a (b (c))")).toBe("a (b (c))");
		expect(withoutEndNote("(note)")).toBe("");
	});
});
