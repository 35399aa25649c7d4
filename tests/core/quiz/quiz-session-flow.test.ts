// The session's speaking time, skips and learning steps (issue 17, "the quiz behaves").
import { describe, expect, it } from "vitest";
import {
	elapsedSeconds,
	gradeCard,
	pauseTimer,
	remaining,
	resumeTimer,
	reveal,
	skipCard,
	startSession,
	undoGrade,
} from "../../../src/core/quiz/quiz-session";
import { sessionCounts, type CardKind } from "../../../src/core/quiz/session-counts";
import type { Question } from "../../../src/core/types";
import { makeQuestion } from "./make-question";

const T0 = Date.UTC(2025, 4, 1, 2, 0, 0);
const S = 1000;
const MIN = 60_000;
const DAY = 86_400_000;

function lookupOf(questions: Question[]) {
	const byId = new Map(questions.map((q) => [q.id, q]));
	return (qid: string) => byId.get(qid);
}
const qs = ["a", "b", "c", "d"].map((id) => makeQuestion(id));
const lookup = lookupOf(qs);

describe("speaking time", () => {
	it("stops at reveal: the grading and the session's spoken time leave out reading the answer", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = reveal(s, T0 + 30 * S);
		expect(elapsedSeconds(s, T0 + 90 * S)).toBe(30);
		const r = gradeCard(s, 3, T0 + 90 * S, lookup, T0 + 4 * DAY);
		expect(r.grading?.secs).toBe(30);
		let next = reveal(r.state, T0 + 110 * S);
		next = gradeCard(next, 4, T0 + 200 * S, lookup, T0 + 4 * DAY).state;
		expect(next.stats.secondsSpoken).toBe(50);
	});

	it("pauses for each reason on its own and runs again only when none holds", () => {
		let s = startSession(["a"], lookup, T0);
		s = pauseTimer(s, "hidden", T0 + 10 * S);
		s = pauseTimer(s, "modal", T0 + 20 * S);
		s = resumeTimer(s, "hidden", T0 + 60 * S);
		expect(elapsedSeconds(s, T0 + 70 * S)).toBe(10);
		s = resumeTimer(s, "modal", T0 + 70 * S);
		s = reveal(s, T0 + 75 * S);
		expect(gradeCard(s, 3, T0 + 99 * S, lookup, T0 + 4 * DAY).grading?.secs).toBe(15);
	});

	it("a pause that holds when the next card shows holds for it too", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = pauseTimer(s, "blur", T0 + 5 * S);
		s = skipCard(s, T0 + 6 * S, lookup);
		expect(elapsedSeconds(s, T0 + 60 * S)).toBe(0);
		s = resumeTimer(s, "blur", T0 + 60 * S);
		expect(elapsedSeconds(s, T0 + 64 * S)).toBe(4);
	});
});

describe("skip", () => {
	it("counts the skips, and undo takes a skip back as it takes back a grading", () => {
		let s = startSession(["a", "b", "c"], lookup, T0);
		s = reveal(s, T0 + 5 * S);
		s = gradeCard(s, 3, T0 + 6 * S, lookup, T0 + 4 * DAY).state;
		s = skipCard(s, T0 + 10 * S, lookup);
		expect(s.current?.id).toBe("c");
		expect(s.stats).toMatchObject({ reviewed: 1, skipped: 1 });
		expect(s.lastGraded?.skipped).toBe(true);
		s = undoGrade(s, T0 + 12 * S);
		// The skipped card is back, the grading before it stays.
		expect(s.current?.id).toBe("b");
		expect(s.queue).toEqual(["c"]);
		expect(s.stats).toMatchObject({ reviewed: 1, skipped: 0 });
	});

	it("undo of the last skip brings a session of skips back from its end", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = skipCard(s, T0 + S, lookup);
		s = skipCard(s, T0 + 2 * S, lookup);
		expect(s.phase).toBe("done");
		expect(s.stats).toMatchObject({ reviewed: 0, skipped: 2 });
		s = undoGrade(s, T0 + 3 * S);
		expect(s.current?.id).toBe("b");
		expect(s.stats.skipped).toBe(1);
	});
});

describe("learning steps", () => {
	it("a new card graded Good or Hard comes back when its short step is due, as in Anki", () => {
		let s = startSession(["a", "b", "c"], lookup, T0);
		s = gradeCard(reveal(s, T0), 3, T0 + 10 * S, lookup, T0 + 10 * S + 10 * MIN).state;
		s = gradeCard(reveal(s, T0 + 20 * S), 2, T0 + 20 * S, lookup, T0 + 20 * S + 6 * MIN).state;
		expect(remaining(s)).toBe(3);
		expect(s.current?.id).toBe("c");
		// c graded Easy leaves; b (due first) shows early rather than ending the session.
		s = gradeCard(reveal(s, T0 + 30 * S), 4, T0 + 30 * S, lookup, T0 + 3 * DAY).state;
		expect(s.current?.id).toBe("b");
		s = gradeCard(reveal(s, T0 + 40 * S), 3, T0 + 40 * S, lookup, T0 + 2 * DAY).state;
		expect(s.current?.id).toBe("a");
		s = gradeCard(reveal(s, T0 + 50 * S), 3, T0 + 50 * S, lookup, T0 + 2 * DAY).state;
		expect(s.phase).toBe("done");
		expect(s.stats.reviewed).toBe(5);
	});

	it("a step further off than the learn-ahead limit leaves the session", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = gradeCard(reveal(s, T0), 3, T0, lookup, T0 + 21 * MIN).state;
		expect(remaining(s)).toBe(1);
	});
});

describe("session counts", () => {
	const kinds: Record<string, CardKind> = { a: "new", b: "review", c: "review", d: "new" };
	const kindOf = (qid: string) => kinds[qid];

	it("new, learning and review cards left, the card in hand included, and the kind in hand", () => {
		let s = startSession(["b", "c", "a", "d"], lookup, T0);
		expect(sessionCounts(s, kindOf)).toEqual({ new: 2, learning: 0, review: 2, current: "review", done: 0 });
		// b graded Again: back in a minute, so one learning, one review fewer.
		s = gradeCard(reveal(s, T0), 1, T0 + 5 * S, lookup, T0 + 5 * S + MIN).state;
		expect(sessionCounts(s, kindOf)).toEqual({ new: 2, learning: 1, review: 1, current: "review", done: 1 });
		s = skipCard(s, T0 + 6 * S, lookup);
		expect(sessionCounts(s, kindOf)).toEqual({ new: 2, learning: 1, review: 0, current: "new", done: 2 });
	});
});
