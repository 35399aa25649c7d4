// @vitest-environment happy-dom
// The due counts in the coverage and statistics views follow the clock, as the status bar's does: a card
// counts the moment it comes due and a new day's new questions at local midnight, with nothing else
// changing (no grade, no edit), and a closed view leaves no timer behind.
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Plugin, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { load as loadCoverage, OPEN_COVERAGE_COMMAND } from "../../../src/views/coverage/coverage-feature";
import { COVERAGE_VIEW_TYPE } from "../../../src/views/coverage/coverage-view";
import { load as loadStats, OPEN_STATS_COMMAND } from "../../../src/views/stats/stats-feature";
import { STATS_VIEW_TYPE } from "../../../src/views/stats/stats-view";
import { makeCoverageServices, T0 } from "./coverage-services";
import type { Settings } from "../../../src/core/types";

const MANIFEST = { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" };
class TestPlugin extends Plugin {}

/** Opens one view on services whose clock is the fake timers' clock, starting at T0. */
async function openView(kind: "coverage" | "stats", settings: Partial<Settings>, before: (s: ReturnType<typeof makeCoverageServices>) => void) {
	vi.useFakeTimers({ now: T0 });
	const services = makeCoverageServices({ settings });
	Object.defineProperty(services.clock, "now", { get: () => Date.now() });
	before(services);
	const app = new App();
	const plugin = new TestPlugin(app, MANIFEST);
	plugin.load();
	(kind === "coverage" ? loadCoverage : loadStats)(plugin as unknown as Real.Plugin, services);
	const type = kind === "coverage" ? COVERAGE_VIEW_TYPE : STATS_VIEW_TYPE;
	expect(app.executeCommandById(`interview-prep:${kind === "coverage" ? OPEN_COVERAGE_COMMAND : OPEN_STATS_COMMAND}`)).toBe(true);
	await vi.waitFor(() => expect(app.workspace.getLeavesOfType(type)).toHaveLength(1));
	const leaf = app.workspace.getLeavesOfType(type)[0] as unknown as WorkspaceLeaf;
	const el = (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
	await vi.waitFor(() => expect(el.querySelector(".ip-due-link")).not.toBeNull());
	return { services, leaf, header: () => el.querySelector(".ip-due-link")?.textContent, el };
}

describe("due counts in the coverage and statistics views follow the clock", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	for (const kind of ["coverage", "stats"] as const) {
		it(`${kind}: a card counts the moment it comes due, with nothing else changing`, async () => {
			let due = 0;
			const { header } = await openView(kind, { newPerDay: 0 }, (services) => {
				const q = services.getIndex().questions[0];
				services.reviews.grade(q.id, 4, 20, T0 - 86_400_000);
				due = services.reviews.card(q.id)?.due ?? 0;
			});
			expect(due).toBeGreaterThan(T0);
			expect(header()).toBe("All done");
			vi.advanceTimersByTime(due - 1000 - Date.now());
			expect(header()).toBe("All done");
			vi.advanceTimersByTime(1000);
			expect(header()).toBe("1 due");
		});
	}

	it("coverage: the hub's row counts the card too, and a new day's new question counts at local midnight", async () => {
		let due = 0;
		const { header, el } = await openView("coverage", { newPerDay: 1 }, (services) => {
			// Today's one new question is used up; its card comes back days later.
			const q = services.getIndex().questions.find((x) => x.variantOf === null)!;
			services.reviews.grade(q.id, 4, 20, T0);
			due = services.reviews.card(q.id)?.due ?? 0;
		});
		expect(header()).toBe("All done");
		// T0 is 10:00 in Shanghai: local midnight is 14 hours on.
		vi.advanceTimersByTime(14 * 3_600_000);
		expect(header()).toBe("1 due");
		vi.advanceTimersByTime(due - Date.now());
		const hubDue = el.querySelector(".ip-cov-hub > summary .ip-cov-deck-due")?.textContent;
		expect(hubDue).toBe("1");
	});

	it("a closed view leaves no timer behind", async () => {
		const { leaf } = await openView("coverage", { newPerDay: 0 }, () => undefined);
		expect(vi.getTimerCount()).toBeGreaterThan(0);
		leaf.detach();
		await vi.waitFor(() => expect(vi.getTimerCount()).toBe(0));
	});
});
