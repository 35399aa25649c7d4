import { describe, expect, it } from "vitest";
import { leaveCard } from "../../../src/core/quiz/leave-card";
import { gradeCard, reveal, startSession } from "../../../src/core/quiz/quiz-session";
import { question } from "../review/helpers";

const qs = ["第一个问题是什么？", "第二个问题是什么？", "第三个问题是什么？"].map((text) => question(text));
const lookup = (qid: string) => qs.find((q) => q.id === qid);
const T = 1_741_568_400_000;

describe("leaveCard", () => {
	it("shows the next card and counts the one left neither as graded nor as skipped", () => {
		const s = startSession(qs.map((q) => q.id), lookup, T);
		const next = leaveCard(s, T + 1000, lookup);
		expect(next.current?.id).toBe(qs[1].id);
		expect(next.queue).toEqual([qs[2].id]);
		expect(next.stats).toEqual(s.stats);
	});

	it("a card waiting in a learning step does not come back after it left", () => {
		let s = startSession([qs[0].id, qs[1].id], lookup, T);
		s = gradeCard(reveal(s, T), 1, T, lookup, T + 60_000).state; // Again: back in a minute
		expect(s.learning.map((c) => c.qid)).toEqual([qs[0].id]);
		s = leaveCard(s, T + 1000, lookup); // leaves the second card: the first waits
		expect(s.current?.id).toBe(qs[0].id);
		const done = leaveCard(s, T + 2000, lookup);
		expect(done.phase).toBe("done");
		expect(done.learning).toEqual([]);
	});
});
