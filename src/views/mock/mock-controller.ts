// The mock interview's behaviour apart from the DOM: the timer state, gradings, the run as the review
// store keeps it, the log note, and the model renderMock draws. Everything from Obsidian comes in as
// `MockRunDeps`, so tests drive it with plain data.
import type { AnswerRecording, Lang, MockRunEvent, MockRunItem, Question, Rating } from "../../core/types";
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
import { mockSummaryLine, ranOutOfTime, summarizeRun } from "../../core/mock/mock-summary";
import type { NewMockRun } from "../../core/review/review-store";
import type { StarPanel } from "../../core/star/star-report";
import type { CopyHint } from "../../core/quiz/card-answer";
import type { QuestionRecording } from "../record/question-recording";
import type { MockModel, MockQuestionModel, MockSummaryModel } from "./mock-model";

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

/** What to redraw: everything, the rating buttons only, or the countdown only. */
export type MockChange = "view" | "rating" | "clock";

export class MockController {
	private state: MockTimerState;
	private readonly runId: string;
	private stopClock: (() => void) | null = null;
	private recorded: MockRunEvent | null = null;
	private graded = new Set<number>();
	private logPath: string | null = null;
	private writingLog = false;
	/** Each answer's recording, by question index, once graded. */
	private recordings = new Map<number, AnswerRecording>();

	constructor(
		private readonly deps: MockRunDeps,
		private readonly changed: (change: MockChange) => void,
	) {
		this.state = createMockTimer(deps.questions.length, deps.targetSecs);
		this.runId = `mock-${deps.now().toString(36)}`;
	}

	get phase(): MockTimerState["phase"] {
		return this.state.phase;
	}

	/** The question in hand (none before the start and after the end). */
	current(): Question | null {
		return this.deps.questions[this.state.index]?.question ?? null;
	}

	/** The rating of the answer in hand. */
	rating(): Rating | null {
		return this.state.answers[this.state.index]?.rating ?? null;
	}

	/** Whole seconds left to speak on the answer in hand. */
	left(): number {
		return remainingSecs(this.state, this.deps.now());
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

	/** The remark changes as it is typed; nothing is redrawn (the field keeps its focus). */
	setRemark(text: string): void {
		this.state = setRemark(this.state, text);
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

	/** The run is closing: stop the clock and keep what was done. */
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

	/** Writes the log note once, then records the run with its path; says what happened. */
	async writeLog(): Promise<void> {
		if (!this.deps.writeLog || this.logPath || this.writingLog) return;
		const tr = (key: "mock.logWritten" | "mock.logFailed", vars: Record<string, string>) => t(this.deps.lang, key, vars);
		this.writingLog = true;
		this.changed("view");
		try {
			this.logPath = await this.deps.writeLog(this.run());
			this.record(); // now with the log note's path
			this.deps.notify?.(tr("mock.logWritten", { path: this.logPath }));
		} catch (e) {
			this.deps.notify?.(tr("mock.logFailed", { error: e instanceof Error ? e.message : String(e) }));
		} finally {
			this.writingLog = false;
			this.changed("view");
		}
	}

	model(): MockModel {
		const s = this.state;
		const lang = this.deps.lang;
		if (s.phase === "idle") return { lang, kind: "intro", count: this.deps.questions.length, targetSecs: this.deps.targetSecs };
		if (s.phase === "finished") return { lang, ...this.summaryModel() };
		return { lang, ...this.questionModel() };
	}

	private questionModel(): MockQuestionModel {
		const s = this.state;
		const { question, answeredBy, hints } = this.deps.questions[s.index];
		const a = s.answers[s.index];
		const base = { kind: "question" as const, index: s.index, total: s.total, text: question.text, targetSecs: s.targetSecs, left: this.left() };
		if (s.phase === "answering" || !a) return { ...base, revealed: null };
		return {
			...base,
			revealed: {
				secs: a.secs,
				timedOut: a.timedOut,
				rating: a.rating,
				remark: a.remark,
				hints: hints ?? [],
				modelAnswer: answeredBy ? { markdown: modelAnswerOf(answeredBy), path: answeredBy.path } : null,
				star: this.deps.starPanel?.(question, answeredBy) ?? null,
			},
		};
	}

	private summaryModel(): MockSummaryModel {
		const run = this.run();
		const sum = summarizeRun(run);
		return {
			kind: "summary",
			line: mockSummaryLine(this.deps.lang, sum),
			rows: run.items.map((item) => ({ text: item.text, secs: item.secs, targetSecs: item.targetSecs, rating: item.rating, over: ranOutOfTime(item) })),
			unanswered: sum.unanswered.map((item) => item.text),
			log: { writing: this.writingLog, path: this.logPath },
		};
	}

	private onTick(): void {
		const before = this.state;
		const after = tick(before, this.deps.now());
		if (after !== before) this.update(after);
		else this.changed("clock");
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
		if (changedView) this.changed("view");
		else if (ratingChanged) this.changed("rating");
	}
}

/** The answer part of the question's text, else all of it. */
function modelAnswerOf(q: Question): string {
	return q.parts.answer.trim() !== "" ? q.parts.answer : q.answerMarkdown;
}
