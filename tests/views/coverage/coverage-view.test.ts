// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Plugin, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { load, OPEN_COVERAGE_COMMAND } from "../../../src/views/coverage/coverage-feature";
import { COVERAGE_VIEW_TYPE, CoverageView } from "../../../src/views/coverage/coverage-view";
import { makeCoverageServices, T0 } from "./coverage-services";

class TestPlugin extends Plugin {}

const MANIFEST = { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" };

async function open() {
	const app = new App();
	const plugin = new TestPlugin(app, MANIFEST);
	plugin.load();
	const services = makeCoverageServices();
	load(plugin as unknown as Real.Plugin, services);
	expect(app.executeCommandById(`interview-prep:${OPEN_COVERAGE_COMMAND}`)).toBe(true);
	await vi.waitFor(() => expect(app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)).toHaveLength(1));
	const view = () => (app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0] as unknown as WorkspaceLeaf).view as unknown as CoverageView;
	await vi.waitFor(() => expect(view().contentEl.querySelector(".ip-cov")).not.toBeNull());
	return { app, plugin, services, view };
}

describe("coverage view", () => {
	it("opens once in the right sidebar from the command or the ribbon", async () => {
		const { app, view } = await open();
		const leaf = app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0] as unknown as WorkspaceLeaf;
		expect(leaf.side).toBe("right");
		expect(view().getDisplayText()).toBe("Interview coverage");
		const ribbon = app.ribbon.find((r) => r.title === "Open interview coverage");
		expect(ribbon).toBeDefined();
		ribbon?.el.click();
		await vi.waitFor(() => expect(app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)).toHaveLength(1));
	});

	it("updates live when a card is graded, and stops listening when closed", async () => {
		const { services, view } = await open();
		const practised = () => view().contentEl.querySelector(".ip-cov-hub > summary .ip-cov-stat-practised .ip-cov-stat-value")?.textContent;
		expect(practised()).toBe("0");
		const q = services.getIndex().questions[0];
		services.reviews.grade(q.id, 3, 60, T0);
		services.reviewsChanged();
		expect(practised()).toBe("1");
		expect(services.listenerCount()).toBe(1);
		(view().leaf as unknown as WorkspaceLeaf).detach();
		await vi.waitFor(() => expect(services.listenerCount()).toBe(0));
	});
});
