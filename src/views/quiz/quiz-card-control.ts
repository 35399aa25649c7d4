// Card control from the quiz: bury, suspend or reset the card in hand (an event in the review log),
// and one step of undo for it. Kept apart from QuizController, which it steps through getSession /
// setSession; the view asks it first on U, so the latest of a grading and a control is undone first.
import type { PrepServices } from "../../services";
import type { CardAction } from "../../core/types";
import { leaveCard } from "../../core/quiz/leave-card";
import type { QuizSessionState, QuizStats } from "../../core/quiz/quiz-session";
import type { QuizController } from "./quiz-controller";

export type QuizCardAction = Exclude<CardAction, "unsuspend">;

interface UndoPoint {
	uid: string;
	at: number;
	/** The session before the control, put back by undo. */
	before: QuizSessionState;
	/** The session's counts right after it: a grading, skip or new session since replaces them, and ends the undo. */
	stats: QuizStats;
}

export class QuizCardControl {
	private last: UndoPoint | null = null;

	constructor(
		private services: PrepServices,
		private controller: QuizController,
	) {}

	/** Bury or suspend the card in hand (it leaves the session), or reset its progress (it stays in hand). */
	apply(action: QuizCardAction): boolean {
		const card = this.controller.current();
		if (!card) return false;
		const now = this.services.now();
		const before = this.controller.getSession();
		const event = this.services.reviews.control(card.id, action, now);
		const lookup = (qid: string) => this.services.getIndex().byId.get(qid);
		const after = action === "reset" ? before : leaveCard(before, now, lookup);
		this.controller.setSession(after);
		this.last = { uid: event.uid, at: now, before, stats: after.stats };
		this.services.reviewsChanged();
		return true;
	}

	/** The last control can still be taken back (nothing was graded or skipped since). */
	canUndo(): boolean {
		return this.last !== null && this.controller.getSession().stats === this.last.stats;
	}

	/** Take the control back out of the review log; its card is in hand again as it was (the time between not spoken). */
	undo(): boolean {
		const last = this.last;
		if (!last || !this.canUndo()) return false;
		this.last = null;
		this.services.reviews.undo(last.uid);
		const gap = Math.max(0, this.services.now() - last.at);
		const clock = last.before.clock;
		const runningSince = clock.runningSince === null ? null : clock.runningSince + gap;
		this.controller.setSession({ ...last.before, clock: { ...clock, runningSince } });
		this.services.reviewsChanged();
		return true;
	}
}
