// @vitest-environment happy-dom
// The quiz behaves (issue 17): the timer measures speaking, skips count and undo, learning steps and
// the interview date show, the three counts — on the fake obsidian.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Modal } from "../../fake-obsidian/index";
import { makeServices, T0 } from "./make-services";
import { ENGLISH, seedQuestions } from "./questions";
import { openQuizHarness, type QuizHarness } from "./quiz-harness";

const S = 1000;

describe("quiz view: the timer measures speaking", () => {
	let h: QuizHarness;
	beforeEach(async () => {
		h = await openQuizHarness(makeServices(seedQuestions()));
	});
	afterEach(() => {
		for (const m of [...Modal.openModals]) m.close();
	});
	const secsGraded = () => h.services.reviews.reviewsOf("q-complaint").map((e) => e.secs);

	it("stops at reveal: reading the answer is not speaking, the summary adds only speaking", () => {
		h.services.clock.now = T0 + 30 * S;
		h.press(" ");
		h.services.clock.now = T0 + 90 * S;
		expect(h.clock()).toBe("0:30");
		expect(h.q(".ip-quiz-timer")?.classList.contains("is-stopped")).toBe(true);
		h.press("4");
		expect(secsGraded()).toEqual([30]);
	});

	it("pauses while another modal (the settings) is open", async () => {
		h.services.clock.now = T0 + 10 * S;
		const settings = new Modal(h.app as never);
		settings.open();
		await Promise.resolve();
		h.services.clock.now = T0 + 200 * S;
		expect(h.clock()).toBe("0:10");
		expect(h.q(".ip-quiz-timer-paused")?.textContent).toBe("Paused while a dialog is open");
		settings.close();
		await Promise.resolve();
		h.services.clock.now = T0 + 205 * S;
		h.press(" ");
		h.press("3");
		expect(secsGraded()).toEqual([15]);
	});

	it("pauses while the window has no focus, and while the quiz is hidden", () => {
		h.services.clock.now = T0 + 10 * S;
		window.dispatchEvent(new Event("blur"));
		h.services.clock.now = T0 + 70 * S;
		window.dispatchEvent(new Event("focus"));
		h.services.clock.now = T0 + 80 * S;
		// Another tab of the sidebar chosen: the quiz's content is no longer shown.
		h.view().contentEl.hidden = true;
		h.app.workspace.trigger("layout-change");
		h.services.clock.now = T0 + 500 * S;
		h.view().contentEl.hidden = false;
		h.app.workspace.trigger("layout-change");
		h.services.clock.now = T0 + 505 * S;
		h.press(" ");
		h.press("3");
		expect(secsGraded()).toEqual([25]);
	});

	it("pauses while the note opened with O is read, until the next key in the quiz", async () => {
		h.services.clock.now = T0 + 10 * S;
		h.press("o");
		await Promise.resolve();
		h.services.clock.now = T0 + 100 * S;
		expect(h.clock()).toBe("0:10");
		expect(h.q(".ip-quiz-timer-paused")?.textContent).toContain("read the note");
		h.press("h");
		h.services.clock.now = T0 + 112 * S;
		h.press(" ");
		h.press("3");
		expect(secsGraded()).toEqual([22]);
	});
});

describe("quiz view: skips, learning steps, counts", () => {
	it("skipped cards are counted in the summary, U takes a skip back, and all skipped says so", async () => {
		const h = await openQuizHarness(makeServices(seedQuestions().slice(0, 2)));
		h.press("s");
		expect(h.questionText()).toBe("你之前的经验和这个岗位有什么关系？");
		h.press("u");
		expect(h.questionText()).toBe("如何处理客户投诉？");
		h.press("s");
		h.press("s");
		expect(h.text()).toContain("You skipped all 2 cards: nothing was graded");
		expect(h.text()).not.toContain("Reviewed: 0");
		h.press("u");
		h.press(" ");
		h.press("3");
		// The graded card is back after its step (nothing else left): skip it to end the session.
		h.press("s");
		expect(h.text()).toContain("Reviewed: 1");
		expect(h.text()).toContain("Skipped: 2");
	});

	it("a new card graded Good comes back in the session when its 10-minute step is due", async () => {
		const h = await openQuizHarness(makeServices(seedQuestions().slice(0, 2)));
		h.press(" ");
		h.press("3");
		expect(h.questionText()).toBe("你之前的经验和这个岗位有什么关系？");
		expect(h.q(".ip-quiz-count-learning .ip-quiz-count-n")?.textContent).toBe("1");
		h.services.clock.now = T0 + 60 * S;
		h.press(" ");
		h.press("4");
		// Nothing else is left: the learning card shows (learn ahead, as Anki) instead of the session ending.
		expect(h.questionText()).toBe("如何处理客户投诉？");
		expect(h.q(".ip-quiz-count-learning.is-current")).not.toBeNull();
		expect(h.q(".ip-quiz-progress")?.getAttribute("value")).toBe("2");
		expect(h.q(".ip-quiz-progress")?.getAttribute("max")).toBe("3");
	});

	it("near the interview the capped grades say 'before the interview' and a line says why", async () => {
		// Interview on 2025-05-03 (T0 is 2025-05-01 10:00 in Shanghai): Hard, Good and Easy would all go past it.
		const services = makeServices(seedQuestions(), { settings: { interviewDate: "2025-05-03" } });
		services.reviews.grade("q-complaint", 3, 20, T0 - 10 * 86_400_000);
		services.reviews.grade("q-complaint", 3, 20, T0 - 4 * 86_400_000);
		services.clock.now = T0;
		const h = await openQuizHarness(services);
		h.q(".ip-quiz-mode[data-mode='all']")?.click();
		while (h.questionText() !== "如何处理客户投诉？") h.press("s");
		h.press(" ");
		const whens = [1, 2, 3, 4].map((r) => h.q(`.ip-quiz-grade-${r} .ip-quiz-grade-when`)?.textContent);
		expect(whens[0]).toMatch(/^in \d+ minutes?$/);
		expect(whens.slice(1)).toEqual(["Before the interview", "Before the interview", "Before the interview"]);
		expect(h.q(".ip-quiz-interview-cap")?.textContent).toMatch(/^The interview on May 3 caps these: back on the day before, May 2, 12:00 AM \(in 14 hours\)\.$/);
	});

	it("the Due mode's button carries the due count (due now and new today under the filters)", async () => {
		const h = await openQuizHarness(makeServices(seedQuestions()));
		const due = () => h.q(".ip-quiz-mode[data-mode='due']");
		expect(due()?.getAttribute("data-count")).toBe("4");
		expect(due()?.textContent).toBe("Due");
		expect(due()?.getAttribute("title")).toBe("4 due now");
		h.press(" ");
		h.press("4");
		expect(due()?.getAttribute("data-count")).toBe("3");
		// Under a note filter it counts what Due would bring there, in any mode.
		h.q(".ip-quiz-mode[data-mode='all']")?.click();
		h.view().controller.setNote(ENGLISH);
		h.view().draw();
		expect(due()?.getAttribute("data-count")).toBe("1");
	});
});
