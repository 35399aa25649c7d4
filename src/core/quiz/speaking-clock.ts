// The quiz card's speaking timer as plain data: it counts only time a person can be speaking the answer.
// It stands still while any reason to pause holds (the quiz hidden, another modal open, the window
// without focus, the note opened with O, a mock interview running) and stops for good at reveal.
// Time is a parameter; every step returns a new clock.

export type PauseReason = "hidden" | "modal" | "blur" | "note" | "mock";

export interface SpeakingClock {
	/** Milliseconds counted before the running stretch that began at `runningSince`. */
	counted: number;
	/** Start of the stretch now being counted, or null while the clock stands still. */
	runningSince: number | null;
	/** Why the clock stands still (empty while it runs or once stopped by itself). */
	paused: readonly PauseReason[];
	/** Stopped at reveal: no pause or resume moves it again. */
	stopped: boolean;
}

/** A clock for a card shown at `now`, standing still when reasons to pause already hold. */
export function startClock(now: number, paused: readonly PauseReason[] = []): SpeakingClock {
	return { counted: 0, runningSince: paused.length === 0 ? now : null, paused: [...paused], stopped: false };
}

/** Milliseconds counted up to `now`. */
export function clockMs(clock: SpeakingClock, now: number): number {
	const running = clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince);
	return clock.counted + running;
}

/** Whole seconds counted up to `now`. */
export function clockSeconds(clock: SpeakingClock, now: number): number {
	return Math.floor(clockMs(clock, now) / 1000);
}

/** The same clock standing still for exactly these reasons (the set of reasons that hold at `now`). */
export function withPauses(clock: SpeakingClock, reasons: readonly PauseReason[], now: number): SpeakingClock {
	const paused = [...new Set(reasons)].sort();
	if (paused.join() === clock.paused.join()) return clock;
	if (clock.stopped) return { ...clock, paused };
	const counted = clockMs(clock, now);
	return { counted, runningSince: paused.length === 0 ? now : null, paused, stopped: false };
}

/** Stand still for one more reason (a second pause for the same reason changes nothing). */
export function pauseClock(clock: SpeakingClock, reason: PauseReason, now: number): SpeakingClock {
	return clock.paused.includes(reason) ? clock : withPauses(clock, [...clock.paused, reason], now);
}

/** That reason no longer holds: the clock runs again once no other reason holds. */
export function resumeClock(clock: SpeakingClock, reason: PauseReason, now: number): SpeakingClock {
	return clock.paused.includes(reason) ? withPauses(clock, clock.paused.filter((r) => r !== reason), now) : clock;
}

/** The answer is shown: speaking is over, the clock keeps what it counted. */
export function stopClock(clock: SpeakingClock, now: number): SpeakingClock {
	if (clock.stopped) return clock;
	return { counted: clockMs(clock, now), runningSince: null, paused: clock.paused, stopped: true };
}
