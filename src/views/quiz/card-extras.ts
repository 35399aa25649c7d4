// What the revealed card shows beside the answer: which grades the interview date cuts short (so the
// buttons read "before the interview" rather than three equal "in 20 hours").
import type { Rating } from "../../core/types";
import type { ReviewStore } from "../../core/review/review-store";
import type { InterviewCap } from "./quiz-model";

const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** The grades whose next review the interview date brings forward, or null when it changes none. */
export function interviewCap(reviews: ReviewStore, qid: string, now: number, interviewAt: number | null): InterviewCap | null {
	if (interviewAt === null) return null;
	const free = reviews.previewIntervals(qid, now);
	const capped = reviews.previewIntervals(qid, now, interviewAt);
	const ratings = RATINGS.filter((r) => capped[r] < free[r]);
	return ratings.length === 0 ? null : { ratings, interviewAt };
}

