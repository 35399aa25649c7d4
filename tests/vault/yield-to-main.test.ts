import { describe, expect, it, vi } from "vitest";
import { makeYieldToMain, type YieldHost } from "../../src/vault/yield-to-main";

/** A window with only what the yield looks at. */
function fakeWindow(parts: Partial<YieldHost>) {
	const setTimeout = vi.fn((fn: () => void) => void setImmediate(fn));
	return { ...parts, setTimeout };
}

describe("makeYieldToMain", () => {
	it("yields through a message, not a timer (timers are clamped to 4 ms once they nest)", async () => {
		const win = fakeWindow({ MessageChannel });
		const yieldToMain = makeYieldToMain(win);
		for (let i = 0; i < 20; i++) await yieldToMain();
		expect(win.setTimeout).not.toHaveBeenCalled();
	});

	it("gives the turn away: work already queued as microtasks finishes first", async () => {
		const yieldToMain = makeYieldToMain(fakeWindow({ MessageChannel }));
		let chained = 0;
		let p = Promise.resolve();
		for (let i = 0; i < 50; i++) p = p.then(() => void chained++);
		await yieldToMain();
		expect(chained).toBe(50);
	});

	it("wakes every caller waiting at once, oldest first", async () => {
		const yieldToMain = makeYieldToMain(fakeWindow({ MessageChannel }));
		const order: number[] = [];
		await Promise.all([1, 2, 3].map((n) => yieldToMain().then(() => order.push(n))));
		expect(order).toEqual([1, 2, 3]);
	});

	it("uses scheduler.yield where the browser has it", async () => {
		const schedulerYield = vi.fn(() => Promise.resolve());
		const yieldToMain = makeYieldToMain(fakeWindow({ scheduler: { yield: schedulerYield }, MessageChannel }));
		await yieldToMain();
		expect(schedulerYield).toHaveBeenCalledTimes(1);
	});

	it("falls back to a timer without MessageChannel", async () => {
		const win = fakeWindow({});
		await makeYieldToMain(win)();
		expect(win.setTimeout).toHaveBeenCalledTimes(1);
	});
});
