// @vitest-environment happy-dom
// The whole mock interview against the fake Obsidian: command → modal → keys → grades → log note.
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { Modal, Plugin, type Scope } from "../../fake-obsidian/index";
import { makeApp } from "../../fake-obsidian/make-app";
import { answerSource, drawRun, load, START_MOCK_COMMAND } from "../../../src/views/mock/mock-feature";
import { mockLogVault } from "../../../src/vault/mock-log-vault";
import { MockModal } from "../../../src/views/mock/mock-modal";
import { fixtureNotes, makeCoverageServices } from "../coverage/coverage-services";
import { makeQuestion } from "../../core/mock/make-question";

class TestPlugin extends Plugin {}
const MANIFEST = { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" };

function setup(settings: { mockQuestions?: number; targetSeconds?: number } = {}) {
	vi.useFakeTimers();
	const files = Object.fromEntries(fixtureNotes().map((n) => [n.path, n.text]));
	const app = makeApp({ files });
	const plugin = new TestPlugin(app, MANIFEST);
	plugin.load();
	const services = makeCoverageServices({ settings: { mockQuestions: 3, targetSeconds: 60, ...settings } });
	const feature = load(plugin as unknown as Real.Plugin, services, mockLogVault(app.vault));
	const modal = () => Modal.openModals[Modal.openModals.length - 1] as unknown as MockModal;
	const press = (key: string) => (modal().scope as unknown as Scope).press(key);
	const q = (sel: string) => modal().contentEl.querySelector<HTMLElement>(sel);
	const wait = (secs: number) => {
		services.clock.now += secs * 1000;
		vi.advanceTimersByTime(300);
	};
	return { app, plugin, services, feature, modal, press, q, wait };
}

describe("mock interview end to end (fake Obsidian)", () => {
	afterEach(() => {
		for (const m of [...Modal.openModals]) m.close();
		vi.useRealTimers();
	});

	it("runs from the command: timed answers, ratings into FSRS, the run recorded, a log note written", async () => {
		const h = setup();
		expect(h.app.executeCommandById(`interview-prep:${START_MOCK_COMMAND}`)).toBe(true);
		expect(h.q(".ip-mock-intro")?.textContent).toContain("3 questions");
		h.press("Enter");
		const asked: string[] = [];
		for (let i = 0; i < 3; i++) {
			asked.push(h.q(".ip-mock-question")?.textContent ?? "");
			expect(h.q(".ip-mock-answer")).toBeNull();
			if (i === 1) h.wait(61); // runs out of time: revealed by itself
			else {
				h.wait(20);
				h.press(" ");
			}
			expect(h.q(".ip-mock-answer")).not.toBeNull();
			h.press(String(i + 2));
			h.press("Enter");
		}
		expect(new Set(asked).size).toBe(3);
		const summary = h.q(".ip-mock-summary-line")?.textContent ?? "";
		expect(summary).toBe("Spoke on 3 of 3 · 1:40 speaking · took 1:41 · 1 ran out of time");

		// Ratings went into the same schedule, tagged with the run.
		const index = h.services.getIndex();
		const ids = asked.map((text) => index.questions.find((x) => x.text === text && x.variantOf === null)?.id ?? "");
		const events = ids.map((id) => h.services.reviews.reviewsOf(id));
		expect(events.map((e) => e.map((x) => [x.rating, x.secs]))).toEqual([[[2, 20]], [[3, 60]], [[4, 20]]]);
		expect(new Set(events.map((e) => e[0].mock)).size).toBe(1);

		h.q(".ip-mock-write-log")?.click();
		await vi.waitFor(() => expect(h.services.reviews.mockRuns()).toHaveLength(1));
		const run = h.services.reviews.mockRuns()[0];
		expect(run.notePath).toBe("Interview practice/Mock interview 2025-05-01 10.00.md");
		expect(run.id).toBe(events[0][0].mock);
		const file = h.app.vault.getAbstractFileByPath(run.notePath ?? "");
		expect(file).not.toBeNull();
		const text = await h.app.vault.cachedRead(file as never);
		for (const t of asked) expect(text).toContain(`|${t}]]`);
		expect(text).toContain("1:00 / target 1:00 (time ran out)");
		// The log note says the same figures as the view did.
		expect(text).toContain(`- Summary: ${summary}\n`);

		// Closing does not record the run twice.
		h.q(".ip-mock-close")?.click();
		expect(Modal.openModals).toHaveLength(0);
		expect(h.services.reviews.mockRuns()).toHaveLength(1);
	});

	it("a second log note in the same minute gets a new name", async () => {
		const h = setup({ mockQuestions: 1 });
		await h.app.vault.create("Interview practice/Mock interview 2025-05-01 10.00.md", "mine");
		h.feature.startMock();
		h.press("Enter");
		h.press(" ");
		h.press("3");
		h.press("Enter");
		h.q(".ip-mock-write-log")?.click();
		await vi.waitFor(() => expect(h.services.reviews.mockRuns()).toHaveLength(1));
		expect(h.services.reviews.mockRuns()[0].notePath).toBe("Interview practice/Mock interview 2025-05-01 10.00 2.md");
		const mine = h.app.vault.getAbstractFileByPath("Interview practice/Mock interview 2025-05-01 10.00.md");
		expect(await h.app.vault.cachedRead(mine as never)).toBe("mine");
	});

	it("closing mid-run keeps the rated answers and records the run", () => {
		const h = setup();
		h.feature.startMock();
		h.press("Enter");
		h.wait(10);
		h.press(" ");
		h.press("1");
		h.modal().close();
		const runs = h.services.reviews.mockRuns();
		expect(runs).toHaveLength(1);
		expect(runs[0].items.map((i) => i.rating)).toEqual([1, null, null]);
		expect(h.services.reviews.allEvents().filter((e) => e.kind === "review")).toHaveLength(1);
	});

	it("tells watchers when a run opens and when it closes, and a late watcher at once", () => {
		const h = setup();
		const seen: boolean[] = [];
		const stop = h.feature.watch((running) => seen.push(running));
		h.feature.startMock();
		const late: boolean[] = [];
		h.feature.watch((running) => late.push(running));
		h.modal().close();
		expect(seen).toEqual([true, false]);
		expect(late).toEqual([true, false]);
		stop();
		h.feature.startMock();
		expect(seen).toEqual([true, false]);
	});

	it("can be limited to one topic (the quiz's button passes its filter)", () => {
		const h = setup({ mockQuestions: 10 });
		const drawn = drawRun(h.services, { path: "面试-面试官角度准备.md", topic: "客户服务与沟通能力" });
		expect(drawn.length).toBeGreaterThan(0);
		expect(drawn.every((d) => d.question.path === "面试-面试官角度准备.md" && d.question.topic.includes("客户服务与沟通能力"))).toBe(true);
	});

	it("a question answered only by a variant shows the variant's answer; one with none has no answer", () => {
		const listed = makeQuestion("listed", { answered: false, variants: ["v"], answerMarkdown: "" });
		const variant = makeQuestion("v", { variantOf: "listed", answerMarkdown: "我会先倾听客户" });
		const lonely = makeQuestion("gap", { answered: false, covered: false, answerMarkdown: "" });
		const byId = new Map([listed, variant, lonely].map((q) => [q.id, q]));
		const index = { notes: [], questions: [listed, variant, lonely], gaps: ["gap"], byId };
		expect(answerSource(listed, index)).toBe(variant);
		expect(answerSource(variant, index)).toBe(variant);
		expect(answerSource(lonely, index)).toBeNull();
	});
});
