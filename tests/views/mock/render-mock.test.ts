// @vitest-environment happy-dom
// The mock interview drawn from plain data (MockModel), with no controller, clock or vault behind it.
import { beforeEach, describe, expect, it } from "vitest";
import "obsidian"; // installs the DOM helpers (createEl …)
import { drawMockRating, renderMock, updateMockCountdown, type MockHandlers } from "../../../src/views/mock/render-mock";
import type { MockModel, MockQuestionModel, MockRevealModel } from "../../../src/views/mock/mock-model";
import type { StarPanel } from "../../../src/core/star/star-report";

function handlers(over: Partial<MockHandlers> = {}): MockHandlers & { calls: string[] } {
	const calls: string[] = [];
	return {
		calls,
		start: () => calls.push("start"),
		done: () => calls.push("done"),
		endEarly: () => calls.push("endEarly"),
		rate: (r) => calls.push(`rate ${r}`),
		setRemark: (text) => calls.push(`remark ${text}`),
		next: () => calls.push("next"),
		renderMarkdown: (el, md, path) => {
			el.createEl("p", { text: `${path}: ${md}` });
		},
		...over,
	};
}

const text = (el: HTMLElement, sel: string) => el.querySelector(sel)?.textContent ?? null;
const all = (el: HTMLElement, sel: string) => [...el.querySelectorAll(sel)].map((x) => x.textContent);
const click = (el: HTMLElement, sel: string) => (el.querySelector(sel) as HTMLElement).click();

const question = (over: Partial<MockQuestionModel> = {}): MockModel => ({
	lang: "en",
	kind: "question",
	index: 1,
	total: 3,
	text: "Tell me about a conflict.",
	targetSecs: 90,
	left: 8,
	revealed: null,
	...over,
});

const reveal = (over: Partial<MockRevealModel> = {}): MockRevealModel => ({
	secs: 75,
	timedOut: false,
	rating: null,
	remark: "",
	hints: [],
	modelAnswer: { markdown: "I listened first.", path: "Behavioural.md" },
	star: null,
	...over,
});

describe("renderMock", () => {
	let el: HTMLElement;
	beforeEach(() => {
		document.body.empty();
		el = document.body.createDiv();
	});

	it("intro: the number of questions and the time for each, and Start; no Start with nothing drawn", () => {
		const h = handlers();
		renderMock(el, { lang: "en", kind: "intro", count: 4, targetSecs: 150 }, h);
		expect(text(el, ".ip-mock-intro")).toMatch(/^4 questions, 2:30 each\./);
		click(el, ".ip-mock-start");
		expect(h.calls).toEqual(["start"]);
		renderMock(el, { lang: "zh", kind: "intro", count: 0, targetSecs: 150 }, h);
		expect(el.querySelector(".ip-mock-start")).toBeNull();
		expect(el.querySelector(".ip-mock-empty")).not.toBeNull();
	});

	it("answering: progress, the question, the countdown low under ten seconds, no answer; the countdown updates alone", () => {
		const h = handlers();
		renderMock(el, question(), h);
		expect(text(el, ".ip-mock-progress-text")).toBe("Question 2 of 3");
		expect(text(el, ".ip-mock-question")).toBe("Tell me about a conflict.");
		expect(text(el, ".ip-mock-countdown")).toBe("0:08 left");
		expect(el.querySelector(".ip-mock-countdown")?.classList.contains("is-low")).toBe(true);
		expect((el.querySelector(".ip-mock-time-bar") as HTMLProgressElement).max).toBe(90);
		expect(el.querySelector(".ip-mock-answer")).toBeNull();
		updateMockCountdown(el, 61, "en");
		expect(text(el, ".ip-mock-countdown")).toBe("1:01 left");
		expect(el.querySelector(".ip-mock-countdown")?.classList.contains("is-low")).toBe(false);
		expect((el.querySelector(".ip-mock-time-bar") as HTMLProgressElement).value).toBe(61);
		click(el, ".ip-mock-done");
		click(el, ".ip-mock-end");
		expect(h.calls).toEqual(["done", "endEarly"]);
	});

	it("revealed: time spoken, hints under Hint from each note, the model answer, the STAR panel, the rating", () => {
		const star: StarPanel = { kind: "nothing-written", title: "STAR check", message: "Nothing to check." };
		const hints = [
			{ path: "A.md", markdown: "Stay calm." },
			{ path: "B.md", markdown: "Name the trade-off." },
		];
		const h = handlers();
		renderMock(el, question({ index: 2, revealed: reveal({ timedOut: true, hints, rating: 2, remark: "slow start", star }) }), h);
		expect(text(el, ".ip-mock-spoke")).toBe("Spoke 1:15 of 1:30 · Time is up");
		expect(all(el, ".ip-mock-answer h3")).toEqual(["Hint", "Model answer"]);
		expect(all(el, ".ip-mock-from-note")).toEqual(["From A", "From B"]);
		expect(text(el, ".ip-mock-answer-body")).toBe("Behavioural.md: I listened first.");
		expect(el.querySelector(".ip-mock-no-answer")).toBeNull();
		expect(text(el, ".ip-star-panel-empty")).toBe("Nothing to check.");
		expect(el.querySelector('.ip-mock-rating[aria-pressed="true"]')?.getAttribute("data-rating")).toBe("2");
		expect((el.querySelector(".ip-mock-remark") as HTMLInputElement).value).toBe("slow start");
		expect(text(el, ".ip-mock-next")).toBe("Finish");
		click(el, '.ip-mock-rating[data-rating="4"]');
		const remark = el.querySelector(".ip-mock-remark") as HTMLInputElement;
		remark.value = "better";
		remark.dispatchEvent(new Event("input"));
		click(el, ".ip-mock-next");
		expect(h.calls).toEqual(["rate 4", "remark better", "next"]);
		drawMockRating(el, null);
		expect(el.querySelector('.ip-mock-rating[aria-pressed="true"]')).toBeNull();
		expect((el.querySelector(".ip-mock-next") as HTMLButtonElement).disabled).toBe(true);
	});

	it("revealed without a model answer: says so, and Next waits for a rating", () => {
		renderMock(el, question({ revealed: reveal({ modelAnswer: null }) }), handlers());
		expect(text(el, ".ip-mock-no-answer")).toBe("Nothing written for this question yet.");
		expect(el.querySelector(".ip-mock-answer-body")).toBeNull();
		expect(text(el, ".ip-mock-next")).toBe("Next question");
		expect((el.querySelector(".ip-mock-next") as HTMLButtonElement).disabled).toBe(true);
	});

	it("summary: rows with time against target and rating, over-time rows marked, the unanswered list, the log button's states", () => {
		const summary = (log: { writing: boolean; path: string | null }): MockModel => ({
			lang: "en",
			kind: "summary",
			line: "Spoke on 2 of 2",
			rows: [
				{ text: "Q1", secs: 90, targetSecs: 90, rating: 3, over: true },
				{ text: "Q2", secs: 12, targetSecs: 90, rating: null, over: false },
			],
			unanswered: ["Q2"],
			log,
		});
		const h = handlers({ writeLog: () => h.calls.push("writeLog"), close: () => h.calls.push("close") });
		renderMock(el, summary({ writing: false, path: null }), h);
		expect(text(el, ".ip-mock-summary-line")).toBe("Spoke on 2 of 2");
		expect(all(el, ".ip-mock-summary tr")).toEqual(["Q11:30 / 1:30Good", "Q20:12 / 1:30—"]);
		expect([...el.querySelectorAll(".ip-mock-summary tr")].map((r) => r.classList.contains("ip-mock-over"))).toEqual([true, false]);
		expect(all(el, ".ip-mock-unanswered li")).toEqual(["Q2"]);
		click(el, ".ip-mock-write-log");
		click(el, ".ip-mock-close");
		expect(h.calls).toEqual(["writeLog", "close"]);
		renderMock(el, summary({ writing: true, path: null }), h);
		expect((el.querySelector(".ip-mock-write-log") as HTMLButtonElement).disabled).toBe(true);
		renderMock(el, summary({ writing: false, path: "Mock/Run.md" }), h);
		expect(text(el, ".ip-mock-write-log")).toContain("Mock/Run.md");
		expect((el.querySelector(".ip-mock-write-log") as HTMLButtonElement).disabled).toBe(true);
		renderMock(el, summary({ writing: false, path: null }), handlers());
		expect(el.querySelector(".ip-mock-write-log")).toBeNull();
		expect(el.querySelector(".ip-mock-close")).toBeNull();
	});
});
