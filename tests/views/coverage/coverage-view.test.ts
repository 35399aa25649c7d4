// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Plugin, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { load, OPEN_COVERAGE_COMMAND } from "../../../src/views/coverage/coverage-feature";
import { COVERAGE_VIEW_TYPE, CoverageView } from "../../../src/views/coverage/coverage-view";
import { makeCoverageServices, T0 } from "./coverage-services";
import { nodeInserted } from "../../fake-obsidian/dom";

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
	it("shows the due count at its top, kept current; a click opens the quiz", async () => {
		const { services, view } = await open();
		const openQuiz = vi.spyOn(services, "openQuiz");
		const link = () => view().contentEl.querySelector<HTMLElement>(".ip-cov-due .ip-due-link");
		const before = link()?.textContent ?? "";
		expect(before).toMatch(/\d+ due/);
		const n = Number(/(\d+)/.exec(before)?.[1]);
		const q = services.getIndex().questions[0];
		services.reviews.grade(q.id, 4, 60, T0);
		services.reviewsChanged();
		expect(view().contentEl.querySelectorAll(".ip-due-link")).toHaveLength(1);
		expect(link()?.textContent).not.toBe(before);
		expect(Number(/(\d+)/.exec(link()?.textContent ?? "")?.[1] ?? 0)).toBeLessThan(n);
		link()?.click();
		expect(openQuiz).toHaveBeenCalledTimes(1);
	});

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

describe("coverage view in a hidden tab", () => {
	// A sidebar tab behind another (the quiz's, say) is not drawn on every edit and grade: the report of
	// ten thousand questions takes tens of milliseconds each time. It is drawn once it is shown again.
	it("waits while hidden, and shows the current figures once shown again (layout change or resize)", async () => {
		const { app, services, view } = await open();
		const build = vi.spyOn(await import("../../../src/views/coverage/coverage-model"), "buildCoverageModel");
		const practised = () => view().contentEl.querySelector(".ip-cov-hub > summary .ip-cov-stat-practised .ip-cov-stat-value")?.textContent;
		expect(practised()).toBe("0");
		const [q1, q2] = services.getIndex().questions.filter((x) => x.variantOf === null);
		view().contentEl.hidden = true;
		services.reviews.grade(q1.id, 3, 60, T0);
		services.reviewsChanged();
		services.reviewsChanged();
		expect(build).not.toHaveBeenCalled();
		expect(practised()).toBe("0");
		// Another tab's layout change while still hidden draws nothing either.
		app.workspace.trigger("layout-change");
		expect(build).not.toHaveBeenCalled();
		view().contentEl.hidden = false;
		app.workspace.trigger("layout-change");
		expect(practised()).toBe("1");
		expect(build).toHaveBeenCalledTimes(1);
		// Shown again by a resize (a sidebar opened), once.
		view().contentEl.hidden = true;
		services.reviews.grade(q2.id, 3, 60, T0);
		services.reviewsChanged();
		view().contentEl.hidden = false;
		view().onResize();
		view().onResize();
		expect(practised()).toBe("2");
		expect(build).toHaveBeenCalledTimes(2);
		// Shown again as Obsidian puts a hidden tab back on screen (onNodeInserted).
		const [, , q3] = services.getIndex().questions.filter((x) => x.variantOf === null);
		view().contentEl.hidden = true;
		services.reviews.grade(q3.id, 3, 60, T0);
		services.reviewsChanged();
		view().contentEl.hidden = false;
		nodeInserted(view().contentEl);
		expect(practised()).toBe("3");
		expect(build).toHaveBeenCalledTimes(3);
		build.mockRestore();
	});
});

describe("deck overview in the coverage tree", () => {
	it("each hub, note and topic row shows new and due; its button starts a session limited to it", async () => {
		const { services, view } = await open();
		const el = view().contentEl;
		const hubRow = el.querySelector<HTMLElement>(".ip-cov-hub > summary")!;
		const fresh = (row: Element) => row.querySelector(".ip-cov-deck-fresh")?.textContent;
		const due = (row: Element) => row.querySelector(".ip-cov-deck-due")?.textContent;
		const total = services.getIndex().questions.filter((q) => q.variantOf === null).length;
		expect(fresh(hubRow)).toBe(String(total));
		expect(due(hubRow)).toBe("0");
		// A card graded a month ago is due now: the counts move from new to due.
		const q = services.getIndex().questions.find((x) => x.variantOf === null)!;
		services.reviews.grade(q.id, 3, 30, T0 - 30 * 86_400_000);
		services.reviewsChanged();
		expect(fresh(hubRow)).toBe(String(total - 1));
		expect(due(hubRow)).toBe("1");
		const noteRow = el.querySelector<HTMLElement>(`.ip-cov-note[data-path="${q.path}"] > summary`)!;
		expect(due(noteRow)).toBe("1");
		const details = noteRow.parentElement as HTMLDetailsElement;
		const wasOpen = details.open;
		noteRow.querySelector<HTMLElement>(".ip-cov-deck-practise")!.click();
		expect(details.open).toBe(wasOpen); // the button practises; it does not fold the note
		hubRow.querySelector<HTMLElement>(".ip-cov-deck-practise")!.click();
		const topicRow = el.querySelector<HTMLElement>(".ip-cov-topic")!;
		topicRow.querySelector<HTMLElement>(".ip-cov-deck-practise")!.click();
		expect(services.quizzes).toEqual([
			{ path: q.path, topic: "", mode: "due" },
			{ hub: services.getPrepSet()?.hubOf[q.path], path: "", topic: "", mode: "due" },
			{ path: topicRow.closest<HTMLElement>(".ip-cov-note")!.dataset.path, topic: topicRow.dataset.topic, mode: "due" },
		]);
	});

	it("suspended questions are listed with a way back", async () => {
		const { services, view } = await open();
		const el = view().contentEl;
		expect(el.querySelector(".ip-cov-suspended-section")).toBeNull();
		const q = services.getIndex().questions.find((x) => x.variantOf === null)!;
		services.reviews.control(q.id, "suspend", T0);
		services.reviewsChanged();
		const section = el.querySelector<HTMLElement>(".ip-cov-suspended-section")!;
		expect(section.querySelector("summary")?.textContent).toBe("Suspended questions (1)");
		expect(section.querySelector(".ip-cov-question")?.textContent).toBe(q.text);
		section.querySelector<HTMLElement>(".ip-cov-unsuspend")!.click();
		expect(services.reviews.controlState().suspended.size).toBe(0);
		expect(el.querySelector(".ip-cov-suspended-section")).toBeNull();
	});
});
