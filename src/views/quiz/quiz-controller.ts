// The quiz's behaviour apart from the DOM: the session, the mode and filters, gradings into the
// review store, and the model renderQuiz draws. Knows PrepServices only, so tests drive it with plain data.
import { parseDay } from "../../core/time-stamp";
import type { PrepServices } from "../../services";
import type { CardState, Question, Rating } from "../../core/types";
import { buildQueue } from "../../core/review/queue";
import { daysToInterview } from "../../core/review/interview-date";
import { filterQuestions, noteOptions, topicOptions, NO_FILTERS, QUIZ_MODES } from "../../core/quiz/quiz-filter";
import type { QuizFilters, QuizMode } from "../../core/quiz/quiz-filter";
import {
	elapsedSeconds,
	gradeCard,
	isPaused,
	pauseTimer,
	reconcile,
	remaining,
	resumeTimer,
	reveal,
	showHint,
	skipCard,
	startSession,
	undoGrade,
	type QuizPhase,
	type QuizSessionState,
} from "../../core/quiz/quiz-session";
import { cardAnswer } from "../../core/quiz/card-answer";
import { starPanelOf, storyCardOf } from "./quiz-star";
import type { CardModel, EmptyState, QuizModel } from "./quiz-model";

/** What survives a restart of Obsidian (the view state). */
export interface QuizViewState {
	mode: QuizMode;
	path: string;
	topic: string;
}

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
		return { mode: this.mode, path: this.filters.path, topic: this.filters.topic };
	}

	/** Apply a saved or requested state; starts a new session when it changes what is practised. */
	setViewState(state: Partial<QuizViewState> | null | undefined): void {
		const mode = state?.mode && QUIZ_MODES.includes(state.mode) ? state.mode : this.mode;
		const path = typeof state?.path === "string" ? state.path : this.filters.path;
		const topic = typeof state?.topic === "string" ? state.topic : this.filters.topic;
		const changed = mode !== this.mode || path !== this.filters.path || topic !== this.filters.topic;
		this.mode = mode;
		this.filters = { path, topic };
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
		this.session = startSession(queue.qids, this.lookup, now);
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
		this.session = reveal(this.session);
	}

	/** Record the grading of the card in hand and show the next one. */
	grade(rating: Rating): boolean {
		const card = this.session.current;
		if (!card) return false;
		const now = this.services.now();
		// When the schedule brings it back (what the button showed): within minutes, in this session.
		const comesBackAt = this.services.reviews.previewIntervals(card.id, now, this.interviewAt())[rating];
		const { state, grading } = gradeCard(this.session, rating, now, this.lookup, comesBackAt);
		if (!grading) return false;
		const event = this.services.reviews.grade(grading.qid, grading.rating, grading.secs, grading.at, { key: card.key });
		this.lastUid = event.uid;
		this.seen.add(grading.qid);
		this.session = state;
		this.services.reviewsChanged();
		return true;
	}

	/** The session's last grading can still be taken back. */
	canUndo(): boolean {
		return this.lastUid !== null && this.session.lastGraded !== null;
	}

	/** Take back the session's last grading: out of the review store (saved like any change), its card back in hand. */
	undo(): boolean {
		const last = this.session.lastGraded;
		if (!last || this.lastUid === null) return false;
		this.services.reviews.undo(this.lastUid);
		this.lastUid = null;
		this.session = undoGrade(this.session, this.services.now());
		this.seen.delete(last.card.id);
		this.services.reviewsChanged();
		return true;
	}

	skip(): void {
		if (this.session.current) this.seen.add(this.session.current.id);
		this.session = skipCard(this.session, this.services.now(), this.lookup);
	}

	phase(): QuizPhase {
		return this.session.phase;
	}

	current(): Question | null {
		return this.session.current;
	}

	/** Stop or run the speaking timer (stopped while a mock interview is open). */
	setPaused(paused: boolean): void {
		const now = this.services.now();
		this.session = paused ? pauseTimer(this.session, now) : resumeTimer(this.session, now);
	}

	paused(): boolean {
		return isPaused(this.session);
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
		const s = this.services;
		const now = s.now();
		const lang = s.lang();
		const index = s.getIndex();
		const settings = s.getSettings();
		const status = s.getStatus();
		const cards = s.reviews.cards();
		const interviewAt = this.interviewAt();

		const allCanonical = index.questions.filter((q) => q.variantOf === null);
		const days = daysToInterview(now, interviewAt);
		const countdown =
			days === null ? null : { days, notPractised: allCanonical.filter((q) => !isPractised(cards.get(q.id))).length };

		const base: QuizModel = {
			lang,
			now,
			indexing: status.state === "ready" ? null : { done: status.done, total: status.total },
			mode: this.mode,
			filters: { ...this.filters },
			noteOptions: noteOptions(index),
			topicOptions: topicOptions(index, this.filters.path),
			countdown,
			canUndo: this.canUndo(),
			empty: null,
			card: null,
			summary: null,
		};

		if (status.state !== "ready" && allCanonical.length === 0) return { ...base, empty: { kind: "waiting" } };
		if (settings.hubs.length === 0 && allCanonical.length === 0) {
			return { ...base, empty: { kind: "noHub", suggestions: s.suggestHubs().slice(0, 5) } };
		}
		if (allCanonical.length === 0) {
			return { ...base, empty: { kind: "noQuestions", missingHubs: s.getPrepSet()?.missingHubs ?? [] } };
		}

		const session = this.session;
		if (session.current) return { ...base, card: this.cardModel(session, cards, interviewAt, now) };

		const queue = this.buildQueue(now);
		if (session.stats.reviewed > 0 || session.stats.skipped > 0) {
			return { ...base, summary: { stats: session.stats, dueNow: queue.dueCount, nextDue: queue.nextDue } };
		}
		return { ...base, empty: this.emptyState(queue.nextDue) };
	}

	private emptyState(nextDue: number | null): EmptyState {
		if (filterQuestions(this.services.getIndex(), this.filters).length === 0) return { kind: "noMatch" };
		if (this.mode === "unanswered") return { kind: "allAnswered" };
		if (this.mode === "due") return { kind: "nothingDue", nextDue };
		return { kind: "noMatch" };
	}

	private cardModel(
		session: QuizSessionState,
		cards: Map<string, CardState>,
		interviewAt: number | null,
		now: number,
	): CardModel {
		const q = session.current as Question;
		const card = cards.get(q.id) ?? null;
		const phase = session.phase === "done" ? "front" : session.phase;
		const revealed = phase === "revealed";
		return {
			question: q,
			phase,
			elapsed: elapsedSeconds(session, now),
			paused: isPaused(session),
			target: this.services.getSettings().targetSeconds,
			remaining: remaining(session),
			isNew: !isPractised(card ?? undefined),
			lastReview: card?.lastReview ?? null,
			comesBack: revealed ? this.services.reviews.previewIntervals(q.id, now, interviewAt) : null,
			answer: cardAnswer(q, this.services.getIndex()),
			star: revealed ? starPanelOf(q, this.services) : null,
			stories: revealed ? storyCardOf(q, this.services) : null,
		};
	}

	private buildQueue(now: number) {
		const s = this.services;
		const settings = s.getSettings();
		return buildQueue({
			questions: filterQuestions(s.getIndex(), this.filters),
			cards: s.reviews.cards(),
			now,
			mode: this.mode,
			newPerDay: settings.newPerDay,
			newIntroducedToday: s.reviews.introducedOn(now),
			interviewDate: this.interviewAt(),
			seed: now,
		});
	}

	/** Local midnight of the interview day, or null when no date is set. */
	private interviewAt(): number | null {
		return parseDay(this.services.getSettings().interviewDate);
	}

	private lookup = (qid: string): Question | undefined => this.services.getIndex().byId.get(qid);
}

function isPractised(card: CardState | undefined): boolean {
	return card !== undefined && card.reps > 0;
}
