// The numbers of a mock run: one rule, shown at the end of the run, in its log note and in coverage.
import type { MockRunItem, Rating } from "../types";
import { t } from "../i18n";
import { formatClock } from "../i18n/time-format";

export interface MockSummary {
	total: number;
	/** Questions reached and rated or revealed. */
	answered: number;
	/** Answers that ran out the clock (see `ranOutOfTime`). */
	timedOut: number;
	/** Seconds spoken, summed over the answers. */
	spokenSecs: number;
	/** Seconds from the start of the run to its end (reading answers and rating included). */
	durationSecs: number;
	ratings: Record<Rating, number>;
	/** Questions that had no model answer. */
	unanswered: MockRunItem[];
}

/** What `summarizeRun` reads: a run's items and its start and end (epoch ms). */
export interface MockRunFigures {
	startedAt: number;
	endedAt: number;
	items: readonly MockRunItem[];
}

/** An item counts as spoken once the person spoke on it (it has a rating or time). */
export function isReached(item: MockRunItem): boolean {
	return item.rating !== null || item.secs > 0;
}

/**
 * The answer used the whole target time. The mock timer stops at the target, so seconds are never
 * above it: reaching it is what running out of time looks like in the log.
 */
export function ranOutOfTime(item: Pick<MockRunItem, "secs" | "targetSecs">): boolean {
	return item.targetSecs > 0 && item.secs >= item.targetSecs;
}

export function summarizeRun(run: MockRunFigures): MockSummary {
	const { items } = run;
	const ratings: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
	let answered = 0;
	let timedOut = 0;
	let spokenSecs = 0;
	for (const item of items) {
		if (isReached(item)) answered++;
		if (ranOutOfTime(item)) timedOut++;
		spokenSecs += item.secs;
		if (item.rating !== null) ratings[item.rating]++;
	}
	return {
		total: items.length,
		answered,
		timedOut,
		spokenSecs,
		durationSecs: Math.max(0, Math.round((run.endedAt - run.startedAt) / 1000)),
		ratings,
		unanswered: items.filter((i) => i.unanswered),
	};
}

/** The summary in one line, the same words at the end of the run and in the log note. */
export function mockSummaryLine(lang: "zh" | "en", sum: MockSummary): string {
	return t(lang, "mock.summaryLine", {
		answered: sum.answered,
		total: sum.total,
		spoken: formatClock(sum.spokenSecs),
		duration: formatClock(sum.durationSecs),
		timedOut: sum.timedOut,
	});
}
