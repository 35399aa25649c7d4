// The interview date rule: every question is seen before the day, and every card is seen once
// more the day before instead of being scheduled past it.
import { addDays, differenceInCalendarDays, startOfDay } from "date-fns";

/** Whole calendar days from `now` to the interview (0 on the day), or null when there is none or it has passed. */
export function daysToInterview(now: number, interviewAt: number | null | undefined): number | null {
	if (interviewAt === null || interviewAt === undefined || !Number.isFinite(interviewAt)) return null;
	const days = differenceInCalendarDays(interviewAt, now);
	return days < 0 ? null : days;
}

/** Start of the day before the interview. */
export function dayBeforeInterview(interviewAt: number): number {
	return startOfDay(addDays(interviewAt, -1)).getTime();
}

/**
 * A card due on or after the interview day comes back the day before instead, unless it was
 * already seen that day (`lastReview`) or the interview has passed.
 */
export function capDueForInterview(due: number, now: number, interviewAt: number | null | undefined, lastReview: number | null = null): number {
	if (daysToInterview(now, interviewAt) === null) return due;
	const interviewDay = startOfDay(interviewAt as number).getTime();
	if (due < interviewDay) return due;
	const dayBefore = dayBeforeInterview(interviewAt as number);
	if (lastReview !== null && lastReview >= dayBefore) return due;
	return dayBefore;
}

/**
 * How many new questions may still be introduced today: the daily limit, raised so the questions
 * not yet seen are spread over the days left (the interview day itself included when it is today).
 */
export function newAllowance(opts: { newPerDay: number; introducedToday: number; unseen: number; daysLeft: number | null }): number {
	const { newPerDay, introducedToday, unseen, daysLeft } = opts;
	let limit = Math.max(0, newPerDay);
	if (daysLeft !== null) {
		// Spread over the days before the interview; on the day itself, whatever is left.
		const unseenAtDayStart = unseen + introducedToday;
		limit = Math.max(limit, Math.ceil(unseenAtDayStart / Math.max(1, daysLeft)));
	}
	return Math.max(0, Math.min(unseen, limit - introducedToday));
}
