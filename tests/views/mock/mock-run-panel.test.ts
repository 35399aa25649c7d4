// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import "obsidian"; // installs the DOM helpers (createEl …)
import { MockRunPanel } from "../../../src/views/mock/mock-run-panel";
import type { MockRunDeps, MockRunQuestion } from "../../../src/views/mock/mock-controller";
import type { Rating } from "../../../src/core/types";
import type { NewMockRun } from "../../../src/core/review/review-store";
import { makeQuestion } from "../../core/mock/make-question";
import { mockLogMarkdown } from "../../../src/core/mock/log-note";
import { starPanel } from "../../../src/core/star/star-report";
import { DEFAULT_LABELS } from "../../../src/core/labels";

const T0 = Date.UTC(2025, 2, 1, 6, 0, 0);

interface Harness {
	el: HTMLElement;
	panel: MockRunPanel;
	advance(secs: number): void;
	key(key: string, target?: HTMLElement): void;
	grades: { qid: string; rating: Rating; secs: number; runId: string }[];
	runs: NewMockRun[];
	logs: NewMockRun[];
	rendered: string[];
	ticking(): boolean;
}

function setup(questions: MockRunQuestion[], over: Partial<MockRunDeps> = {}): Harness {
	let now = T0;
	let tickFn: (() => void) | null = null;
	const grades: Harness["grades"] = [];
	const runs: NewMockRun[] = [];
	const logs: NewMockRun[] = [];
	const rendered: string[] = [];
	const el = document.body.createDiv();
	const deps: MockRunDeps = {
		lang: "en",
		now: () => now,
		questions,
		targetSecs: 60,
		renderMarkdown: (target, md) => {
			rendered.push(md);
			target.createEl("p", { text: md });
			return Promise.resolve();
		},
		grade: (q, rating, secs, runId) => grades.push({ qid: q.id, rating, secs, runId }),
		recordRun: (run) => {
			runs.push(run);
			return { ...run, kind: "mock", uid: "d:1" };
		},
		writeLog: (run) => {
			logs.push(run);
			return Promise.resolve("Interview practice/Mock interview 2025-03-01 14.00.md");
		},
		every: (fn) => {
			tickFn = fn;
			return () => {
				tickFn = null;
			};
		},
		...over,
	};
	const panel = new MockRunPanel(el, deps);
	return {
		el,
		panel,
		grades,
		runs,
		logs,
		rendered,
		advance(secs) {
			now += secs * 1000;
			tickFn?.();
		},
		key(key, target) {
			const ev = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
			if (target) {
				target.addEventListener("keydown", (e) => panel.handleKey(e), { once: true });
				target.dispatchEvent(ev);
			} else panel.handleKey(ev);
		},
		ticking: () => tickFn !== null,
	};
}

const answered = (id: string, answer: string) =>
	makeQuestion(id, { text: `Question ${id}`, parts: { hint: "", answer, context: "" }, answerMarkdown: answer });
const unanswered = (id: string) =>
	makeQuestion(id, { text: `Question ${id}`, answered: false, covered: false, parts: { hint: "", answer: "", context: "" }, answerMarkdown: "" });

const text = (el: HTMLElement, sel: string) => el.querySelector(sel)?.textContent ?? null;
const click = (el: HTMLElement, sel: string) => (el.querySelector(sel) as HTMLElement).click();

describe("mock run panel", () => {
	beforeEach(() => document.body.empty());

	it("shows one question at a time with the countdown, and hides the answer until done", () => {
		const h = setup([
			{ question: answered("a", "My model answer"), answeredBy: null },
			{ question: answered("b", "Other answer"), answeredBy: null },
		].map((x) => ({ ...x, answeredBy: x.question })));
		expect(text(h.el, ".ip-mock-intro")).toContain("2 questions");
		h.key("Enter");
		expect(text(h.el, ".ip-mock-question")).toBe("Question a");
		expect(text(h.el, ".ip-mock-progress-text")).toBe("Question 1 of 2");
		expect(text(h.el, ".ip-mock-countdown")).toBe("1:00 left");
		expect(h.el.textContent).not.toContain("My model answer");
		expect(h.el.textContent).not.toContain("Question b");
		h.advance(15);
		expect(text(h.el, ".ip-mock-countdown")).toBe("0:45 left");
		h.key(" ");
		expect(h.el.querySelector(".ip-mock-countdown")).toBeNull();
		expect(text(h.el, ".ip-mock-spoke")).toBe("Spoke 0:15 of 1:00");
		expect(text(h.el, ".ip-mock-answer-body")).toBe("My model answer");
	});

	it("reveals the answer by itself when time runs out", () => {
		const q = answered("a", "Answer A");
		const h = setup([{ question: q, answeredBy: q }]);
		click(h.el, ".ip-mock-start");
		h.advance(59);
		expect(h.el.querySelector(".ip-mock-answer")).toBeNull();
		h.advance(1);
		expect(text(h.el, ".ip-mock-answer-body")).toBe("Answer A");
		expect(text(h.el, ".ip-mock-timeup")).toContain("Time is up");
	});

	it("rates with keys 1–4 (changeable), grades once with the run id when moving on, and keeps the remark", () => {
		const a = answered("a", "A");
		const b = answered("b", "B");
		const h = setup([{ question: a, answeredBy: a }, { question: b, answeredBy: b }]);
		h.key("Enter");
		h.advance(20);
		h.key("Enter");
		expect((h.el.querySelector(".ip-mock-next") as HTMLButtonElement).disabled).toBe(true);
		h.key("Enter"); // not rated yet: stays
		expect(text(h.el, ".ip-mock-question")).toBe("Question a");
		h.key("2");
		h.key("3");
		expect(h.el.querySelector(".ip-mock-rating.is-active")?.getAttribute("data-rating")).toBe("3");
		expect(h.grades).toEqual([]);
		const remark = h.el.querySelector(".ip-mock-remark") as HTMLInputElement;
		remark.value = "Lead with the result 1";
		remark.dispatchEvent(new Event("input"));
		h.key("4", remark); // typing a digit in the remark does not rate
		expect(h.el.querySelector(".ip-mock-rating.is-active")?.getAttribute("data-rating")).toBe("3");
		h.key("Enter", remark);
		expect(text(h.el, ".ip-mock-question")).toBe("Question b");
		expect(h.grades).toHaveLength(1);
		expect(h.grades[0]).toMatchObject({ qid: "a", rating: 3, secs: 20 });
		expect(h.grades[0].runId).toMatch(/^mock-/);
		expect(text(h.el, ".ip-mock-countdown")).toBe("1:00 left");
		h.advance(5);
		click(h.el, ".ip-mock-done");
		click(h.el, '.ip-mock-rating[data-rating="1"]');
		expect(text(h.el, ".ip-mock-next")).toBe("Finish");
		click(h.el, ".ip-mock-next");
		expect(h.grades.map((g) => [g.qid, g.rating])).toEqual([["a", 3], ["b", 1]]);
		expect(h.ticking()).toBe(false);
		h.panel.destroy();
		expect(h.runs).toHaveLength(1);
		expect(h.runs[0].items.map((i) => [i.qid, i.secs, i.rating, i.remark])).toEqual([
			["a", 20, 3, "Lead with the result 1"],
			["b", 5, 1, ""],
		]);
	});

	it("shows a hint-only question's hints under Hint, never under Model answer, and lists it with no model answer", () => {
		const q = makeQuestion("h", {
			text: "客户一直催进度怎么办？",
			answered: false,
			covered: false,
			parts: { hint: "催进度往往是因为信息不透明。", answer: "", context: "" },
			answerMarkdown: "**思考过程**：催进度往往是因为信息不透明。",
		});
		for (const lang of ["en", "zh"] as const) {
			document.body.empty();
			const h = setup([{ question: q, answeredBy: null, hints: [{ path: q.path, markdown: q.parts.hint }] }], { lang });
			h.key("Enter");
			h.key(" ");
			const answer = h.el.querySelector(".ip-mock-answer") as HTMLElement;
			const headings = [...answer.querySelectorAll("h3")].map((x) => x.textContent);
			expect(headings).toEqual([lang === "en" ? "Hint" : "提示"]);
			expect(answer.textContent).toContain("催进度往往是因为信息不透明。");
			expect(text(h.el, ".ip-mock-no-answer")).toBe(
				lang === "en" ? "No model answer yet: this question has a hint only." : "这道题还没有示范回答，只有提示。",
			);
			h.key("3");
			h.key("Enter");
			expect(h.el.textContent).toContain(lang === "en" ? "Questions with no model answer" : "没有示范回答的题目");
			expect([...h.el.querySelectorAll(".ip-mock-unanswered li")].map((li) => li.textContent)).toEqual(["客户一直催进度怎么办？"]);
		}
	});

	it("ends with a summary of time against target, ratings and questions with no prepared answer", async () => {
		const a = answered("a", "A");
		const gap = unanswered("gap");
		const h = setup([{ question: a, answeredBy: a }, { question: gap, answeredBy: null }]);
		h.key("Enter");
		h.advance(60); // times out
		h.key("4");
		h.advance(20); // reading the model answer: not speaking time
		h.key("Enter");
		h.advance(10);
		h.key(" ");
		expect(text(h.el, ".ip-mock-no-answer")).toBe("Nothing written for this question yet.");
		h.key("1");
		h.key("Enter");
		const rows = [...h.el.querySelectorAll(".ip-mock-summary tr")].map((r) => r.textContent);
		expect(rows).toEqual(["Question a1:00 / 1:00Easy", "Question gap0:10 / 1:00Again"]);
		expect(h.el.querySelector(".ip-mock-summary tr")?.classList.contains("ip-mock-over")).toBe(true);
		expect(text(h.el, ".ip-mock-summary-line")).toBe("Spoke on 2 of 2 · 1:10 speaking · took 1:30 · 1 ran out of time");
		expect(h.el.textContent).toContain("Questions with no model answer");
		expect([...h.el.querySelectorAll(".ip-mock-unanswered li")].map((li) => li.textContent)).toEqual(["Question gap"]);
		// The log note is written on request, and the run is recorded with its path, once.
		click(h.el, ".ip-mock-write-log");
		await Promise.resolve();
		await Promise.resolve();
		expect(h.logs).toHaveLength(1);
		expect(h.runs).toHaveLength(1);
		expect(h.runs[0].notePath).toBe("Interview practice/Mock interview 2025-03-01 14.00.md");
		// The log note of that run says the same figures as the view.
		const items = h.logs[0].items.map((i) => ({ ...i, path: "a.md", line: 1, heading: null }));
		expect(mockLogMarkdown({ lang: "en", ...h.logs[0], items })).toContain(`- Summary: ${text(h.el, ".ip-mock-summary-line")}\n`);
		h.panel.destroy();
		expect(h.runs).toHaveLength(1);
	});

	it("ending early keeps the rated answers and records the run", () => {
		const a = answered("a", "A");
		const b = answered("b", "B");
		const h = setup([{ question: a, answeredBy: a }, { question: b, answeredBy: b }]);
		h.key("Enter");
		h.advance(8);
		h.key("Enter");
		h.key("2");
		click(h.el, ".ip-mock-end");
		expect(h.grades.map((g) => g.qid)).toEqual(["a"]);
		expect(text(h.el, ".ip-mock-summary-line")).toBe("Spoke on 1 of 2 · 0:08 speaking · took 0:08 · 0 ran out of time");
		h.panel.destroy();
		expect(h.runs[0].items.map((i) => i.rating)).toEqual([2, null]);
	});

	it("says so when there is nothing to draw, and records nothing", () => {
		const h = setup([]);
		expect(text(h.el, ".ip-mock-empty")).toContain("No questions to draw");
		h.key("Enter");
		h.panel.destroy();
		expect(h.runs).toEqual([]);
	});

	it("shows the STAR check of the revealed answer", () => {
		const md = "**情境**：上线前两周接口没对接。\n**任务**：一周内协调三个部门。\n**行动**：每日站会，逐个确认。";
		const q = answered("s", md);
		const h = setup([{ question: q, answeredBy: q }], {
			lang: "zh",
			starPanel: (question, answer) =>
				starPanel(question.text, answer?.answerMarkdown ?? "", { labels: DEFAULT_LABELS, charsPerMinuteZh: 200, wordsPerMinuteEn: 130, requested: true }, "zh"),
		});
		h.key("Enter");
		h.key("Enter");
		const parts = [...h.el.querySelectorAll(".ip-star-part")].map((p) => [p.textContent, p.classList.contains("is-present")]);
		expect(parts).toEqual([["情境", true], ["任务", true], ["行动", true], ["结果", false]]);
	});

	it("speaks Chinese", () => {
		const a = answered("a", "A");
		const h = setup([{ question: a, answeredBy: a }], { lang: "zh" });
		h.key("Enter");
		expect(text(h.el, ".ip-mock-countdown")).toBe("剩余 1:00");
		h.key("Enter");
		expect(text(h.el, '.ip-mock-rating[data-rating="3"]')).toBe("3 良好");
	});
});
