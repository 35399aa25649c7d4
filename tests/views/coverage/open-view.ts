// Opens the coverage or the statistics view on the fake Obsidian from its command, on services whose
// clock is the fake timers' clock, starting at T0.
import { expect, vi } from "vitest";
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

/** `before` runs on the services before the view opens. Fake timers are on until the test turns them off. */
export async function openView(kind: "coverage" | "stats", settings: Partial<Settings>, before: (s: ReturnType<typeof makeCoverageServices>) => void) {
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
	return { app, services, leaf, header: () => el.querySelector(".ip-due-link")?.textContent, el };
}
