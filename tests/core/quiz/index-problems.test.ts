import { describe, expect, it } from "vitest";
import { indexProblems, ProblemTracker } from "../../../src/core/quiz/index-problems";
import type { PrepSet } from "../../../src/core/prep-set";
import type { QuestionIndex } from "../../../src/core/types";

function prep(missingHubs: string[]): PrepSet {
	return { paths: [], hubPaths: [], missingHubs, hubOf: {}, distance: {} };
}

function index(notes: { path: string; warnings: string[] }[]): QuestionIndex {
	return { notes: notes.map((n) => ({ ...n, questions: 0 })), questions: [], gaps: [], byId: new Map() };
}

describe("index problems", () => {
	it("names each missing hub and each note that did not parse cleanly (its first warning)", () => {
		const problems = indexProblems(
			index([
				{ path: "面试回答/角度回答.md", warnings: [] },
				{ path: "面试回答/坏掉的笔记.md", warnings: ["Could not read lines 3–9: boom", "Could not read the questions: x"] },
			]),
			prep(["面试-面试官角度准备"]),
		);
		expect(problems).toEqual([
			{ kind: "missingHub", hub: "面试-面试官角度准备" },
			{ kind: "noteWarning", path: "面试回答/坏掉的笔记.md", warning: "Could not read lines 3–9: boom" },
		]);
		expect(indexProblems(index([]), null)).toEqual([]);
	});

	it("the tracker gives each problem once, forgets it once fixed, and gives it again if it comes back", () => {
		const tracker = new ProblemTracker();
		const hub = { kind: "missingHub", hub: "hub" } as const;
		const note = { kind: "noteWarning", path: "a.md", warning: "Could not read lines 1–2: x" } as const;
		expect(tracker.take([hub])).toEqual([hub]);
		// A re-index with the same problems, the note's warning moved a line: nothing new.
		expect(tracker.take([hub, note])).toEqual([note]);
		expect(tracker.take([hub, { ...note, warning: "Could not read lines 2–3: x" }])).toEqual([]);
		expect(tracker.take([note])).toEqual([]);
		expect(tracker.take([hub, note])).toEqual([hub]);
	});
});
