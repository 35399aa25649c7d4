// The review data of all devices, in memory: this device appends to its own log only; cards are
// derived by replaying every device's events. Pure: no I/O, time comes in as a parameter.
import type { AnswerRecording, CardAction, CardControlEvent, CardState, DeviceLog, LogEvent, MockRunEvent, QuestionIndex, Rating, ReviewEvent } from "../types";
import { appendReview, compareEvents, FUTURE_TOLERANCE_MS, replay, resolveAlias, type Replayed } from "./replay";
import { createScheduler, DEFAULT_RETENTION, type Scheduler } from "./scheduler";
import { capDueForInterview } from "./interview-date";
import { reconcile, type AliasProposal } from "./identity";
import { buryUntil, hiddenCards, type ControlState } from "./card-control";
import { introducedOn, reviewedOn, reviewsOfKnownOn } from "./day-counts";
import { DeviceLogs } from "./device-logs";

export interface ReviewStoreOptions {
	/** This device's id (kept outside synced data). */
	device: string;
	/** Desired retention for FSRS (default 0.9). */
	retention?: number;
	/**
	 * First sequence number of this start's events. The plugin passes a fresh random one at every
	 * start: a restored old copy of the log must not make it number new events again like events
	 * that live on elsewhere (the other device would keep its own and drop ours, or the reverse).
	 * Without it numbering continues the loaded log.
	 */
	session?: number;
	/** This device's clock: events more than a day ahead of it are suspect (see replay). Default: none are. */
	clock?: () => number;
}

export interface GradeOptions {
	/** The question's normalized text, so its history can follow small rewordings. */
	key?: string;
	/** Mock run id when graded in a mock interview. */
	mock?: string;
	/** The spoken answer recorded for this grading. */
	recording?: AnswerRecording;
}

export type NewMockRun = Omit<MockRunEvent, "kind" | "uid">;

export class ReviewStore {
	readonly device: string;
	private scheduler: Scheduler;
	private readonly logs: DeviceLogs;
	private derived: Replayed;
	private readonly clock: (() => number) | null;

	constructor(opts: ReviewStoreOptions) {
		this.device = opts.device;
		this.logs = new DeviceLogs(opts.device, opts.session);
		this.clock = opts.clock ?? null;
		this.scheduler = createScheduler(opts.retention ?? DEFAULT_RETENTION);
		this.derived = replay([], this.scheduler);
	}

	/** Start over from these logs (any number of copies of any device's log; they are unioned). */
	load(sources: Iterable<DeviceLog>): void {
		this.logs.load(sources);
		this.rebuild();
	}

	/** Union more copies of logs into what is loaded. Returns how many events were new. */
	merge(sources: Iterable<DeviceLog>): number {
		const added = this.logs.merge(sources);
		if (added > 0) this.rebuild();
		return added;
	}

	/**
	 * Continue this device's numbering at `seq` or later. After a recovery part of the own log may be
	 * missing here but alive elsewhere; new uids must not reuse its numbers (the glue passes the time).
	 */
	skipSeqTo(seq: number): void {
		this.logs.skipSeqTo(seq);
	}

	get retention(): number {
		return this.scheduler.retention;
	}

	setRetention(retention: number): void {
		if (retention === this.scheduler.retention) return;
		this.scheduler = createScheduler(retention);
		this.rebuild();
	}

	grade(qid: string, rating: Rating, secs: number, now: number, opts: GradeOptions = {}): ReviewEvent {
		const own = this.own();
		const event: ReviewEvent = { kind: "review", uid: this.nextUid(), qid, at: now, rating, secs: Math.max(0, Math.round(secs)) };
		if (opts.mock) event.mock = opts.mock;
		if (opts.recording) event.recording = { ...opts.recording };
		own.events.push(event);
		if (opts.key) own.keys = { ...own.keys, [qid]: opts.key };
		// Another device's clock is ahead: replay everything in order.
		if (!appendReview(this.derived, this.scheduler, event, opts.key)) this.rebuild();
		return event;
	}

	/** Take back this device's last grading (the quiz's undo). Returns it, or null when there is none. */
	undoLast(): ReviewEvent | null {
		const e = this.logs.undoLastGrading();
		if (e) this.rebuild();
		return e;
	}

	/**
	 * Take back one of this device's gradings or card controls by its uid: the quiz undoes what it did,
	 * not a mock grading made since. Kept as a tombstone in the own log, so the saved log agrees.
	 * Returns it, or null when it is not a live grading or control of this device.
	 */
	undo(uid: string): ReviewEvent | CardControlEvent | null {
		const e = this.logs.undoEvent(uid);
		if (e) this.rebuild();
		return e;
	}

	/** Bury (until the next local day), suspend, unsuspend or reset a card: an event in the own log. */
	control(qid: string, action: CardAction, now: number): CardControlEvent {
		const event: CardControlEvent = { kind: "control", uid: this.nextUid(), qid, at: now, action };
		if (action === "bury") event.until = buryUntil(now);
		this.own().events.push(event);
		this.rebuild();
		return event;
	}

	/** Buried and suspended cards (aliases applied). */
	controlState(): ControlState {
		return this.derived.control;
	}

	/** Question ids the queue leaves out at `now` (suspended, or buried until later). */
	hidden(now: number): Set<string> {
		return hiddenCards(this.derived.control, now);
	}

	addMockRun(run: NewMockRun): MockRunEvent {
		const event: MockRunEvent = { ...run, kind: "mock", uid: this.nextUid() };
		this.own().events.push(event);
		this.rebuild();
		return event;
	}

	/** The history of `from` now belongs to `to` (a question's words changed slightly). */
	alias(from: string, to: string, now: number, toKey?: string): void {
		if (from === to) return;
		const own = this.own();
		own.events.push({ kind: "alias", uid: this.nextUid(), at: now, from, to });
		if (toKey) own.keys = { ...own.keys, [to]: toKey };
		this.rebuild();
	}

	/**
	 * Find questions whose id changed with a small edit and move their history over. Call it with a
	 * complete index only (after indexing finished): in a partial one, questions not yet indexed
	 * would look vanished.
	 */
	reconcile(index: QuestionIndex, now: number): AliasProposal[] {
		const proposals = reconcile(this.knownKeys(), index);
		for (const p of proposals) this.alias(p.from, p.to, now, p.toKey);
		return proposals;
	}

	/** Question ids with history (aliases applied) and their last known key. */
	knownKeys(): Map<string, string | undefined> {
		const out = new Map<string, string | undefined>();
		for (const qid of this.derived.cards.keys()) out.set(qid, this.derived.keys.get(qid));
		return out;
	}

	card(qid: string): CardState | null {
		return this.derived.cards.get(resolveAlias(this.derived.aliases, qid)) ?? null;
	}

	/** Cards by question id; an old id that was aliased also maps to its new card. */
	cards(): Map<string, CardState> {
		const out = new Map(this.derived.cards);
		for (const from of this.derived.aliases.keys()) {
			const card = this.card(from);
			if (card && !out.has(from)) out.set(from, card);
		}
		return out;
	}

	reviewsOf(qid: string): ReviewEvent[] {
		return (this.derived.reviews.get(resolveAlias(this.derived.aliases, qid)) ?? []).slice();
	}

	lapses(qid: string): number {
		return this.card(qid)?.lapses ?? 0;
	}

	retrievability(qid: string, now: number): number | null {
		const card = this.card(qid);
		return card ? this.scheduler.retrievability(card, now) : null;
	}

	/** When the question would come back after each rating (for the grade buttons). */
	previewIntervals(qid: string, now: number, interviewAt: number | null = null): Record<Rating, number> {
		const due = this.scheduler.preview(this.card(qid), now);
		if (interviewAt === null) return due;
		// The grading happens at `now`, so the rule sees it as the card's last review (as the queue will).
		const cap = (d: number) => capDueForInterview(d, now, interviewAt, now);
		return { 1: cap(due[1]), 2: cap(due[2]), 3: cap(due[3]), 4: cap(due[4]) };
	}

	/** Questions seen for the first time on `now`'s local day (counts against the daily new limit). */
	introducedOn(now: number): number {
		return introducedOn(this.derived.reviews, now);
	}

	/** Gradings on `now`'s local day of questions first graded before it (what the daily review cap counts). */
	reviewsOfKnownOn(now: number): number {
		return reviewsOfKnownOn(this.derived.reviews, now);
	}

	/** Gradings made on `now`'s local day, and how many of them were "again". */
	reviewedOn(now: number): { reviews: number; again: number; secs: number } {
		return reviewedOn(this.derived.events, now);
	}

	/** This device's log, as it is to be saved. */
	ownLog(): DeviceLog {
		return this.own();
	}

	/** Every device's log known here (this one's included). */
	allLogs(): DeviceLog[] {
		return this.logs.all();
	}

	/** Every live event of every device, ordered by (time, uid), suspect ones included. */
	allEvents(): LogEvent[] {
		if (this.derived.suspect.length === 0) return this.derived.events.slice();
		return this.derived.events.concat(this.derived.suspect).sort(compareEvents);
	}

	/** Events stamped more than a day ahead of this device's clock: kept, but not scheduled yet. */
	suspectEvents(): LogEvent[] {
		return this.derived.suspect.slice();
	}

	mockRuns(): MockRunEvent[] {
		return this.derived.mockRuns.slice();
	}

	private own(): DeviceLog {
		return this.logs.own();
	}

	private nextUid(): string {
		return this.logs.nextUid();
	}

	private rebuild(): void {
		const horizon = this.clock ? this.clock() + FUTURE_TOLERANCE_MS : Infinity;
		this.derived = replay(this.logs.all(), this.scheduler, horizon);
	}
}
