// @vitest-environment happy-dom
// The statistics view is computed only while it can be seen: a tab behind another is drawn once, with
// what is current, when it is shown again (a layout change, a resize, or Obsidian putting it back on screen).
import { afterEach, describe, expect, it, vi } from "vitest";
import { nodeInserted } from "../../fake-obsidian/dom";
import type { StatsView } from "../../../src/views/stats/stats-view";
import * as model from "../../../src/views/stats/stats-model";
import { T0 } from "../coverage/coverage-services";
import { openView } from "../coverage/open-view";

async function open() {
	const { app, services, leaf } = await openView("stats", {}, () => undefined);
	return { app, services, view: leaf.view as unknown as StatsView };
}

describe("statistics view in a hidden tab", () => {
	it("computes nothing while hidden, and shows the reviews made meanwhile once shown again", async () => {
		const { app, services, view } = await open();
		const build = vi.spyOn(model, "buildStatsModel");
		const empty = () => view.contentEl.querySelector(".ip-stats-empty") !== null;
		expect(empty()).toBe(true);
		const [q1, q2, q3] = services.getIndex().questions.filter((x) => x.variantOf === null);
		const gradeHidden = (id: string) => {
			view.contentEl.hidden = true;
			services.reviews.grade(id, 3, 60, T0);
			services.reviewsChanged();
			app.workspace.trigger("layout-change");
			view.onResize();
			view.contentEl.hidden = false;
		};
		gradeHidden(q1.id);
		expect(build).not.toHaveBeenCalled();
		expect(empty()).toBe(true);
		app.workspace.trigger("layout-change");
		expect(empty()).toBe(false);
		expect(build).toHaveBeenCalledTimes(1);
		const summary = () => view.contentEl.querySelector(".ip-stats-reviews .ip-stats-summary")?.textContent ?? "";
		const before = summary();
		gradeHidden(q2.id);
		view.onResize();
		view.onResize();
		expect(build).toHaveBeenCalledTimes(2);
		expect(summary()).not.toBe(before);
		const second = summary();
		gradeHidden(q3.id);
		nodeInserted(view.contentEl);
		expect(build).toHaveBeenCalledTimes(3);
		expect(summary()).not.toBe(second);
		build.mockRestore();
	});

	it("shown again with no event Obsidian sends, it is drawn within a second", async () => {
		const { services, view } = await open();
		const build = vi.spyOn(model, "buildStatsModel");
		view.contentEl.hidden = true;
		services.reviews.grade(services.getIndex().questions[0].id, 3, 60, T0);
		services.reviewsChanged();
		vi.advanceTimersByTime(3000);
		expect(build).not.toHaveBeenCalled();
		view.contentEl.hidden = false;
		vi.advanceTimersByTime(1000);
		expect(build).toHaveBeenCalledTimes(1);
		expect(view.contentEl.querySelector(".ip-stats-empty")).toBeNull();
		// Nothing waits now: the next seconds draw nothing more.
		vi.advanceTimersByTime(5000);
		expect(build).toHaveBeenCalledTimes(1);
		build.mockRestore();
	});

	afterEach(() => {
		vi.useRealTimers();
	});
});
