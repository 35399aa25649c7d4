import { describe, expect, it } from "vitest";
import {
	currentIsStale,
	elapsedSeconds,
	gradeCard,
	reconcile,
	remaining,
	reveal,
	showHint,
	skipCard,
	pauseTimer,
	resumeTimer,
	startSession,
	undoGrade,
} from "../../../src/core/quiz/quiz-session";
import type { Question } from "../../../src/core/types";
import { makeQuestion } from "./make-question";

const T0 = Date.UTC(2025, 4, 1, 2, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

function lookupOf(questions: Question[]) {
	const byId = new Map(questions.map((q) => [q.id, q]));
	return (qid: string) => byId.get(qid);
}

describe("quiz session", () => {
	const qs = ["a", "b", "c"].map((id) => makeQuestion(id));
	const lookup = lookupOf(qs);

	it("shows the first card's front and starts the timer when it shows", () => {
		const s = startSession(["a", "b", "c"], lookup, T0);
		expect(s.current?.id).toBe("a");
		expect(s.phase).toBe("front");
		expect(remaining(s)).toBe(3);
		expect(elapsedSeconds(s, T0 + 42_500)).toBe(42);
	});

	it("goes front → hint → revealed, and never back", () => {
		let s = startSession(["a"], lookup, T0);
		s = showHint(s);
		expect(s.phase).toBe("hint");
		s = reveal(s, T0);
		expect(s.phase).toBe("revealed");
		expect(showHint(s).phase).toBe("revealed");
		expect(reveal(startSession(["a"], lookup, T0), T0).phase).toBe("revealed");
	});

	it("grading records the card shown with the seconds spoken and moves to the next card", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = reveal(s, T0 + 95_000);
		const r = gradeCard(s, 3, T0 + 95_000, lookup, T0 + 4 * DAY);
		expect(r.grading).toEqual({ qid: "a", rating: 3, secs: 95, at: T0 + 95_000 });
		expect(r.state.current?.id).toBe("b");
		expect(r.state.phase).toBe("front");
		expect(r.state.stats).toMatchObject({ reviewed: 1, forgotten: 0, secondsSpoken: 95 });
		// The timer restarts for the next card.
		expect(elapsedSeconds(r.state, T0 + 100_000)).toBe(5);
	});

	it("Again counts as forgotten and brings the card back as soon as its learning step is due, ahead of the rest", () => {
		const four = lookupOf(["a", "b", "c", "d"].map((id) => makeQuestion(id)));
		let s = startSession(["a", "b", "c", "d"], four, T0);
		// Again: FSRS brings it back in a minute.
		s = gradeCard(s, 1, T0 + 10_000, four, T0 + 70_000).state;
		expect(s.stats.forgotten).toBe(1);
		expect(s.current?.id).toBe("b");
		expect(remaining(s)).toBe(4);
		// Not due yet when b is graded: c comes first.
		s = gradeCard(s, 4, T0 + 40_000, four, T0 + 4 * DAY).state;
		expect(s.current?.id).toBe("c");
		// Due when c is graded: a comes back before d.
		s = gradeCard(s, 4, T0 + 80_000, four, T0 + 4 * DAY).state;
		expect(s.current?.id).toBe("a");
		s = gradeCard(s, 4, T0 + 100_000, four, T0 + 4 * DAY).state;
		expect(s.current?.id).toBe("d");
		s = gradeCard(s, 4, T0 + 110_000, four, T0 + 4 * DAY).state;
		expect(s.phase).toBe("done");
		expect(s.stats).toEqual({ reviewed: 5, forgotten: 1, secondsSpoken: 110, skipped: 0 });
	});

	it("when nothing else is left, a card in learning shows early rather than ending the session", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = gradeCard(s, 1, T0, lookup, T0 + MIN).state;
		s = gradeCard(s, 1, T0 + 5000, lookup, T0 + 5000 + MIN).state;
		// Both wait; the one due first shows now (learn ahead), its timer starting now.
		expect(s.current?.id).toBe("a");
		expect(s.phase).toBe("front");
		expect(elapsedSeconds(s, T0 + 8000)).toBe(3);
		s = gradeCard(s, 4, T0 + 20_000, lookup, T0 + 4 * DAY).state;
		expect(s.current?.id).toBe("b");
		expect(remaining(s)).toBe(1);
	});

	it("an Again due more than 20 minutes after its grading leaves the session", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = gradeCard(s, 1, T0, lookup, T0 + 21 * MIN).state;
		expect(remaining(s)).toBe(1);
		expect(s.current?.id).toBe("b");
		s = gradeCard(s, 4, T0 + 9000, lookup, T0 + 4 * DAY).state;
		expect(s.phase).toBe("done");
	});

	it("undo of an Again takes the card out of its learning step too", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = gradeCard(s, 1, T0, lookup, T0 + MIN).state;
		s = undoGrade(s, T0 + 1000);
		expect(s.current?.id).toBe("a");
		s = gradeCard(s, 4, T0 + 2000, lookup, T0 + 4 * DAY).state;
		s = gradeCard(s, 4, T0 + 3000, lookup, T0 + 4 * DAY).state;
		expect(s.phase).toBe("done");
	});

	it("a session can start with cards in learning: they wait for their time like the others", () => {
		let s = startSession(["b"], lookup, T0, [{ qid: "a", due: T0 + 5 * MIN }]);
		expect(s.current?.id).toBe("b");
		expect(remaining(s)).toBe(2);
		s = gradeCard(s, 4, T0 + 6 * MIN, lookup, T0 + 4 * DAY).state;
		expect(s.current?.id).toBe("a");
	});

	it("an index change drops a card in learning whose question went away", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = gradeCard(s, 1, T0, lookup, T0 + MIN).state;
		s = reconcile(s, lookupOf([makeQuestion("b")]));
		expect(remaining(s)).toBe(1);
		s = gradeCard(s, 4, T0 + 2 * MIN, lookupOf([makeQuestion("b")]), T0 + 4 * DAY).state;
		expect(s.phase).toBe("done");
	});

	it("skip moves on without a grading", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = skipCard(s, T0 + 5000, lookup);
		expect(s.current?.id).toBe("b");
		expect(s.stats.reviewed).toBe(0);
		expect(s.stats.skipped).toBe(1);
		s = skipCard(s, T0 + 6000, lookup);
		expect(s.phase).toBe("done");
	});

	it("an empty queue is done at once, and grading with no card records nothing", () => {
		const s = startSession([], lookup, T0);
		expect(s.phase).toBe("done");
		expect(gradeCard(s, 3, T0, lookup, null).grading).toBeNull();
	});

	it("skips queued ids that are not in the index, and duplicates", () => {
		const s = startSession(["gone", "a", "a", "b"], lookup, T0);
		expect(s.current?.id).toBe("a");
		expect(s.queue).toEqual(["b"]);
	});

	it("keeps the card in hand, its phase and timer when the index changes and its id remains", () => {
		let s = startSession(["a", "b", "c"], lookup, T0);
		s = reveal(s, T0);
		const edited = makeQuestion("a", { answerMarkdown: "新的回答" });
		const next = lookupOf([edited, makeQuestion("c")]);
		const r = reconcile(s, next);
		expect(r.current?.answerMarkdown).toBe("新的回答");
		expect(r.phase).toBe("revealed");
		expect(r.clock).toBe(s.clock);
		expect(r.queue).toEqual(["c"]);
	});

	it("when the question under the cursor changed its id mid-review, it still grades the id shown", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = reveal(s, T0);
		const changed = lookupOf([makeQuestion("a2", { text: "问题 a 改了？" }), makeQuestion("b")]);
		s = reconcile(s, changed);
		expect(currentIsStale(s, changed)).toBe(true);
		expect(s.current?.text).toBe("问题 a？");
		const r = gradeCard(s, 2, T0 + 60_000, changed, T0 + 4 * DAY);
		expect(r.grading?.qid).toBe("a");
		expect(r.state.current?.id).toBe("b");
	});

	it("undo puts the last graded card back in hand on its front and takes its counts back", () => {
		let s = startSession(["a", "b", "c"], lookup, T0);
		s = reveal(s, T0);
		s = gradeCard(s, 1, T0 + 40_000, lookup, T0 + 100_000).state;
		expect(s.current?.id).toBe("b");
		expect(s.lastGraded?.card.id).toBe("a");
		s = reveal(s, T0 + 45_000);
		const undone = undoGrade(s, T0 + 50_000);
		expect(undone.current?.id).toBe("a");
		expect(undone.phase).toBe("front");
		// The card that was in hand is next again, and "a" is not queued twice.
		expect(undone.queue).toEqual(["b", "c"]);
		expect(remaining(undone)).toBe(3);
		expect(undone.stats).toEqual({ reviewed: 0, forgotten: 0, secondsSpoken: 0, skipped: 0 });
		// Its timer starts over.
		expect(elapsedSeconds(undone, T0 + 53_000)).toBe(3);
		// Only one step back: the control is gone until the next grading.
		expect(undone.lastGraded).toBeNull();
		expect(undoGrade(undone, T0 + 60_000)).toBe(undone);
	});

	it("undo after the last card brings the session back from its end", () => {
		let s = startSession(["a"], lookup, T0);
		s = gradeCard(s, 3, T0 + 20_000, lookup, T0 + 4 * DAY).state;
		expect(s.phase).toBe("done");
		s = undoGrade(s, T0 + 25_000);
		expect(s.phase).toBe("front");
		expect(s.current?.id).toBe("a");
		expect(s.stats.reviewed).toBe(0);
	});

	it("a new session has nothing to undo", () => {
		const s = startSession(["a"], lookup, T0);
		expect(s.lastGraded).toBeNull();
		expect(undoGrade(s, T0)).toBe(s);
	});

	it("a timer paused for a mock interview stands still, and the grading leaves the paused time out", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = pauseTimer(s, "mock", T0 + 30_000);
		expect(elapsedSeconds(s, T0 + 330_000)).toBe(30);
		// Pausing twice keeps the first pause.
		s = pauseTimer(s, "mock", T0 + 200_000);
		s = resumeTimer(s, "mock", T0 + 330_000);
		expect(elapsedSeconds(s, T0 + 340_000)).toBe(40);
		s = reveal(s, T0 + 345_000);
		const r = gradeCard(s, 3, T0 + 345_000, lookup, T0 + 4 * DAY);
		expect(r.grading?.secs).toBe(45);
		expect(resumeTimer(r.state, "mock", T0 + 350_000)).toBe(r.state);
	});

	it("a card shown while paused starts its timer when the pause ends", () => {
		let s = startSession(["a", "b"], lookup, T0);
		s = pauseTimer(s, "mock", T0 + 10_000);
		s = skipCard(s, T0 + 20_000, lookup);
		expect(elapsedSeconds(s, T0 + 90_000)).toBe(0);
		s = resumeTimer(s, "mock", T0 + 100_000);
		expect(elapsedSeconds(s, T0 + 107_000)).toBe(7);
	});
});
