// What the revealed card shows beside the answer: which grades the interview date cuts short (so the
// buttons read "before the interview" rather than three equal "in 20 hours"), and the STAR check.
import type { Lang, Question, Rating, Settings } from "../../core/types";
import type { ReviewStore } from "../../core/review/review-store";
import { checkStar } from "../../core/star/star-check";
import { formatStarReport } from "../../core/star/star-report";
import type { InterviewCap, StarSummary } from "./quiz-model";

const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** The grades whose next review the interview date brings forward, or null when it changes none. */
export function interviewCap(reviews: ReviewStore, qid: string, now: number, interviewAt: number | null): InterviewCap | null {
	if (interviewAt === null) return null;
	const free = reviews.previewIntervals(qid, now);
	const capped = reviews.previewIntervals(qid, now, interviewAt);
	const ratings = RATINGS.filter((r) => capped[r] < free[r]);
	return ratings.length === 0 ? null : { ratings, interviewAt };
}

/** The STAR check of a story answer (labelled STAR parts, or flagged by the parser); null for other answers. */
export function starSummary(q: Question, settings: Settings, lang: Lang): StarSummary | null {
	if (!q.answered) return null;
	const report = checkStar(q.answerMarkdown, {
		labels: settings.labels,
		charsPerMinuteZh: settings.charsPerMinuteZh,
		wordsPerMinuteEn: settings.wordsPerMinuteEn,
	});
	const flagged = Object.values(q.star).filter(Boolean).length;
	if (!report.labelled && flagged < 2) return null;
	return { lines: formatStarReport(report, lang).slice(1), complete: report.complete };
}
