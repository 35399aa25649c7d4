import { describe, expect, it } from "vitest";
import {
	createMockTimer,
	elapsedSecs,
	endRun,
	finishAnswer,
	nextQuestion,
	rateAnswer,
	remainingSecs,
	setRemark,
	startRun,
	tick,
} from "../../../src/core/mock/mock-timer";

const T0 = Date.UTC(2025, 2, 1, 6, 0, 0);
const sec = (n: number) => T0 + n * 1000;

describe("mock timer", () => {
	it("counts down the target time and keeps the answer hidden while answering", () => {
		let s = startRun(createMockTimer(2, 90), T0);
		expect(s.phase).toBe("answering");
		expect(remainingSecs(s, sec(0))).toBe(90);
		expect(remainingSecs(s, sec(30.4))).toBe(60);
		s = tick(s, sec(89));
		expect(s.phase).toBe("answering");
		expect(elapsedSecs(s, sec(89))).toBe(89);
	});

	it("reveals when the person is done, recording the seconds spoken", () => {
		let s = startRun(createMockTimer(2, 90), T0);
		s = finishAnswer(s, sec(42.7));
		expect(s.phase).toBe("revealed");
		expect(s.answers[0]).toEqual({ secs: 42, timedOut: false, rating: null, remark: "" });
	});

	it("reveals by itself when time runs out", () => {
		let s = startRun(createMockTimer(1, 60), T0);
		s = tick(s, sec(60));
		expect(s.phase).toBe("revealed");
		expect(s.answers[0].timedOut).toBe(true);
		expect(s.answers[0].secs).toBe(60);
		// A late "done" after the time out changes nothing.
		expect(finishAnswer(s, sec(75))).toBe(s);
	});

	it("needs a rating before moving on, and a rating can be changed until then", () => {
		let s = startRun(createMockTimer(2, 60), T0);
		s = finishAnswer(s, sec(20));
		expect(nextQuestion(s, sec(21))).toBe(s);
		s = rateAnswer(s, 2);
		s = rateAnswer(s, 3);
		s = setRemark(s, "太啰嗦\n下次先说结论");
		expect(s.phase).toBe("rated");
		expect(s.answers[0]).toMatchObject({ rating: 3, remark: "太啰嗦 下次先说结论" });
		s = nextQuestion(s, sec(30));
		expect(s.phase).toBe("answering");
		expect(s.index).toBe(1);
		// The new question's countdown starts when it is shown.
		expect(remainingSecs(s, sec(40))).toBe(50);
	});

	it("finishes after the last question with start and end times", () => {
		let s = startRun(createMockTimer(1, 60), T0);
		s = rateAnswer(finishAnswer(s, sec(10)), 4);
		s = nextQuestion(s, sec(12));
		expect(s.phase).toBe("finished");
		expect(s.startedAt).toBe(T0);
		expect(s.endedAt).toBe(sec(12));
		expect(tick(s, sec(100))).toBe(s);
	});

	it("rating or ending is ignored in the wrong phase; ending early keeps what was done", () => {
		const idle = createMockTimer(3, 60);
		expect(rateAnswer(idle, 3)).toBe(idle);
		let s = startRun(idle, T0);
		expect(rateAnswer(s, 3)).toBe(s);
		s = rateAnswer(finishAnswer(s, sec(5)), 1);
		s = nextQuestion(s, sec(6));
		s = endRun(s, sec(9));
		expect(s.phase).toBe("finished");
		expect(s.answers.length).toBe(1);
	});

	it("an empty run finishes at once", () => {
		expect(startRun(createMockTimer(0, 60), T0).phase).toBe("finished");
	});
});
