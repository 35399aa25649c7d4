// What a local day holds in the replayed reviews: new questions met (the daily new limit), gradings of
// known questions (the daily review cap) and the day's gradings for the quiz's summary.
import { startOfDay } from "date-fns";
import type { LogEvent, ReviewEvent } from "../types";

/** Questions seen for the first time on `now`'s local day (counts against the daily new limit). */
export function introducedOn(reviews: ReadonlyMap<string, ReviewEvent[]>, now: number): number {
	const start = startOfDay(now).getTime();
	let n = 0;
	for (const list of reviews.values()) {
		const first = list[0]?.at ?? -1;
		if (first >= start && startOfDay(first).getTime() === start) n++;
	}
	return n;
}

/** Gradings on `now`'s local day of questions first graded before it (what the daily review cap counts). */
export function reviewsOfKnownOn(reviews: ReadonlyMap<string, ReviewEvent[]>, now: number): number {
	const start = startOfDay(now).getTime();
	let n = 0;
	for (const list of reviews.values()) {
		if ((list[0]?.at ?? start) >= start) continue;
		for (const e of list) if (e.at >= start && startOfDay(e.at).getTime() === start) n++;
	}
	return n;
}

/** Gradings made on `now`'s local day, and how many of them were "again". */
export function reviewedOn(events: readonly LogEvent[], now: number): { reviews: number; again: number; secs: number } {
	const start = startOfDay(now).getTime();
	let reviews = 0;
	let again = 0;
	let secs = 0;
	for (const e of events) {
		if (e.kind !== "review" || e.at < start || startOfDay(e.at).getTime() !== start) continue;
		reviews++;
		secs += e.secs;
		if (e.rating === 1) again++;
	}
	return { reviews, again, secs };
}
