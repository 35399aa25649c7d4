import { describe, expect, it } from "vitest";
import { noteHasQuestions, questionAt } from "../../../src/core/quiz/question-at";
import { filterQuestions } from "../../../src/core/quiz/quiz-filter";
import { makeIndex, makeQuestion } from "./make-question";

const A = "a.md";
const B = "b.md";
const index = makeIndex([
	makeQuestion("outer", { path: A, line: 3, endLine: 20 }),
	makeQuestion("inner", { path: A, line: 8, endLine: 12 }),
	makeQuestion("lonely", { path: A, line: 25, endLine: 25 }),
	makeQuestion("canon", { path: B, line: 2, endLine: 4, variants: ["copy"] }),
	makeQuestion("copy", { path: A, line: 30, endLine: 33, variantOf: "canon" }),
]);

describe("questionAt", () => {
	it("finds the question whose heading or section holds the line, the innermost when sections nest", () => {
		expect(questionAt(index, A, 3)?.id).toBe("outer");
		expect(questionAt(index, A, 7)?.id).toBe("outer");
		expect(questionAt(index, A, 8)?.id).toBe("inner");
		expect(questionAt(index, A, 12)?.id).toBe("inner");
		expect(questionAt(index, A, 13)?.id).toBe("outer");
		expect(questionAt(index, A, 25)?.id).toBe("lonely");
	});

	it("finds nothing above the first question, between sections, or in another note", () => {
		expect(questionAt(index, A, 1)).toBeNull();
		expect(questionAt(index, A, 22)).toBeNull();
		expect(questionAt(index, "c.md", 3)).toBeNull();
		expect(noteHasQuestions(index, A)).toBe(true);
		expect(noteHasQuestions(index, "c.md")).toBe(false);
	});

	it("a variant's id limits the quiz to the question it merged into", () => {
		expect(questionAt(index, A, 31)?.id).toBe("copy");
		expect(filterQuestions(index, { path: A, topic: "", question: "copy" }).map((q) => q.id)).toEqual(["canon"]);
		expect(filterQuestions(index, { path: "", topic: "", question: "inner" }).map((q) => q.id)).toEqual(["inner"]);
	});
});

describe("filterQuestions: one hub", () => {
	it("keeps the questions of the hub's notes (a merged question when any copy is there)", () => {
		const hubOf = { [A]: "hub1", [B]: "hub2" };
		expect(filterQuestions(index, { path: "", topic: "", hub: "hub2" }, hubOf).map((q) => q.id)).toEqual(["canon"]);
		expect(filterQuestions(index, { path: "", topic: "", hub: "hub1" }, hubOf).map((q) => q.id)).toEqual(["outer", "inner", "lonely", "canon"]);
		expect(filterQuestions(index, { path: "", topic: "", hub: "gone" }, hubOf)).toEqual([]);
	});
});
