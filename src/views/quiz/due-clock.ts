// When due counts go stale with nothing else changing: the next card comes due, or the local day rolls
// over (a new day brings new questions). The status bar and the views that show due counts (coverage,
// statistics) each wait for that moment with one timer and draw again then.
import { nextLocalMidnight } from "../../core/time-stamp";

/** What a due count needs to know of its summary: when the next card not yet due comes due, or null. */
export interface NextDue {
	nextDue: number | null;
}

/** Longest wait setTimeout keeps (2^31 − 1 ms). */
const MAX_WAIT = 2_147_483_647;

/** Ms from `now` until `summary` is stale: at least a second (no busy loop if the clocks disagree), at most what setTimeout keeps. */
export function staleAfter(summary: NextDue, now: number): number {
	const next = Math.min(summary.nextDue ?? Infinity, nextLocalMidnight(now));
	return Math.min(Math.max(next - now, 1000), MAX_WAIT);
}

/** One timer that wakes its owner when the counts it last drew go stale. */
export class DueClock {
	private timer: number | null = null;

	constructor(private readonly wake: () => void) {}

	/** Waits for the moment `summary` goes stale (nothing while the index is being built: its change when ready draws again). */
	follow(summary: NextDue | null, now: number): void {
		this.stop();
		if (!summary) return;
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.wake();
		}, staleAfter(summary, now));
	}

	stop(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}
}
