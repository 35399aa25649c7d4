// @vitest-environment happy-dom
// The due count in the status bar: nothing until the index is ready, then cards due + new for today;
// a click opens the quiz; it follows the clock as cards come due.
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Plugin } from "../../fake-obsidian/index";
import { load } from "../../../src/views/quiz/quiz-feature";
import { QUIZ_VIEW_TYPE } from "../../../src/views/quiz/quiz-view";
import { makeServices, T0 } from "./make-services";
import { seedQuestions } from "./questions";

class TestPlugin extends Plugin {}

function loadPlugin(services: ReturnType<typeof makeServices>) {
	const app = new App();
	const plugin = new TestPlugin(app, { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
	plugin.load();
	load(plugin as unknown as Real.Plugin, services);
	const item = app.statusBar[0];
	return { app, plugin, item };
}

describe("due count in the status bar", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it("shows nothing while the index is being built, then the count; a click opens the quiz", async () => {
		const services = makeServices(seedQuestions(), { settings: { newPerDay: 3 } });
		services.setStatus({ state: "building", done: 0, total: 4 });
		const { app, item } = loadPlugin(services);
		expect(item).toBeDefined();
		expect(item.classList.contains("is-empty")).toBe(true);
		expect(item.textContent).toBe("");
		services.setStatus({ state: "ready", done: 4, total: 4 });
		services.fireChange();
		expect(item.classList.contains("is-empty")).toBe(false);
		// No card is due yet: the three new questions allowed today.
		expect(item.textContent).toBe("3 due");
		expect(item.getAttribute("aria-label")).toBe("Interview prep: 0 due now, 3 new today; click to practise");
		item.click();
		await vi.waitFor(() => expect(app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)).toHaveLength(1));
	});

	it("follows the clock: a card counts the moment it comes due (one timer, then only the next midnight's)", () => {
		const services = clockedServices({ settings: { newPerDay: 0 }, lang: "zh" });
		services.reviews.grade("q-complaint", 4, 20, T0 - 86_400_000);
		const due = services.reviews.card("q-complaint")?.due ?? 0;
		const { item } = loadPlugin(services);
		services.fireChange();
		expect(item.textContent).toBe("已练完");
		vi.advanceTimersByTime(due - 1000 - T0);
		expect(item.textContent).toBe("已练完");
		vi.advanceTimersByTime(1000);
		expect(item.textContent).toBe("待练 1");
		// Nothing more to wait for but the next day: one timer left.
		expect(vi.getTimerCount()).toBe(1);
	});

	it("recomputes at local midnight: the new day's new questions count without anything else changing", () => {
		const services = clockedServices({ settings: { newPerDay: 1 } });
		// Today's one new question is used up; its card comes back days later.
		services.reviews.grade("q-complaint", 4, 20, T0);
		const { item } = loadPlugin(services);
		services.fireChange();
		expect(item.textContent).toBe("All done");
		// T0 is 10:00 in Shanghai: local midnight is 14 hours on.
		const midnight = T0 + 14 * 3_600_000;
		vi.advanceTimersByTime(midnight - 1 - T0);
		expect(item.textContent).toBe("All done");
		vi.advanceTimersByTime(1);
		expect(item.textContent).toBe("1 due");
	});
});

/** Services whose clock is the fake timers' clock, starting at T0, so moving time fires the timers at the right now. */
function clockedServices(opts: Parameters<typeof makeServices>[1]) {
	vi.useFakeTimers({ now: T0 });
	const services = makeServices(seedQuestions(), opts);
	Object.defineProperty(services.clock, "now", { get: () => Date.now() });
	return services;
}
