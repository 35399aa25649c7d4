// @vitest-environment happy-dom
// Removing a hub no note links to clears its warning in the views at once: the prep set's hubs changed
// even though no note came or went, and the views must hear of it without a reload.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { COVERAGE_VIEW_TYPE } from "../../src/views/coverage/coverage-view";
import { drain, HUB, makeVault, settle, start } from "../reliability/plugin-harness";

describe("a removed hub's warning", () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(async () => {
		await drain();
		vi.useRealTimers();
	});

	it("leaves the coverage view as soon as the hub is removed in settings", async () => {
		const app = makeVault(undefined, { schema: 1, settings: { hubs: [HUB, "Nonexistent hub"] } });
		const plugin = await start(app);
		expect(app.executeCommandById("interview-prep:open-coverage")).toBe(true);
		await settle(plugin);
		const coverage = () => app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0].view.containerEl.textContent ?? "";
		expect(coverage()).toContain("Nonexistent hub");

		await plugin.core.services.updateSettings({ hubs: [HUB] });
		await settle(plugin);
		expect(coverage()).not.toContain("Nonexistent hub");
		plugin.unload();
	});
});
