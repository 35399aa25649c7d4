// @vitest-environment happy-dom
import "obsidian"; // installs Obsidian's DOM helpers (createEl, empty …) in happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderQuiz } from "../../../src/views/quiz/render-quiz";
import type { QuizHandlers } from "../../../src/views/quiz/quiz-handlers";
import { QuizController } from "../../../src/views/quiz/quiz-controller";
import type { QuizModel } from "../../../src/views/quiz/quiz-model";
import { makeServices, T0, type TestServices } from "./make-services";
import { ANSWERS, HUB, hintOnlyQuestions, mergedQuestions, seedQuestions } from "./questions";

function spyHandlers(): QuizHandlers & { calls: string[] } {
	const calls: string[] = [];
	const rec = (name: string) => (arg?: string | number) => calls.push(arg === undefined ? name : `${name}:${arg}`);
	return {
		calls,
		setMode: rec("mode"),
		setNote: rec("note"),
		setTopic: rec("topic"),
		hint: rec("hint"),
		reveal: rec("reveal"),
		grade: rec("grade"),
		skip: rec("skip"),
		openNote: rec("open"),
		writeAnswer: rec("write"),
		useHub: rec("hub"),
		again: rec("again"),
		undo: rec("undo"),
		renderMarkdown: (el, md) => {
			el.setText(md);
		},
	};
}

function draw(model: QuizModel, handlers = spyHandlers()) {
	const el = createDiv();
	renderQuiz(el, model, handlers);
	return { el, handlers, text: () => el.textContent ?? "" };
}

const click = (el: Element | null) => {
	expect(el).not.toBeNull();
	(el as HTMLElement).click();
};

describe("renderQuiz: a card", () => {
	let services: TestServices;
	let c: QuizController;
	beforeEach(() => {
		services = makeServices(seedQuestions());
		c = new QuizController(services);
		c.setViewState({ mode: "all", path: ANSWERS, topic: "一、客户服务与沟通能力" });
	});

	it("front: the question, its topic path, a note link, the timer with its target, no answer yet", () => {
		services.clock.now = T0 + 7000;
		const { el, handlers, text } = draw(c.model());
		expect(el.querySelector(".ip-quiz-question")?.textContent).toBe("如何处理客户投诉？");
		expect(el.querySelector(".ip-quiz-topic")?.textContent).toBe("一、客户服务与沟通能力");
		expect(el.querySelector(".ip-quiz-note-link")?.textContent).toBe("角度回答");
		expect(el.querySelector(".ip-quiz-timer")?.textContent).toBe("0:07Target 2:00");
		expect(el.querySelector(".ip-quiz-timer")?.classList.contains("ip-quiz-timer-over")).toBe(false);
		expect(el.querySelector(".ip-quiz-answer")).toBeNull();
		expect(el.querySelector(".ip-quiz-grade")).toBeNull();
		expect(text()).toContain("1 left");
		expect(text()).toContain("New");
		click(el.querySelector(".ip-quiz-note-link"));
		click(el.querySelector(".ip-quiz-reveal"));
		click(el.querySelector(".ip-quiz-hint-button"));
		click(el.querySelector(".ip-quiz-skip"));
		expect(handlers.calls).toEqual(["open", "reveal", "hint", "skip"]);
	});

	it("the timer shows the overrun past the target", () => {
		services.clock.now = T0 + 150_000;
		const { el } = draw(c.model());
		const timer = el.querySelector(".ip-quiz-timer");
		expect(timer?.classList.contains("ip-quiz-timer-over")).toBe(true);
		expect(timer?.textContent).toBe("2:300:30 over");
	});

	it("hint: shows the hint part, not the answer", () => {
		c.hint();
		const { el } = draw(c.model());
		expect(el.querySelector(".ip-quiz-hint")?.textContent).toContain("先安抚，再解决。");
		expect(el.querySelector(".ip-quiz-answer")).toBeNull();
		expect((el.querySelector(".ip-quiz-hint-button") as HTMLButtonElement).disabled).toBe(true);
	});

	it("hint on a question without one says so", () => {
		c.setViewState({ mode: "all", path: ANSWERS, topic: "二、岗位匹配" });
		c.hint();
		const { text } = draw(c.model());
		expect(text()).toContain("This question has no hint.");
	});

	it("reveal: model answer and the rest, and four grade buttons saying when the card comes back", () => {
		c.reveal();
		const { el, handlers } = draw(c.model());
		expect(el.querySelector(".ip-quiz-model")?.textContent).toContain("我会先倾听客户的问题");
		expect(el.querySelector(".ip-quiz-rest")?.textContent).toContain("本质是建立信任。");
		const grades = [...el.querySelectorAll(".ip-quiz-grade")];
		expect(grades.map((b) => b.querySelector(".ip-quiz-grade-label")?.textContent)).toEqual([
			"1 Again",
			"2 Hard",
			"3 Good",
			"4 Easy",
		]);
		const when = grades.map((b) => b.querySelector(".ip-quiz-grade-when")?.textContent ?? "");
		const preview = services.reviews.previewIntervals("q-complaint", T0);
		// Each label is the store's own preview, in words; Easy comes back later than Again.
		expect(when[0]).toMatch(/^in \d+ minutes?$/);
		expect(when[3]).toMatch(/^in \d+ days?$/);
		expect(preview[4]).toBeGreaterThan(preview[1]);
		click(grades[2]);
		expect(handlers.calls).toEqual(["grade:3"]);
	});

	it("reveal of a STAR story shows the STAR check", () => {
		c.setViewState({ mode: "all", path: "English/behavioral.md", topic: "" });
		c.reveal();
		const { el } = draw(c.model());
		const star = el.querySelector(".ip-star-panel");
		expect(star?.classList.contains("is-complete")).toBe(true);
		expect(star?.textContent).toContain("STAR check");
		expect([...el.querySelectorAll(".ip-star-part.is-present")].map((p) => p.textContent)).toEqual(["Situation", "Task", "Action", "Result"]);
	});

	it("a question with no answer offers to write one in the note", () => {
		c.setViewState({ mode: "unanswered", path: "", topic: "" });
		c.reveal();
		const { el, handlers, text } = draw(c.model());
		expect(text()).toContain("Nothing written for this question yet.");
		click(el.querySelector(".ip-quiz-write"));
		expect(handlers.calls).toEqual(["write"]);
	});

	it("a merged question shows the hub copy's hint and the answers note's model answer, each with its note", () => {
		services.setIndex(mergedQuestions());
		c.setViewState({ mode: "all", path: "", topic: "" });
		c.hint();
		let { el, text } = draw(c.model());
		expect(el.querySelector(".ip-quiz-hint")?.textContent).toContain("催进度往往是因为信息不透明。");
		expect(el.querySelector(".ip-quiz-hint")?.textContent).toContain("From 面试-面试官角度准备");
		expect(text()).not.toContain("This question has no hint.");
		c.reveal();
		({ el, text } = draw(c.model()));
		expect(el.querySelector(".ip-quiz-model")?.textContent).toContain("我会先把当前进度");
		expect(el.querySelector(".ip-quiz-answer")?.textContent).toContain("From 面试回答-技术支持岗");
		// The hub's filter holds it too.
		c.setViewState({ mode: "all", path: HUB, topic: "" });
		expect(c.model().card?.question.text).toBe("客户一直催进度怎么办？");
	});

	it("a hint-only card is not said to have no answer: it says the hint is all there is, in both languages", () => {
		services.setIndex(hintOnlyQuestions());
		c.setViewState({ mode: "unanswered", path: "", topic: "" });
		c.reveal();
		let { el, text } = draw(c.model());
		expect(el.querySelector(".ip-quiz-hint")?.textContent).toContain("先看需求文档");
		expect(text()).toContain("No model answer yet: this question has a hint only.");
		expect(text()).not.toContain("no answer yet");
		services.setLang("zh");
		({ el, text } = draw(c.model()));
		expect(text()).toContain("这道题还没有示范回答，只有提示。");
		expect(text()).not.toContain("这道题还没有答案");
		expect(el.querySelector('.ip-quiz-mode[data-mode="unanswered"]')?.textContent).toBe("没有示范回答");
	});

	it("a question under a STAR template not yet written reveals no placeholder, and says it is a scaffold", () => {
		const scaffold = "**情境（Situation）**：（待补充：什么时候、在哪里、当时是什么情况）\n\n**任务（Task）**：（待补充：你要完成什么，难点在哪里）";
		services.setIndex(hintOnlyQuestions().map((q) => ({ ...q, text: "你如何看待加班？", answerMarkdown: scaffold, parts: { hint: "", answer: "", context: "" } })));
		c.setViewState({ mode: "unanswered", path: "", topic: "" });
		c.reveal();
		const { el, text } = draw(c.model());
		expect(text()).not.toContain("待补充");
		expect(text()).toContain("Only a STAR scaffold so far: not written yet.");
		expect(el.querySelector(".ip-quiz-write")).not.toBeNull();
	});

	it("in Chinese, the same card reads in Chinese", () => {
		services.setLang("zh");
		c.reveal();
		const { el, text } = draw(c.model());
		expect(text()).toContain("剩余 1 道");
		expect(text()).toContain("示范回答");
		const labels = [...el.querySelectorAll(".ip-quiz-grade-label")].map((b) => b.textContent);
		expect(labels).toEqual(["1 重来", "2 困难", "3 良好", "4 简单"]);
		expect(el.querySelector(".ip-quiz-grade-1 .ip-quiz-grade-when")?.textContent).toMatch(/^\d+ 分钟$/);
	});
});

describe("renderQuiz: toolbar, status and countdown", () => {
	it("mode buttons and note and topic dropdowns call their handlers", () => {
		const services = makeServices(seedQuestions());
		const c = new QuizController(services);
		c.restart();
		const { el, handlers } = draw(c.model());
		const modes = [...el.querySelectorAll(".ip-quiz-mode")];
		expect(modes.map((m) => m.textContent)).toEqual(["Due", "All", "No model answer"]);
		expect(modes[0].classList.contains("is-active")).toBe(true);
		click(modes[2]);
		const note = el.querySelector(".ip-quiz-filter-note") as HTMLSelectElement;
		expect([...note.options].map((o) => o.textContent)).toEqual(["All notes", "角度回答", "面试-面试官角度准备", "behavioral"]);
		note.value = ANSWERS;
		note.dispatchEvent(new Event("change"));
		const topic = el.querySelector(".ip-quiz-filter-topic") as HTMLSelectElement;
		topic.value = "Conflict";
		topic.dispatchEvent(new Event("change"));
		expect(handlers.calls).toEqual(["mode:unanswered", `note:${ANSWERS}`, "topic:Conflict"]);
	});

	it("says how far the first index build is", () => {
		const services = makeServices(seedQuestions().slice(0, 1));
		services.setStatus({ state: "building", done: 120, total: 500 });
		const c = new QuizController(services);
		c.restart();
		expect(draw(c.model()).el.querySelector(".ip-quiz-status")?.textContent).toBe("Indexing 120/500 notes");
		services.setLang("zh");
		expect(draw(c.model()).el.querySelector(".ip-quiz-status")?.textContent).toBe("正在索引 120/500 篇笔记");
		services.setStatus({ state: "ready" });
		expect(draw(c.model()).el.querySelector(".ip-quiz-status")).toBeNull();
	});

	it("while the build has found nothing yet, shows only the progress (no premature empty state)", () => {
		const services = makeServices([]);
		services.setStatus({ state: "building", done: 3, total: 500 });
		const c = new QuizController(services);
		c.restart();
		const building = draw(c.model());
		expect(building.text()).toBe("Indexing 3/500 notes");
		expect(building.el.querySelector(".ip-quiz-toolbar")).toBeNull();
		services.setStatus({ state: "ready", done: 500 });
		expect(draw(c.model()).text()).toContain("No questions found in your prep notes yet.");
	});

	it("counts down to the interview with the questions not yet practised", () => {
		const services = makeServices(seedQuestions(), { settings: { interviewDate: "2025-05-11" } });
		const c = new QuizController(services);
		c.setViewState({ mode: "all", path: "", topic: "" });
		expect(draw(c.model()).el.querySelector(".ip-quiz-countdown")?.textContent).toBe(
			"10 days to the interview, 4 questions not yet practised",
		);
		c.reveal();
		c.grade(3);
		services.setLang("zh");
		expect(draw(c.model()).el.querySelector(".ip-quiz-countdown")?.textContent).toBe("距离面试还有 10 天，3 道题还没练过");
	});

	it("shows no countdown without a date, or once the day has passed", () => {
		const none = new QuizController(makeServices(seedQuestions()));
		none.restart();
		expect(draw(none.model()).el.querySelector(".ip-quiz-countdown")).toBeNull();
		const past = new QuizController(makeServices(seedQuestions(), { settings: { interviewDate: "2025-04-01" } }));
		past.restart();
		expect(draw(past.model()).el.querySelector(".ip-quiz-countdown")).toBeNull();
	});

	it("offers Undo only after a grade, in Chinese as 撤销, and calls its handler", () => {
		const services = makeServices(seedQuestions());
		const c = new QuizController(services);
		c.restart();
		expect(draw(c.model()).el.querySelector(".ip-quiz-undo")).toBeNull();
		c.reveal();
		c.grade(3);
		const { el, handlers } = draw(c.model());
		click(el.querySelector(".ip-quiz-undo"));
		expect(handlers.calls).toEqual(["undo"]);
		services.setLang("zh");
		expect(draw(c.model()).el.querySelector(".ip-quiz-undo")?.textContent).toBe("撤销");
	});

	it("offers the mock interview only when the mock feature gave a handler", () => {
		const c = new QuizController(makeServices(seedQuestions()));
		c.restart();
		expect(draw(c.model()).el.querySelector(".ip-quiz-mock")).toBeNull();
		const onStartMock = vi.fn();
		const { el } = draw(c.model(), { ...spyHandlers(), onStartMock });
		click(el.querySelector(".ip-quiz-mock"));
		expect(onStartMock).toHaveBeenCalledTimes(1);
	});
});

describe("renderQuiz: empty states", () => {
	it("no hub: explains and offers the suggested notes as one-click hubs", () => {
		const services = makeServices([], { settings: { hubs: [] }, suggestions: ["面试/面试-面试官角度准备.md", "面试题.md"] });
		const c = new QuizController(services);
		c.restart();
		const { el, handlers, text } = draw(c.model());
		expect(text()).toContain("No prep notes yet: set a hub in settings.");
		const choices = [...el.querySelectorAll(".ip-quiz-hub-choice")];
		expect(choices.map((b) => b.textContent)).toEqual(["面试-面试官角度准备", "面试题"]);
		click(choices[0]);
		expect(handlers.calls).toEqual(["hub:面试/面试-面试官角度准备.md"]);
		expect(el.querySelector(".ip-quiz-toolbar")).toBeNull();
	});

	it("no questions in the prep notes, naming a hub that is not found", () => {
		const services = makeServices([], { missingHubs: ["面试准备"] });
		const c = new QuizController(services);
		c.restart();
		const { text } = draw(c.model());
		expect(text()).toContain("No questions found in your prep notes yet.");
		expect(text()).toContain("Hub not found: 面试准备");
	});

	it("nothing due: says when the next card comes", () => {
		const services = makeServices(seedQuestions().slice(0, 1), { settings: { newPerDay: 0 } });
		const c = new QuizController(services);
		c.setViewState({ mode: "all", path: "", topic: "" });
		c.reveal();
		c.grade(4); // Easy: days away (a learning step within 20 minutes would show early instead)
		c.setMode("due");
		const { el, handlers, text } = draw(c.model());
		const due = services.reviews.card("q-complaint")?.due ?? 0;
		expect(due).toBeGreaterThan(T0);
		expect(text()).toMatch(/^.*Nothing due: next card at May \d+, .* \(in \d+ days?\)/);
		click(el.querySelector(".ip-quiz-practise-all"));
		expect(handlers.calls).toEqual(["mode:all"]);
		services.setLang("zh");
		expect(draw(c.model()).text()).toMatch(/没有到期的卡片：下一张在 5月\d+日 \d+:\d+（\d+ 天后）/);
	});

	it("filters that match nothing, and an unanswered mode with every question answered", () => {
		const services = makeServices(seedQuestions().slice(0, 2));
		const c = new QuizController(services);
		c.setViewState({ mode: "all", path: "nowhere.md", topic: "" });
		expect(draw(c.model()).text()).toContain("No questions match these filters.");
		c.setViewState({ mode: "unanswered", path: "", topic: "" });
		expect(draw(c.model()).text()).toContain("Every question has a model answer.");
	});
});

describe("renderQuiz: end of a session", () => {
	it("sums up reviewed, forgotten, time spoken and what is due next", () => {
		const services = makeServices(seedQuestions().slice(0, 2));
		const c = new QuizController(services);
		c.setViewState({ mode: "all", path: "", topic: "" });
		const first = c.current()?.id;
		services.clock.now += 65_000;
		c.reveal();
		c.grade(1); // forgotten: comes back after its learning step, early when nothing else is left
		services.clock.now += 30_000;
		c.reveal();
		c.grade(4);
		expect(c.current()?.id).toBe(first);
		services.clock.now += 20_000;
		c.reveal();
		c.grade(4);
		const { el, handlers, text } = draw(c.model());
		expect(el.querySelector(".ip-quiz-summary-title")?.textContent).toBe("Session complete");
		expect(text()).toContain("Reviewed: 3");
		expect(text()).toContain("Forgotten: 1");
		expect(text()).toContain("Time spoken: 1 minute 55 seconds");
		expect(text()).toMatch(/Next card: May \d+, .* \(in \d+ days?\)/);
		click(el.querySelector(".ip-quiz-again"));
		expect(handlers.calls).toEqual(["again"]);
		services.setLang("zh");
		const zh = draw(c.model()).text();
		expect(zh).toContain("复习了 3 道");
		expect(zh).toContain("开口时间 1 分钟 55 秒");
	});
});
