// Timers as a narrow handle (tests run them by hand), and the one shape every delayed call here has:
// a single pending call that can be asked for, pushed back, or cancelled.

export interface Timers {
	set(fn: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

/** The window's timers (Obsidian's; also on mobile). */
export const windowTimers: Timers = {
	set: (fn, ms) => window.setTimeout(fn, ms),
	clear: (h) => window.clearTimeout(h as number),
};

/** One call of `fn` after a delay, at most one pending at a time. */
export class DelayedCall {
	private handle: unknown = null;

	constructor(
		private readonly timers: Timers,
		private readonly fn: () => void,
	) {}

	get pending(): boolean {
		return this.handle !== null;
	}

	/** Calls `fn` after `ms`, unless a call is already pending (then that one's time stands): a throttle. */
	schedule(ms: number): void {
		if (this.handle === null) this.handle = this.timers.set(() => this.fire(), ms);
	}

	/** Calls `fn` after `ms` from now, dropping a pending call: a debounce. */
	restart(ms: number): void {
		this.cancel();
		this.handle = this.timers.set(() => this.fire(), ms);
	}

	/** Drops a pending call; true when there was one. */
	cancel(): boolean {
		if (this.handle === null) return false;
		this.timers.clear(this.handle);
		this.handle = null;
		return true;
	}

	private fire(): void {
		this.handle = null;
		this.fn();
	}
}
