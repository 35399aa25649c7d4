// Draws the mock interview from plain data (MockModel) with Obsidian's DOM helpers; every action goes to
// a handler. Tests call it directly; the panel calls it on every change of screen.
import type { Lang, Rating } from "../../core/types";
import { t } from "../../core/i18n";
import { formatClock } from "../../core/i18n/time-format";
import { noteName } from "../../core/note-name";
import { renderStarPanel } from "../quiz/render-star-panel";
import type { MockIntroModel, MockModel, MockQuestionModel, MockRevealModel, MockSummaryModel } from "./mock-model";

export interface MockHandlers {
	start(): void;
	done(): void;
	endEarly(): void;
	rate(rating: Rating): void;
	/** The remark as typed (nothing is redrawn). */
	setRemark(text: string): void;
	next(): void;
	/** Draw note markdown (MarkdownRenderer.render in the plugin). */
	renderMarkdown(el: HTMLElement, markdown: string, sourcePath: string): void;
	/** Write the log note (the button shows only when set). */
	writeLog?: () => void;
	/** Close the run (the button shows only when set). */
	close?: () => void;
	/** Draws the answer's recording (button while answering, playback after), when recording is on. */
	drawRecording?: (el: HTMLElement, phase: "front" | "revealed") => void;
}

const RATINGS: readonly Rating[] = [1, 2, 3, 4];

export function renderMock(el: HTMLElement, model: MockModel, handlers: MockHandlers): void {
	el.empty();
	if (model.kind === "intro") renderIntro(el, model, model.lang, handlers);
	else if (model.kind === "summary") renderSummary(el, model, model.lang, handlers);
	else renderQuestion(el, model, model.lang, handlers);
}

/** The countdown alone (every tick while answering): the time left, low under 10 s, and the bar. */
export function updateMockCountdown(el: HTMLElement, left: number, lang: Lang): void {
	const countdown = el.querySelector<HTMLElement>(".ip-mock-countdown");
	const bar = el.querySelector<HTMLProgressElement>(".ip-mock-time-bar");
	if (!countdown || !bar) return;
	countdown.setText(t(lang, "mock.remaining", { time: formatClock(left) }));
	countdown.toggleClass("is-low", left <= 10);
	bar.value = left;
}

/** The rating buttons alone (a rating changed): the chosen one pressed, Next enabled once rated. */
export function drawMockRating(el: HTMLElement, rating: Rating | null): void {
	el.querySelectorAll<HTMLButtonElement>(".ip-mock-rating").forEach((b) => {
		const on = Number(b.dataset.rating) === rating;
		b.toggleClass("is-active", on);
		b.setAttribute("aria-pressed", on ? "true" : "false");
	});
	const next = el.querySelector<HTMLButtonElement>(".ip-mock-next");
	if (next) next.disabled = rating === null;
}

function renderIntro(el: HTMLElement, model: MockIntroModel, lang: Lang, handlers: MockHandlers): void {
	el.createEl("h2", { cls: "ip-mock-title", text: t(lang, "mock.title") });
	if (model.count === 0) {
		el.createEl("p", { cls: "ip-mock-empty", text: t(lang, "mock.noQuestions") });
		return;
	}
	el.createEl("p", { cls: "ip-mock-intro", text: t(lang, "mock.intro", { count: model.count, target: formatClock(model.targetSecs) }) });
	const btn = el.createEl("button", { cls: "mod-cta ip-mock-start", text: t(lang, "mock.start") });
	btn.addEventListener("click", () => handlers.start());
}

function renderQuestion(el: HTMLElement, model: MockQuestionModel, lang: Lang, handlers: MockHandlers): void {
	const head = el.createDiv({ cls: "ip-mock-head" });
	head.createSpan({ cls: "ip-mock-progress-text", text: t(lang, "mock.progress", { n: model.index + 1, total: model.total }) });
	const end = head.createEl("button", { cls: "ip-mock-end", text: t(lang, "mock.endEarly") });
	end.addEventListener("click", () => handlers.endEarly());
	el.createEl("h2", { cls: "ip-mock-question", text: model.text });
	handlers.drawRecording?.(el, model.revealed ? "revealed" : "front");

	if (!model.revealed) {
		el.createDiv({ cls: "ip-mock-countdown" });
		const bar = el.createEl("progress", { cls: "ip-mock-time-bar" });
		bar.max = model.targetSecs;
		updateMockCountdown(el, model.left, lang);
		const done = el.createEl("button", { cls: "mod-cta ip-mock-done", text: t(lang, "mock.done") });
		done.addEventListener("click", () => handlers.done());
		el.createDiv({ cls: "ip-mock-keys", text: t(lang, "mock.doneHint") });
		return;
	}

	const a = model.revealed;
	const spoke = el.createDiv({ cls: "ip-mock-spoke" });
	spoke.setText(t(lang, "mock.spoke", { secs: formatClock(a.secs), target: formatClock(model.targetSecs) }));
	if (a.timedOut) spoke.createSpan({ cls: "ip-mock-timeup", text: ` · ${t(lang, "mock.timeUp")}` });
	renderAnswer(el, a, lang, handlers);
	if (a.star) renderStarPanel(el, a.star);
	renderRating(el, a, model.index + 1 >= model.total, lang, handlers);
}

function renderAnswer(el: HTMLElement, a: MockRevealModel, lang: Lang, handlers: MockHandlers): void {
	const answerEl = el.createDiv({ cls: "ip-mock-answer" });
	const { hints, modelAnswer } = a;
	// A hint is never shown as the model answer: it has its own heading, and says a model answer is missing.
	if (!modelAnswer) {
		const key = hints.length > 0 ? "answerState.hintNoModel" : "answerState.nothingYet";
		answerEl.createEl("p", { cls: "ip-mock-no-answer", text: t(lang, key) });
	}
	if (hints.length > 0) {
		answerEl.createEl("h3", { text: t(lang, "quiz.hintHeading") });
		for (const h of hints) {
			if (hints.length > 1) answerEl.createDiv({ cls: "ip-mock-from-note", text: t(lang, "answerState.fromNote", { note: noteName(h.path) }) });
			handlers.renderMarkdown(answerEl.createDiv({ cls: "ip-mock-hint-body markdown-rendered" }), h.markdown, h.path);
		}
	}
	if (modelAnswer) {
		answerEl.createEl("h3", { text: t(lang, "mock.modelAnswer") });
		handlers.renderMarkdown(answerEl.createDiv({ cls: "ip-mock-answer-body markdown-rendered" }), modelAnswer.markdown, modelAnswer.path);
	}
}

function renderRating(el: HTMLElement, a: MockRevealModel, last: boolean, lang: Lang, handlers: MockHandlers): void {
	const rateEl = el.createDiv({ cls: "ip-mock-rate" });
	rateEl.createDiv({ cls: "ip-mock-rate-label", text: t(lang, "mock.rate") });
	const buttons = rateEl.createDiv({ cls: "ip-mock-rate-buttons" });
	for (const r of RATINGS) {
		const b = buttons.createEl("button", {
			cls: `ip-mock-rating ip-mock-rating-${r}`,
			text: `${r} ${t(lang, `mock.rating.${r}`)}`,
			attr: { "data-rating": r, "aria-pressed": "false" },
		});
		b.addEventListener("click", () => handlers.rate(r));
	}
	const remark = rateEl.createEl("input", { cls: "ip-mock-remark", type: "text", placeholder: t(lang, "mock.remark"), value: a.remark });
	remark.addEventListener("input", () => handlers.setRemark(remark.value));
	const next = rateEl.createEl("button", { cls: "mod-cta ip-mock-next", text: t(lang, last ? "mock.finish" : "mock.next") });
	next.addEventListener("click", () => handlers.next());
	drawMockRating(el, a.rating);
}

function renderSummary(el: HTMLElement, model: MockSummaryModel, lang: Lang, handlers: MockHandlers): void {
	el.createEl("h2", { cls: "ip-mock-title", text: t(lang, "mock.summary") });
	el.createEl("p", { cls: "ip-mock-summary-line", text: model.line });
	const body = el.createEl("table", { cls: "ip-mock-summary" }).createEl("tbody");
	for (const item of model.rows) {
		const row = body.createEl("tr", { cls: item.over ? "ip-mock-over" : "" });
		row.createEl("td", { cls: "ip-mock-summary-q", text: item.text });
		row.createEl("td", { cls: "ip-mock-summary-time", text: `${formatClock(item.secs)} / ${formatClock(item.targetSecs)}` });
		row.createEl("td", { cls: "ip-mock-summary-rating", text: item.rating === null ? "—" : t(lang, `mock.rating.${item.rating}`) });
	}
	if (model.unanswered.length > 0) {
		el.createEl("h3", { text: t(lang, "mock.unansweredList") });
		const ul = el.createEl("ul", { cls: "ip-mock-unanswered" });
		for (const text of model.unanswered) ul.createEl("li", { text });
	}
	const actions = el.createDiv({ cls: "ip-mock-actions" });
	const { writeLog, close } = handlers;
	if (writeLog) {
		const { path, writing } = model.log;
		const text = path === null ? t(lang, "mock.writeLog") : t(lang, "mock.logWritten", { path });
		const write = actions.createEl("button", { cls: "mod-cta ip-mock-write-log", text });
		write.disabled = writing || path !== null;
		write.addEventListener("click", () => writeLog());
	}
	if (close) {
		const button = actions.createEl("button", { cls: "ip-mock-close", text: t(lang, "mock.close") });
		button.addEventListener("click", () => close());
	}
}
