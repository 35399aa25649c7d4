// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Modal, Plugin, type Scope, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { load, OPEN_QUIZ_COMMAND } from "../../../src/views/quiz/quiz-feature";
import { QUIZ_VIEW_TYPE, QuizView } from "../../../src/views/quiz/quiz-view";
import { makeServices, T0, type TestServices } from "./make-services";
import { openQuizHarness, type QuizHarness } from "./quiz-harness";
import { ANSWERS, ENGLISH, seedQuestions } from "./questions";
import { makeQuestion } from "../../core/quiz/make-question";
import { ReviewStore } from "../../../src/core/review/review-store";
import { ReviewFiles } from "../../../src/vault/review-files";
import { hostFor, ManualTimers, MemDisk } from "../../vault/review-disk";
import * as mock from "../../../src/views/mock/mock-feature";
import type { MockLogVault } from "../../../src/vault/mock-log-vault";

class TestPlugin extends Plugin {}

/** The quiz opened from its command with a mock-interview hook (the shared harness). */
const setup = (services: TestServices): Promise<QuizHarness> => openQuizHarness(services);
type Harness = QuizHarness;

describe("quiz view", () => {
	let h: Harness;
	beforeEach(async () => {
		h = await setup(makeServices(seedQuestions()));
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it("opens in the right sidebar from the command and the ribbon, once", async () => {
		const leaves = h.app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE) as unknown as WorkspaceLeaf[];
		expect(leaves[0].side).toBe("right");
		expect(h.view().getDisplayText()).toBe("Interview quiz");
		expect(h.view().getIcon()).toBe("graduation-cap");
		const ribbon = h.app.ribbon.find((r) => r.title === "Open interview quiz");
		ribbon?.el.click();
		await vi.waitFor(() => expect(h.app.workspace.revealed.length).toBeGreaterThanOrEqual(2));
		expect(h.app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)).toHaveLength(1);
	});

	it("due mode starts with new questions up to the daily limit, each shown front first", () => {
		expect(h.q(".ip-quiz-mode.is-active")?.textContent).toBe("Due");
		expect(h.questionText()).toBe("如何处理客户投诉？");
		expect(h.text()).toContain("4 left");
		expect(h.q(".ip-quiz-answer")).toBeNull();
	});

	it("keys: H hint, Space reveals, 3 grades Good: the schedule changes and the next card shows", () => {
		h.press("h");
		expect(h.q(".ip-quiz-hint")?.textContent).toContain("先安抚，再解决。");
		h.services.clock.now = T0 + 40_000;
		h.press(" ");
		expect(h.q(".ip-quiz-model")?.textContent).toContain("我会先倾听客户的问题");
		expect(h.services.reviews.card("q-complaint")).toBeNull();
		h.press("3");
		const card = h.services.reviews.card("q-complaint");
		expect(card?.reps).toBe(1);
		expect(card?.due).toBeGreaterThan(T0);
		expect(h.services.reviews.reviewsOf("q-complaint").map((e) => [e.rating, e.secs])).toEqual([[3, 40]]);
		expect(h.questionText()).toBe("你之前的经验和这个岗位有什么关系？");
		// Good on a new card: its 10-minute learning step keeps it in the session (as Anki), counted as learning.
		expect(h.text()).toContain("4 left");
		expect(h.q(".ip-quiz-count-new .ip-quiz-count-n")?.textContent).toBe("3");
		expect(h.q(".ip-quiz-count-learning .ip-quiz-count-n")?.textContent).toBe("1");
	});

	it.each([
		[1, "Again"],
		[2, "Hard"],
		[3, "Good"],
		[4, "Easy"],
	] as const)("grading %i (%s) by button records that rating and shows the next card", (rating, _name) => {
		h.q(".ip-quiz-reveal")?.click();
		const shown = h.q(`.ip-quiz-grade-${rating} .ip-quiz-grade-when`)?.textContent;
		const preview = h.services.reviews.previewIntervals("q-complaint", h.services.now());
		h.q(`.ip-quiz-grade-${rating}`)?.click();
		const card = h.services.reviews.card("q-complaint");
		expect(h.services.reviews.reviewsOf("q-complaint").map((e) => e.rating)).toEqual([rating]);
		// The card is due when its button said it would be.
		expect(card?.due).toBe(preview[rating]);
		expect(shown).toMatch(/^in \d+ (minutes?|hours?|days?)$/);
		expect(h.questionText()).toBe("你之前的经验和这个岗位有什么关系？");
	});

	it("digits do nothing before the answer is shown; Enter reveals too", () => {
		h.press("3");
		expect(h.services.reviews.card("q-complaint")).toBeNull();
		expect(h.q(".ip-quiz-grade")).toBeNull();
		h.press("Enter");
		expect(h.q(".ip-quiz-grades")).not.toBeNull();
	});

	it("S skips without grading; O opens the note at the question's line", async () => {
		h.press("o");
		await vi.waitFor(() => expect(h.services.opened).toEqual([{ path: ANSWERS, line: 12 }]));
		h.press("s");
		expect(h.questionText()).toBe("你之前的经验和这个岗位有什么关系？");
		expect(h.services.reviews.card("q-complaint")).toBeNull();
		h.q(".ip-quiz-note-link")?.click();
		await vi.waitFor(() => expect(h.services.opened[1]).toEqual({ path: ANSWERS, line: 30 }));
	});

	it("the speaking timer ticks every second and turns to overrun past the target", () => {
		vi.useFakeTimers();
		const fresh = new QuizView(h.view().leaf, h.services);
		void (fresh as unknown as { openFake(): Promise<void> }).openFake();
		h.services.clock.now = T0 + 125_000;
		vi.advanceTimersByTime(1000);
		const timer = fresh.contentEl.querySelector(".ip-quiz-timer");
		expect(timer?.textContent).toBe("2:050:05 over");
		expect(timer?.classList.contains("ip-quiz-timer-over")).toBe(true);
		fresh.unload();
	});

	it("modes: All covers every question; Unanswered shows the gap and opens the note to write", async () => {
		h.q('.ip-quiz-mode[data-mode="all"]')?.click();
		expect(h.q(".ip-quiz-mode.is-active")?.textContent).toBe("All");
		expect(h.text()).toContain("4 left");
		h.q('.ip-quiz-mode[data-mode="unanswered"]')?.click();
		expect(h.questionText()).toBe("如何将客户反馈转化为产品优化建议？");
		expect(h.text()).toContain("1 left");
		h.q(".ip-quiz-write")?.click();
		await vi.waitFor(() => expect(h.services.opened.at(-1)).toEqual({ path: "面试-面试官角度准备.md", line: 40 }));
	});

	it("filters by note and by topic", () => {
		const note = h.q(".ip-quiz-filter-note") as HTMLSelectElement;
		note.value = ENGLISH;
		note.dispatchEvent(new Event("change"));
		expect(h.questionText()).toBe("Tell me about a time you disagreed with your manager.");
		expect(h.text()).toContain("1 left");
		const topics = [...(h.q(".ip-quiz-filter-topic") as HTMLSelectElement).options].map((o) => o.value);
		expect(topics).toEqual(["", "Conflict"]);
		const allNotes = h.q(".ip-quiz-filter-note") as HTMLSelectElement;
		allNotes.value = "";
		allNotes.dispatchEvent(new Event("change"));
		const topic = h.q(".ip-quiz-filter-topic") as HTMLSelectElement;
		topic.value = "二、岗位匹配";
		topic.dispatchEvent(new Event("change"));
		expect(h.questionText()).toBe("你之前的经验和这个岗位有什么关系？");
		expect(h.text()).toContain("1 left");
	});

	it("keeps mode and filters across a restart (view state)", async () => {
		h.q('.ip-quiz-mode[data-mode="all"]')?.click();
		const note = h.q(".ip-quiz-filter-note") as HTMLSelectElement;
		note.value = ANSWERS;
		note.dispatchEvent(new Event("change"));
		const saved = h.view().leaf.getViewState();
		expect(saved.state).toEqual({ mode: "all", path: ANSWERS, topic: "" });
		// A new workspace restores the leaf from the saved state.
		const again = await setup(h.services);
		const leaf = again.app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)[0];
		await leaf.setViewState(saved);
		expect(again.q(".ip-quiz-mode.is-active")?.textContent).toBe("All");
		expect((again.q(".ip-quiz-filter-note") as HTMLSelectElement).value).toBe(ANSWERS);
		expect(again.text()).toContain("2 left");
	});

	it("an index change keeps the card in hand, revealed, and grading still goes to the id shown", () => {
		h.press(" ");
		// The question's words changed: it now has a new id; another question was added.
		const qs = seedQuestions().map((q) => (q.id === "q-complaint" ? { ...q, id: "q-complaint-2", text: "如何处理客户的投诉？" } : q));
		h.services.setIndex([...qs, makeQuestion("q-new", { path: ANSWERS })]);
		h.services.fireChange();
		expect(h.questionText()).toBe("如何处理客户投诉？");
		expect(h.q(".ip-quiz-grades")).not.toBeNull();
		h.press("4");
		expect(h.services.reviews.reviewsOf("q-complaint").map((e) => e.rating)).toEqual([4]);
		expect(h.questionText()).toBe("你之前的经验和这个岗位有什么关系？");
	});

	it("an index change refreshes the card's answer while it is in hand", () => {
		h.press(" ");
		const qs = seedQuestions().map((q) =>
			q.id === "q-complaint" ? { ...q, parts: { ...q.parts, answer: "> 新写的示范回答。" }, answerMarkdown: "> 新写的示范回答。" } : q,
		);
		h.services.setIndex(qs);
		h.services.fireChange();
		expect(h.q(".ip-quiz-model")?.textContent).toContain("新写的示范回答。");
		expect(h.questionText()).toBe("如何处理客户投诉？");
	});

	it("in a hidden tab, an index change is drawn once the quiz is shown again, its card still in hand", () => {
		h.press(" ");
		const qs = seedQuestions().map((q) =>
			q.id === "q-complaint" ? { ...q, parts: { ...q.parts, answer: "> 新写的示范回答。" }, answerMarkdown: "> 新写的示范回答。" } : q,
		);
		const model = () => h.q(".ip-quiz-model")?.textContent ?? "";
		const before = model();
		h.view().contentEl.hidden = true;
		h.services.setIndex(qs);
		h.services.fireChange();
		h.services.fireChange();
		// Nothing is drawn for a quiz nobody sees (its card's Markdown is rendered anew on every draw).
		expect(model()).toBe(before);
		h.view().contentEl.hidden = false;
		h.app.workspace.trigger("layout-change");
		expect(model()).toContain("新写的示范回答。");
		expect(h.questionText()).toBe("如何处理客户投诉？");
		// Grading still goes to the card in hand.
		h.press("4");
		expect(h.services.reviews.reviewsOf("q-complaint").map((e) => e.rating)).toEqual([4]);
	});

	it("while the first build runs, shows progress, then the questions as they arrive", () => {
		const s = h.services;
		s.setIndex([]);
		s.setStatus({ state: "building", done: 120, total: 500 });
		h.q('.ip-quiz-mode[data-mode="due"]')?.click();
		h.view().controller.restart();
		s.fireChange();
		expect(h.q(".ip-quiz-status")?.textContent).toBe("Indexing 120/500 notes");
		s.setIndex(seedQuestions());
		s.setStatus({ state: "ready", done: 500, total: 500 });
		s.fireChange();
		expect(h.q(".ip-quiz-status")).toBeNull();
		expect(h.questionText()).toBe("如何处理客户投诉？");
	});

	it("a session begun on a partial index takes in the rest when the build ends, keeping the card in hand", () => {
		const s = h.services;
		s.setIndex(seedQuestions().slice(0, 2));
		s.setStatus({ state: "building", done: 1, total: 3 });
		h.q('.ip-quiz-mode[data-mode="all"]')?.click();
		h.q('.ip-quiz-mode[data-mode="due"]')?.click();
		expect(h.text()).toContain("2 left");
		h.press(" ");
		h.press("4");
		const inHand = h.questionText();
		s.setIndex(seedQuestions());
		s.setStatus({ state: "ready", done: 3, total: 3 });
		s.fireChange();
		expect(h.questionText()).toBe(inHand);
		// The graded question does not come back; the two new ones join.
		expect(h.text()).toContain("3 left");
	});

	it("the mock interview button starts a run limited to the quiz's filters", () => {
		const note = h.q(".ip-quiz-filter-note") as HTMLSelectElement;
		note.value = ANSWERS;
		note.dispatchEvent(new Event("change"));
		h.q(".ip-quiz-mock")?.click();
		expect(h.startMock).toHaveBeenCalledWith({ path: ANSWERS, topic: undefined });
	});

	it("a hub suggestion becomes the hub in one click", async () => {
		const s = makeServices([], { settings: { hubs: [] }, suggestions: ["面试-面试官角度准备.md"] });
		const fresh = await setup(s);
		fresh.q(".ip-quiz-hub-choice")?.click();
		await vi.waitFor(() => expect(s.settingsPatches).toEqual([{ hubs: ["面试-面试官角度准备.md"] }]));
	});

	it("Undo takes back the last grade: the card is back in hand on its front, the counts go back, the change is saved", () => {
		expect(h.q(".ip-quiz-undo")).toBeNull();
		h.press(" ");
		h.press("1");
		expect(h.questionText()).toBe("你之前的经验和这个岗位有什么关系？");
		expect(h.q(".ip-quiz-undo")?.textContent).toBe("Undo");
		const changes = h.services.changes;
		h.q(".ip-quiz-undo")?.click();
		expect(h.services.reviews.card("q-complaint")).toBeNull();
		expect(h.services.reviews.reviewsOf("q-complaint")).toEqual([]);
		expect(h.services.changes).toBeGreaterThan(changes);
		expect(h.questionText()).toBe("如何处理客户投诉？");
		expect(h.q(".ip-quiz-answer")).toBeNull();
		expect(h.text()).toContain("4 left");
		// One step only: the control is gone until the next grade.
		expect(h.q(".ip-quiz-undo")).toBeNull();
		h.press("u");
		expect(h.questionText()).toBe("如何处理客户投诉？");
	});

	it("U and Ctrl/Cmd+Z undo too; the summary offers it after the last card", () => {
		h.press(" ");
		h.press("3");
		h.press("u");
		expect(h.questionText()).toBe("如何处理客户投诉？");
		expect(h.services.reviews.card("q-complaint")).toBeNull();
		h.press(" ");
		h.press("4");
		(h.view().scope as unknown as Scope).press("z", ["Mod"]);
		expect(h.questionText()).toBe("如何处理客户投诉？");
		expect(h.services.reviews.card("q-complaint")).toBeNull();
		for (let i = 0; i < 4; i++) {
			h.press(" ");
			h.press("4");
		}
		expect(h.q(".ip-quiz-summary")).not.toBeNull();
		expect(h.text()).toContain("Reviewed: 4");
		h.q(".ip-quiz-undo")?.click();
		expect(h.q(".ip-quiz-summary")).toBeNull();
		expect(h.text()).toContain("1 left");
		expect(h.services.reviews.reviewsOf("q-conflict")).toEqual([]);
	});

	it("an undone grade stays undone after a save and a reload", async () => {
		const disk = new MemDisk();
		const files = new ReviewFiles(hostFor(disk), {
			device: h.services.reviews.device,
			store: h.services.reviews,
			getSettings: () => h.services.getSettings(),
			now: () => h.services.now(),
			timers: new ManualTimers(),
		});
		await files.load();
		h.press(" ");
		h.press("3");
		h.press(" ");
		h.press("1");
		h.press("u");
		files.requestSave();
		await files.unload();
		const reloaded = new ReviewStore({ device: h.services.reviews.device });
		await new ReviewFiles(hostFor(disk), { device: reloaded.device, store: reloaded, getSettings: () => ({}), now: () => T0 }).load();
		expect(reloaded.reviewsOf("q-complaint").map((e) => e.rating)).toEqual([3]);
		expect(reloaded.card("q-role")).toBeNull();
	});

	it("an Again card comes back once its minute is up, before the cards still waiting", () => {
		h.press(" ");
		h.press("1");
		expect(h.questionText()).toBe("你之前的经验和这个岗位有什么关系？");
		expect(h.text()).toContain("4 left");
		h.services.clock.now = T0 + 30_000;
		h.press(" ");
		h.press("4");
		// Not due yet: the next waiting card.
		expect(h.questionText()).toBe("如何将客户反馈转化为产品优化建议？");
		h.services.clock.now = T0 + 75_000;
		h.press(" ");
		h.press("4");
		expect(h.questionText()).toBe("如何处理客户投诉？");
		expect(h.q(".ip-quiz-answer")).toBeNull();
		h.press(" ");
		h.press("4");
		expect(h.questionText()).toBe("Tell me about a time you disagreed with your manager.");
	});

	it("when only cards in a learning step are left, the next one shows early instead of ending the session", () => {
		for (let i = 0; i < 3; i++) {
			h.press(" ");
			h.press("4");
		}
		h.press(" ");
		h.press("1");
		expect(h.q(".ip-quiz-summary")).toBeNull();
		expect(h.questionText()).toBe("Tell me about a time you disagreed with your manager.");
		h.press(" ");
		h.press("4");
		expect(h.q(".ip-quiz-summary")).not.toBeNull();
		expect(h.text()).toContain("Reviewed: 5");
	});

	it("a new session takes in a card whose learning step comes within 20 minutes, counted as learning", async () => {
		h.press(" ");
		h.press("1");
		const fresh = await setup(h.services);
		h.services.clock.now = T0 + 10_000;
		fresh.view().controller.restart();
		fresh.view().draw();
		// The three new cards first; the Again card waits for its minute (or shows early at the end).
		expect(fresh.text()).toContain("4 left");
		expect(fresh.q(".ip-quiz-count-learning .ip-quiz-count-n")?.textContent).toBe("1");
		expect(fresh.q(".ip-quiz-count-new.is-current")).not.toBeNull();
	});

	it("renders the revealed answer with MarkdownRenderer, and unloads the previous render's component", async () => {
		const { MarkdownRenderer } = await import("../../fake-obsidian/index");
		const before = MarkdownRenderer.renderCount;
		h.press(" ");
		expect(MarkdownRenderer.renderCount).toBeGreaterThan(before);
		expect(h.q(".ip-quiz-model blockquote")?.textContent).toContain("我会先倾听客户的问题");
		const first = (h.view() as unknown as { markdown: { _loaded: boolean } }).markdown;
		h.press("3");
		expect(first._loaded).toBe(false);
	});
});

describe("quiz view in Chinese", () => {
	it("labels the view, the modes and the card in Chinese", async () => {
		const h = await setup(makeServices(seedQuestions(), { lang: "zh" }));
		expect(h.view().getDisplayText()).toBe("面试练习");
		expect([...h.view().contentEl.querySelectorAll(".ip-quiz-mode")].map((b) => b.textContent)).toEqual(["到期", "全部", "没有示范回答"]);
		expect(h.q(".ip-quiz-reveal")?.textContent).toBe("显示答案");
		expect(h.app.commands.get(`interview-prep:${OPEN_QUIZ_COMMAND}`)?.name).toBe("打开面试练习");
	});
});

describe("quiz view and the mock interview", () => {
	const noVault: MockLogVault = { exists: () => false, read: async () => null, create: async () => {}, ensureFolder: async () => {} };

	afterEach(() => {
		for (const m of [...Modal.openModals]) m.close();
	});

	/** The quiz and the mock interview wired as main.ts does, the quiz open on its first card. */
	async function quizWithMock() {
		const services = makeServices(seedQuestions());
		const app = new App();
		const plugin = new TestPlugin(app, { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
		plugin.load();
		const runs = mock.load(plugin as unknown as Real.Plugin, services, noVault);
		load(plugin as unknown as Real.Plugin, services, { startMock: (limit) => runs.startMock(limit), watchMock: (l) => runs.watch(l) });
		app.executeCommandById(`interview-prep:${OPEN_QUIZ_COMMAND}`);
		await vi.waitFor(() => expect(app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)).toHaveLength(1));
		const view = (app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)[0] as unknown as WorkspaceLeaf).view as unknown as QuizView;
		await vi.waitFor(() => expect(view.contentEl.querySelector(".ip-quiz-question")).not.toBeNull());
		return { services, app, view };
	}

	it("the speaking timer pauses while a mock interview is open, so the grade's seconds leave the mock out", async () => {
		const { services, view } = await quizWithMock();

		services.clock.now = T0 + 20_000;
		view.contentEl.querySelector<HTMLElement>(".ip-quiz-mock")?.click();
		expect(Modal.openModals).toHaveLength(1);
		services.clock.now = T0 + 320_000; // five minutes of mock interview
		view.draw();
		expect(view.contentEl.querySelector(".ip-quiz-timer-clock")?.textContent).toBe("0:20");
		expect(view.contentEl.querySelector(".ip-quiz-timer")?.classList.contains("is-paused")).toBe(true);
		Modal.openModals[0].close();
		services.clock.now = T0 + 330_000;
		(view.scope as unknown as Scope).press(" ");
		(view.scope as unknown as Scope).press("3");
		expect(services.reviews.reviewsOf("q-complaint").map((e) => e.secs)).toEqual([30]);
	});

	it("a mock interview opened from the command pauses it too", async () => {
		const { services, app, view } = await quizWithMock();
		services.clock.now = T0 + 5_000;
		app.executeCommandById(`interview-prep:${mock.START_MOCK_COMMAND}`);
		services.clock.now = T0 + 605_000;
		Modal.openModals[0].close();
		services.clock.now = T0 + 607_000;
		expect(view.controller.elapsed()).toBe(7);
	});
});


describe("quiz view keeps its keys and its clock", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it("O opens the note beside the quiz and the quiz keeps its keys: 3 then grades, the note is untouched", async () => {
		const services = makeServices(seedQuestions());
		const h = await setup(services);
		const note = await h.app.vault.create(ANSWERS, "# 角度回答\n");
		// As the plugin's openAt does: the note opens in the main area, which takes focus.
		services.openAt = async (path, line) => {
			services.opened.push({ path, line });
			await h.app.workspace.getLeaf(false).openFile(note, { eState: { line: line - 1 } });
		};
		h.press(" ");
		h.press("o");
		await vi.waitFor(() => expect(services.opened).toHaveLength(1));
		await vi.waitFor(() => expect(h.app.workspace.getLeavesOfType("markdown")).toHaveLength(1));
		await Promise.resolve();
		// Keys go to the active view's scope, as in Obsidian.
		const active = h.app.workspace.activeLeaf?.view as unknown as { scope: Scope | null };
		expect(active).toBe(h.view());
		active.scope?.press("3");
		expect(services.reviews.reviewsOf("q-complaint").map((e) => e.rating)).toEqual([3]);
		expect(await h.app.vault.read(note)).toBe("# 角度回答\n");
	});

	it("the nothing-due screen shows the card by itself once it becomes due, and its timer stops when the view closes", async () => {
		vi.useFakeTimers();
		const services = makeServices([makeQuestion("q-one", { path: ANSWERS, text: "为什么选择我们？" })]);
		// Graded Easy days ago: due for review in 30 s (a review card, so not shown early as a learning step is).
		const easyAfter = services.reviews.previewIntervals("q-one", 0)[4];
		services.reviews.grade("q-one", 4, 20, T0 + 30_000 - easyAfter);
		const due = services.reviews.card("q-one")?.due ?? 0;
		expect(due).toBeGreaterThan(T0);
		const h = await setup(services);
		const view = h.view();
		expect(h.q(".ip-quiz-empty-nothingDue")).not.toBeNull();
		expect(h.questionText()).toBeUndefined();
		services.clock.now = due - 1000;
		vi.advanceTimersByTime(due - 1000 - T0);
		expect(h.q(".ip-quiz-empty-nothingDue")).not.toBeNull();
		services.clock.now = due;
		vi.advanceTimersByTime(1000);
		expect(h.q(".ip-quiz-empty-nothingDue")).toBeNull();
		expect(h.questionText()).toBe("为什么选择我们？");
		// Graded Good, it is due in days: the nothing-due screen again, with its one timer beside the tick.
		h.press(" ");
		h.press("3");
		h.q(".ip-quiz-again")?.click();
		expect(h.q(".ip-quiz-empty-nothingDue")).not.toBeNull();
		h.view().draw();
		// The view's tick and due timer, and the status bar's own due timer (the plugin's, not the view's).
		expect(vi.getTimerCount()).toBe(3);
		// Closed on that screen: no timer of the view left behind.
		await (view as unknown as { closeFake(): Promise<void> }).closeFake();
		expect(vi.getTimerCount()).toBe(1);
	});
});
