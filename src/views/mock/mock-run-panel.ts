// The mock interview run, drawn into any element (a Modal's content in the plugin, a div in tests).
// It owns the timer state and the DOM; everything it needs from Obsidian comes in as `MockRunDeps`.
import type { Lang, MockRunEvent, MockRunItem, Question, Rating } from "../../core/types";
import { t } from "../../core/i18n";
import {
	createMockTimer,
	endRun,
	finishAnswer,
	nextQuestion,
	rateAnswer,
	remainingSecs,
	setRemark,
	startRun,
	tick,
	type MockTimerState,
} from "../../core/mock/mock-timer";
import { formatClock, mockSummaryLine, ranOutOfTime, summarizeRun } from "../../core/mock/mock-summary";
import type { NewMockRun } from "../../core/review/review-store";
import type { StarPanel } from "../../core/star/star-report";
import { renderStarPanel } from "../quiz/render-star-panel";
import type { CopyHint } from "../../core/quiz/card-answer";
import type { AnswerRecording } from "../../core/types";
import type { QuestionRecording } from "../record/question-recording";
import { noteName } from "../../core/note-name";

/** One drawn question, with the question whose text answers it (itself or an answered variant). */
export interface MockRunQuestion {
	question: Question;
	answeredBy: Question | null;
	/** The hints of every copy of the question (merged variants too); none when absent. */
	hints?: CopyHint[];
}

export interface MockRunDeps {
	lang: Lang;
	now(): number;
	questions: MockRunQuestion[];
	targetSecs: number;
	/** Draw note markdown (MarkdownRenderer.render in the plugin). */
	renderMarkdown(el: HTMLElement, markdown: string, sourcePath: string): Promise<void>;
	/** The STAR check panel for a question and the question that answers it; null where the check does not apply. */
	starPanel?(question: Question, answeredBy: Question | null): StarPanel | null;
	/** Feed a rating into the FSRS schedule (with the answer's recording, when there is one). */
	grade(question: Question, rating: Rating, secs: number, runId: string, recording?: AnswerRecording): void;
	/** Record the run (once: when its log note is written, or when the run is closed). */
	recordRun(run: NewMockRun): MockRunEvent;
	/** Write the log note; resolves to its path. Absent = no log button. */
	writeLog?(run: NewMockRun): Promise<string>;
	/** Calls `fn` every `ms` milliseconds until the returned function is called. */
	every(fn: () => void, ms: number): () => void;
	notify?(message: string): void;
	/** The person asked to close the run (after the summary). */
	close?(): void;
	/** Records each spoken answer (absent or turned off: no recording). */
	recording?: QuestionRecording;
}

const RATINGS: readonly Rating[] = [1, 2, 3, 4];

export class MockRunPanel {
	private state: MockTimerState;
	private readonly runId: string;
	private stopClock: (() => void) | null = null;
	private countdownEl: HTMLElement | null = null;
	private progressEl: HTMLProgressElement | null = null;
	private recorded: MockRunEvent | null = null;
	private graded = new Set<number>();
	private logPath: string | null = null;
	/** Each answer's recording, by question index, once graded. */
	private recordings = new Map<number, AnswerRecording>();

	constructor(
		private readonly el: HTMLElement,
		private readonly deps: MockRunDeps,
	) {
		this.state = createMockTimer(deps.questions.length, deps.targetSecs);
		this.runId = `mock-${deps.now().toString(36)}`;
		el.addClass("ip-mock");
		this.render();
	}

	get phase(): MockTimerState["phase"] {
		return this.state.phase;
	}

	/** Keyboard: space/enter start and finish answers, 1–4 rate, enter moves on. */
	handleKey(ev: KeyboardEvent): void {
		const inInput = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement;
		const s = this.state.phase;
		if (ev.key === "Enter" || (ev.key === " " && !inInput)) {
			if (s === "idle" && this.deps.questions.length > 0) this.start();
			else if (s === "answering") this.done();
			else if (s === "rated" && ev.key === "Enter") this.next();
			else return;
			ev.preventDefault();
			return;
		}
		if (!inInput && s === "answering" && ev.key.toLowerCase() === "r" && this.deps.recording?.enabled()) {
			this.deps.recording.toggle();
			ev.preventDefault();
			return;
		}
		if (!inInput && (s === "revealed" || s === "rated") && /^[1-4]$/.test(ev.key)) {
			this.rate(Number(ev.key) as Rating);
			ev.preventDefault();
		}
	}

	start(): void {
		this.update(startRun(this.state, this.deps.now()));
		this.stopClock = this.deps.every(() => this.onTick(), 250);
	}

	done(): void {
		this.update(finishAnswer(this.state, this.deps.now()));
	}

	rate(rating: Rating): void {
		this.update(rateAnswer(this.state, rating));
	}

	next(): void {
		if (this.state.phase !== "rated") return;
		this.commitGrade(this.state.index);
		this.update(nextQuestion(this.state, this.deps.now()));
	}

	/** End the run now: a rated current answer still counts. */
	endEarly(): void {
		if (this.state.phase === "rated") this.commitGrade(this.state.index);
		this.update(endRun(this.state, this.deps.now()));
	}

	/** The modal is closing: stop the clock and keep what was done. */
	destroy(): void {
		this.stopTicking();
		this.deps.recording?.destroy();
		if (this.state.phase !== "idle" && this.state.phase !== "finished") this.endEarly();
		this.record();
	}

	/** The run as it stands, in the review store's shape. */
	run(): NewMockRun {
		const s = this.state;
		const items: MockRunItem[] = this.deps.questions.map(({ question, answeredBy }, i) => {
			const a = s.answers[i];
			return {
				qid: question.id,
				text: question.text,
				secs: a?.secs ?? 0,
				targetSecs: s.targetSecs,
				rating: a?.rating ?? null,
				remark: a?.remark ?? "",
				unanswered: answeredBy === null,
				...(this.recordings.has(i) ? { recording: this.recordings.get(i) } : {}),
			};
		});
		const startedAt = s.startedAt ?? this.deps.now();
		const run: NewMockRun = { id: this.runId, startedAt, endedAt: s.endedAt ?? this.deps.now(), items };
		if (this.logPath) run.notePath = this.logPath;
		return run;
	}

	private onTick(): void {
		const before = this.state;
		const after = tick(before, this.deps.now());
		if (after !== before) this.update(after);
		else this.drawCountdown();
	}

	private stopTicking(): void {
		this.stopClock?.();
		this.stopClock = null;
	}

	private commitGrade(index: number): void {
		const a = this.state.answers[index];
		if (!a || a.rating === null || this.graded.has(index)) return;
		this.graded.add(index);
		const question = this.deps.questions[index].question;
		const recording = this.deps.recording?.take(question.id);
		if (recording) this.recordings.set(index, recording);
		this.deps.grade(question, a.rating, a.secs, this.runId, recording);
	}

	private record(): void {
		if (this.recorded || this.state.phase === "idle") return;
		this.recorded = this.deps.recordRun(this.run());
	}

	private update(next: MockTimerState): void {
		const changedView = next.phase !== this.state.phase || next.index !== this.state.index;
		const ratingChanged = next.answers[next.index]?.rating !== this.state.answers[this.state.index]?.rating;
		const wasAnswering = this.state.phase === "answering";
		this.state = next;
		if (next.phase === "finished") this.stopTicking();
		// The answer is over (done, or time ran out): its recording stops and is saved; a run ended mid-answer drops it.
		if (wasAnswering && next.phase === "revealed") void this.deps.recording?.finish();
		else if (wasAnswering && next.phase !== "answering") this.deps.recording?.cancel();
		if (changedView) this.render();
		else if (ratingChanged) this.drawRatingState();
	}

	private render(): void {
		this.el.empty();
		this.countdownEl = null;
		this.progressEl = null;
		const s = this.state;
		if (s.phase === "idle") this.renderIntro();
		else if (s.phase === "finished") this.renderSummary();
		else this.renderQuestion();
	}

	private tr(key: Parameters<typeof t>[1], vars?: Record<string, string | number>): string {
		return t(this.deps.lang, key, vars);
	}

	private renderIntro(): void {
		const { questions, targetSecs } = this.deps;
		this.el.createEl("h2", { cls: "ip-mock-title", text: this.tr("mock.title") });
		if (questions.length === 0) {
			this.el.createEl("p", { cls: "ip-mock-empty", text: this.tr("mock.noQuestions") });
			return;
		}
		this.el.createEl("p", {
			cls: "ip-mock-intro",
			text: this.tr("mock.intro", { count: questions.length, target: formatClock(targetSecs) }),
		});
		const btn = this.el.createEl("button", { cls: "mod-cta ip-mock-start", text: this.tr("mock.start") });
		btn.addEventListener("click", () => this.start());
	}

	private renderQuestion(): void {
		const s = this.state;
		const { question, answeredBy } = this.deps.questions[s.index];
		const head = this.el.createDiv({ cls: "ip-mock-head" });
		head.createSpan({ cls: "ip-mock-progress-text", text: this.tr("mock.progress", { n: s.index + 1, total: s.total }) });
		const end = head.createEl("button", { cls: "ip-mock-end", text: this.tr("mock.endEarly") });
		end.addEventListener("click", () => this.endEarly());
		this.el.createEl("h2", { cls: "ip-mock-question", text: question.text });
		const rec = this.deps.recording;
		if (rec?.enabled()) {
			if (s.phase === "answering") rec.show(question);
			rec.draw(this.el, s.phase === "answering" ? "front" : "revealed");
		}

		if (s.phase === "answering") {
			this.countdownEl = this.el.createDiv({ cls: "ip-mock-countdown" });
			this.progressEl = this.el.createEl("progress", { cls: "ip-mock-time-bar" });
			this.progressEl.max = s.targetSecs;
			this.drawCountdown();
			const done = this.el.createEl("button", { cls: "mod-cta ip-mock-done", text: this.tr("mock.done") });
			done.addEventListener("click", () => this.done());
			this.el.createDiv({ cls: "ip-mock-keys", text: this.tr("mock.doneHint") });
			return;
		}

		const a = s.answers[s.index];
		const spoke = this.el.createDiv({ cls: "ip-mock-spoke" });
		spoke.setText(this.tr("mock.spoke", { secs: formatClock(a.secs), target: formatClock(s.targetSecs) }));
		if (a.timedOut) spoke.createSpan({ cls: "ip-mock-timeup", text: ` · ${this.tr("mock.timeUp")}` });

		const answerEl = this.el.createDiv({ cls: "ip-mock-answer" });
		const hints = this.deps.questions[s.index].hints ?? [];
		// A hint is never shown as the model answer: it has its own heading, and says a model answer is missing.
		if (!answeredBy) {
			const key = hints.length > 0 ? "answerState.hintNoModel" : "answerState.nothingYet";
			answerEl.createEl("p", { cls: "ip-mock-no-answer", text: this.tr(key) });
		}
		if (hints.length > 0) {
			answerEl.createEl("h3", { text: this.tr("quiz.hintHeading") });
			for (const h of hints) {
				if (hints.length > 1) answerEl.createDiv({ cls: "ip-mock-from-note", text: this.tr("answerState.fromNote", { note: noteName(h.path) }) });
				void this.deps.renderMarkdown(answerEl.createDiv({ cls: "ip-mock-hint-body markdown-rendered" }), h.markdown, h.path);
			}
		}
		if (answeredBy) {
			answerEl.createEl("h3", { text: this.tr("mock.modelAnswer") });
			const body = answerEl.createDiv({ cls: "ip-mock-answer-body markdown-rendered" });
			const md = answeredBy.parts.answer.trim() !== "" ? answeredBy.parts.answer : answeredBy.answerMarkdown;
			void this.deps.renderMarkdown(body, md, answeredBy.path);
		}
		const star = this.deps.starPanel?.(this.deps.questions[s.index].question, answeredBy);
		if (star) renderStarPanel(this.el, star);

		const rateEl = this.el.createDiv({ cls: "ip-mock-rate" });
		rateEl.createDiv({ cls: "ip-mock-rate-label", text: this.tr("mock.rate") });
		const buttons = rateEl.createDiv({ cls: "ip-mock-rate-buttons" });
		for (const r of RATINGS) {
			const b = buttons.createEl("button", {
				cls: `ip-mock-rating ip-mock-rating-${r}`,
				text: `${r} ${this.tr(`mock.rating.${r}`)}`,
				attr: { "data-rating": r, "aria-pressed": "false" },
			});
			b.addEventListener("click", () => this.rate(r));
		}
		const remark = rateEl.createEl("input", {
			cls: "ip-mock-remark",
			type: "text",
			placeholder: this.tr("mock.remark"),
			value: a.remark,
		});
		remark.addEventListener("input", () => {
			this.state = setRemark(this.state, remark.value);
		});
		const last = s.index + 1 >= s.total;
		const next = rateEl.createEl("button", {
			cls: "mod-cta ip-mock-next",
			text: this.tr(last ? "mock.finish" : "mock.next"),
		});
		next.addEventListener("click", () => this.next());
		this.drawRatingState();
	}

	private drawRatingState(): void {
		const rating = this.state.answers[this.state.index]?.rating ?? null;
		this.el.querySelectorAll<HTMLButtonElement>(".ip-mock-rating").forEach((b) => {
			const on = Number(b.dataset.rating) === rating;
			b.toggleClass("is-active", on);
			b.setAttribute("aria-pressed", on ? "true" : "false");
		});
		const next = this.el.querySelector<HTMLButtonElement>(".ip-mock-next");
		if (next) next.disabled = rating === null;
	}

	private drawCountdown(): void {
		if (!this.countdownEl || !this.progressEl) return;
		const left = remainingSecs(this.state, this.deps.now());
		this.countdownEl.setText(this.tr("mock.remaining", { time: formatClock(left) }));
		this.countdownEl.toggleClass("is-low", left <= 10);
		this.progressEl.value = left;
	}

	private renderSummary(): void {
		const run = this.run();
		const sum = summarizeRun(run);
		this.el.createEl("h2", { cls: "ip-mock-title", text: this.tr("mock.summary") });
		this.el.createEl("p", { cls: "ip-mock-summary-line", text: mockSummaryLine(this.deps.lang, sum) });
		const table = this.el.createEl("table", { cls: "ip-mock-summary" });
		const body = table.createEl("tbody");
		for (const item of run.items) {
			const row = body.createEl("tr", { cls: ranOutOfTime(item) ? "ip-mock-over" : "" });
			row.createEl("td", { cls: "ip-mock-summary-q", text: item.text });
			row.createEl("td", { cls: "ip-mock-summary-time", text: `${formatClock(item.secs)} / ${formatClock(item.targetSecs)}` });
			row.createEl("td", {
				cls: "ip-mock-summary-rating",
				text: item.rating === null ? "—" : this.tr(`mock.rating.${item.rating}`),
			});
		}
		if (sum.unanswered.length > 0) {
			this.el.createEl("h3", { text: this.tr("mock.unansweredList") });
			const ul = this.el.createEl("ul", { cls: "ip-mock-unanswered" });
			for (const item of sum.unanswered) ul.createEl("li", { text: item.text });
		}
		const actions = this.el.createDiv({ cls: "ip-mock-actions" });
		if (this.deps.writeLog) {
			const write = actions.createEl("button", { cls: "mod-cta ip-mock-write-log", text: this.tr("mock.writeLog") });
			write.addEventListener("click", () => void this.writeLog(write));
		}
		if (this.deps.close) {
			const close = actions.createEl("button", { cls: "ip-mock-close", text: this.tr("mock.close") });
			close.addEventListener("click", () => this.deps.close?.());
		}
	}

	private async writeLog(button: HTMLButtonElement): Promise<void> {
		if (!this.deps.writeLog || this.logPath) return;
		button.disabled = true;
		try {
			this.logPath = await this.deps.writeLog(this.run());
			this.record(); // now with the log note's path
			button.setText(this.tr("mock.logWritten", { path: this.logPath }));
			this.deps.notify?.(this.tr("mock.logWritten", { path: this.logPath }));
		} catch (e) {
			button.disabled = false;
			this.deps.notify?.(this.tr("mock.logFailed", { error: e instanceof Error ? e.message : String(e) }));
		}
	}
}

