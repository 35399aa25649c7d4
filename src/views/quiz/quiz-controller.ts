// The quiz's behaviour apart from the DOM: the session, the mode and filters, gradings into the
// review store; its model (build-quiz-model.ts) is what renderQuiz draws. Knows PrepServices only, so
// tests drive it with plain data.
import type { PrepServices } from "../../services";
import type { AnswerRecording, Question, Rating } from "../../core/types";
import { NO_FILTERS, type QuizFilters, type QuizMode } from "../../core/quiz/quiz-filter";
import {
	elapsedSeconds,
	gradeCard,
	pauseTimer,
	reconcile,
	resumeTimer,
	reveal,
	showHint,
	skipCard,
	startSession,
	undoGrade,
	type QuizPhase,
	type QuizSessionState,
} from "../../core/quiz/quiz-session";
import type { PauseReason } from "../../core/quiz/speaking-clock";
import type { QuizModel } from "./quiz-model";
import { applyViewState, viewStateOf, type QuizViewState } from "./quiz-view-state";
import { buildQuizModel } from "./build-quiz-model";
import { interviewDayOf, quizQueue } from "./quiz-queue";

export type { QuizViewState } from "./quiz-view-state";

export class QuizController {
	mode: QuizMode = "due";
	filters: QuizFilters = { ...NO_FILTERS };
	private session: QuizSessionState;
	/** The session began on a partial index (first build running): top up its queue once the build ends. */
	private startedPartial = false;
	/** Questions graded or skipped in this session (a top-up does not bring them back). */
	private seen = new Set<string>();
	/** Uid of the session's last grading in the review store, while it can be undone. */
	private lastUid: string | null = null;

	constructor(private services: PrepServices) {
		this.session = startSession([], () => undefined, services.now());
	}

	getViewState(): QuizViewState {
		return viewStateOf(this.mode, this.filters);
	}

	/** Apply a saved or requested state; starts a new session when it changes what is practised. */
	setViewState(state: Partial<QuizViewState> | null | undefined): void {
		const { mode, filters, changed } = applyViewState(this.mode, this.filters, state);
		this.mode = mode;
		this.filters = filters;
		// The same state again (Obsidian re-applies it) keeps the card in hand.
		if (changed || this.session.phase === "done") this.restart();
	}

	setMode(mode: QuizMode): void {
		this.setViewState({ mode });
	}

	/** A new note clears the topic (its topics belong to the old note). */
	setNote(path: string): void {
		this.setViewState({ path, topic: path === this.filters.path ? this.filters.topic : "" });
	}

	setTopic(topic: string): void {
		this.setViewState({ topic });
	}

	/** A fresh queue for the current mode and filters. */
	restart(): void {
		const now = this.services.now();
		const queue = this.buildQueue(now);
		this.session = startSession(queue.qids, this.lookup, now, queue.learning);
		this.startedPartial = this.services.getStatus().state !== "ready";
		this.seen.clear();
		this.lastUid = null;
	}

	/**
	 * The index or the review data changed. Keep the card in hand; a session that had nothing to show
	 * (index still building, nothing due) starts over so new questions appear.
	 */
	refresh(): void {
		const s = this.session;
		if (s.phase === "done" && s.stats.reviewed === 0 && s.stats.skipped === 0) return this.restart();
		this.session = reconcile(s, this.lookup);
		if (this.startedPartial && this.services.getStatus().state === "ready") {
			this.startedPartial = false;
			const waiting = this.session.learning.map((c) => c.qid);
			const inSession = new Set([...this.session.queue, ...waiting, ...this.seen, this.session.current?.id ?? ""]);
			const more = this.buildQueue(this.services.now()).qids.filter((id) => !inSession.has(id));
			this.session = { ...this.session, queue: [...this.session.queue, ...more] };
		}
	}

	hint(): void {
		this.session = showHint(this.session);
	}

	reveal(): void {
		this.session = reveal(this.session, this.services.now());
	}

	/** Record the grading of the card in hand and show the next one. */
	grade(rating: Rating, recording?: AnswerRecording): boolean {
		const card = this.session.current;
		if (!card) return false;
		const now = this.services.now();
		// When the schedule brings it back (what the button showed): within minutes, in this session.
		const comesBackAt = this.services.reviews.previewIntervals(card.id, now, this.interviewAt())[rating];
		const { state, grading } = gradeCard(this.session, rating, now, this.lookup, comesBackAt);
		if (!grading) return false;
		const event = this.services.reviews.grade(grading.qid, grading.rating, grading.secs, grading.at, { key: card.key, recording });
		this.lastUid = event.uid;
		this.seen.add(grading.qid);
		this.session = state;
		this.services.reviewsChanged();
		return true;
	}

	/** The session's last grading or skip can still be taken back. */
	canUndo(): boolean {
		const last = this.session.lastGraded;
		return last !== null && (last.skipped || this.lastUid !== null);
	}

	/** Take back the session's last grading (out of the review store, saved like any change) or skip: its card back in hand. */
	undo(): boolean {
		const last = this.session.lastGraded;
		if (!last || !this.canUndo()) return false;
		if (!last.skipped) this.services.reviews.undo(this.lastUid as string);
		this.lastUid = null;
		this.session = undoGrade(this.session, this.services.now());
		this.seen.delete(last.card.id);
		if (!last.skipped) this.services.reviewsChanged();
		return true;
	}

	skip(): void {
		if (!this.session.current) return;
		this.seen.add(this.session.current.id);
		this.lastUid = null;
		this.session = skipCard(this.session, this.services.now(), this.lookup);
	}

	/** The session as plain data, and its replacement (card control, quiz-card-control.ts, steps it). */
	getSession(): QuizSessionState {
		return this.session;
	}

	setSession(state: QuizSessionState): void {
		this.session = state;
	}

	phase(): QuizPhase {
		return this.session.phase;
	}

	current(): Question | null {
		return this.session.current;
	}

	/** Stand the speaking timer still for a reason (a mock interview, the quiz hidden …), or end that reason. */
	setPaused(reason: PauseReason, paused: boolean): void {
		const now = this.services.now();
		this.session = paused ? pauseTimer(this.session, reason, now) : resumeTimer(this.session, reason, now);
	}

	/** Why the timer stands still (empty while it runs). */
	pausedFor(): readonly PauseReason[] {
		return this.session.clock.paused;
	}

	/** Seconds spoken on the card in hand so far. */
	elapsed(): number {
		return elapsedSeconds(this.session, this.services.now());
	}

	async openNote(): Promise<void> {
		const q = this.session.current;
		if (q) await this.services.openAt(q.path, q.line);
	}

	/** Open the note at the end of the question's section, where an answer goes. */
	async writeAnswer(): Promise<void> {
		const q = this.session.current;
		if (q) await this.services.openAt(q.path, Math.max(q.line, q.endLine));
	}

	async useHub(path: string): Promise<void> {
		await this.services.updateSettings({ hubs: [path] });
	}

	model(): QuizModel {
		return buildQuizModel(this.services, { mode: this.mode, filters: this.filters, session: this.session, canUndo: this.canUndo() });
	}

	private buildQueue(now: number, mode: QuizMode = this.mode) {
		return quizQueue(this.services, this.filters, mode, now);
	}

	/** Local midnight of the interview day, or null when no date is set. */
	private interviewAt(): number | null {
		return interviewDayOf(this.services);
	}

	private lookup = (qid: string): Question | undefined => this.services.getIndex().byId.get(qid);
}
