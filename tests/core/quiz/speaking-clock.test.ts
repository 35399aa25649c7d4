import { describe, expect, it } from "vitest";
import {
	clockMs,
	clockSeconds,
	pauseClock,
	resumeClock,
	startClock,
	stopClock,
	withPauses,
} from "../../../src/core/quiz/speaking-clock";

const T0 = Date.UTC(2025, 4, 1, 2, 0, 0);
const S = 1000;

describe("speaking clock", () => {
	it("counts from the card showing", () => {
		const c = startClock(T0);
		expect(clockSeconds(c, T0 + 42_500)).toBe(42);
		expect(clockMs(c, T0 - 5 * S)).toBe(0);
	});

	it("stands still while a reason holds and leaves that time out", () => {
		let c = startClock(T0);
		c = pauseClock(c, "hidden", T0 + 10 * S);
		expect(clockSeconds(c, T0 + 300 * S)).toBe(10);
		c = resumeClock(c, "hidden", T0 + 300 * S);
		expect(clockSeconds(c, T0 + 305 * S)).toBe(15);
	});

	it("runs again only when every reason is gone (modal over a hidden quiz, window blurred meanwhile)", () => {
		let c = startClock(T0);
		c = pauseClock(c, "modal", T0 + 5 * S);
		c = pauseClock(c, "blur", T0 + 6 * S);
		c = resumeClock(c, "modal", T0 + 20 * S);
		expect(clockSeconds(c, T0 + 40 * S)).toBe(5);
		c = resumeClock(c, "blur", T0 + 40 * S);
		expect(clockSeconds(c, T0 + 43 * S)).toBe(8);
	});

	it("a second pause for the same reason keeps the first; resuming a reason that does not hold changes nothing", () => {
		let c = startClock(T0);
		c = pauseClock(c, "note", T0 + 3 * S);
		const again = pauseClock(c, "note", T0 + 9 * S);
		expect(again).toBe(c);
		expect(resumeClock(c, "mock", T0 + 9 * S)).toBe(c);
		expect(clockSeconds(resumeClock(c, "note", T0 + 9 * S), T0 + 10 * S)).toBe(4);
	});

	it("a card shown while a reason holds starts counting when it ends", () => {
		let c = startClock(T0, ["blur"]);
		expect(clockSeconds(c, T0 + 60 * S)).toBe(0);
		c = resumeClock(c, "blur", T0 + 60 * S);
		expect(clockSeconds(c, T0 + 67 * S)).toBe(7);
	});

	it("stops for good at reveal: what came after is not speaking", () => {
		let c = startClock(T0);
		c = pauseClock(c, "hidden", T0 + 10 * S);
		c = resumeClock(c, "hidden", T0 + 20 * S);
		c = stopClock(c, T0 + 50 * S);
		expect(clockSeconds(c, T0 + 500 * S)).toBe(40);
		c = pauseClock(c, "blur", T0 + 510 * S);
		c = resumeClock(c, "blur", T0 + 520 * S);
		expect(clockSeconds(c, T0 + 900 * S)).toBe(40);
		expect(stopClock(c, T0 + 999 * S)).toBe(c);
	});

	it("withPauses sets the reasons that hold now, in any order, once each", () => {
		let c = startClock(T0);
		c = withPauses(c, ["modal", "blur", "modal"], T0 + 2 * S);
		expect(c.paused).toEqual(["blur", "modal"]);
		expect(withPauses(c, ["blur", "modal"], T0 + 9 * S)).toBe(c);
		c = withPauses(c, [], T0 + 12 * S);
		expect(clockSeconds(c, T0 + 15 * S)).toBe(5);
	});
});
