// The numbers shown at the end of a run and in its log note.
import type { MockRunItem, Rating } from "../types";

export interface MockSummary {
	total: number;
	/** Questions reached and rated or revealed. */
	answered: number;
	/** Answers that used up the whole target time. */
	overTarget: number;
	totalSecs: number;
	ratings: Record<Rating, number>;
	/** Questions that had no prepared answer. */
	unanswered: MockRunItem[];
}

/** An item counts as answered once the person spoke on it (it has a rating or time). */
export function isReached(item: MockRunItem): boolean {
	return item.rating !== null || item.secs > 0;
}

export function summarizeRun(items: readonly MockRunItem[]): MockSummary {
	const ratings: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
	let answered = 0;
	let overTarget = 0;
	let totalSecs = 0;
	for (const item of items) {
		if (isReached(item)) answered++;
		if (item.secs >= item.targetSecs && item.targetSecs > 0) overTarget++;
		totalSecs += item.secs;
		if (item.rating !== null) ratings[item.rating]++;
	}
	return {
		total: items.length,
		answered,
		overTarget,
		totalSecs,
		ratings,
		unanswered: items.filter((i) => i.unanswered),
	};
}

/** "1:05", "12:00": minutes and seconds as a speaker reads them off a clock. */
export function formatClock(secs: number): string {
	const s = Math.max(0, Math.round(secs));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
