// Giving the interface a turn between slices of index work. A zero-delay timer is clamped to 4 ms once
// timers nest (every yield of a long build would cost 4 ms: over a second on a cold build of 400
// slices), so a message on a MessageChannel is used instead: a macrotask with no clamp, on desktop
// and mobile alike. Where the browser has scheduler.yield (Chromium 129+), that is used: it keeps the
// work's place ahead of other tasks while input and painting still go first.

interface YieldScheduler {
	yield(): Promise<void>;
}

/** What the yield needs of a window (the plugin passes `window`). */
export interface YieldHost {
	scheduler?: Partial<YieldScheduler>;
	MessageChannel?: typeof MessageChannel;
	setTimeout(fn: () => void, ms: number): unknown;
}

/** A yield for this window: scheduler.yield, else a MessageChannel message, else a timer. */
export function makeYieldToMain(win: YieldHost): () => Promise<void> {
	const scheduler = win.scheduler;
	if (typeof scheduler?.yield === "function") return () => (scheduler as YieldScheduler).yield();
	if (typeof win.MessageChannel !== "function") return () => new Promise((resolve) => win.setTimeout(resolve, 0));
	const channel = new win.MessageChannel();
	// Several callers may wait at once (the index and the cache writer): each message wakes the oldest.
	const waiting: (() => void)[] = [];
	channel.port1.onmessage = () => waiting.shift()?.();
	return () =>
		new Promise<void>((resolve) => {
			waiting.push(resolve);
			channel.port2.postMessage(null);
		});
}
