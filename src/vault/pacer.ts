// Pacing: work runs in slices of a few milliseconds on the main thread, giving the interface a turn
// between them, so building the index never holds a frame.

export interface PacerDeps {
	/** Monotonic milliseconds, for the time budget of a slice. */
	clock: () => number;
	/** Give the interface a turn (a macrotask). */
	yieldToMain: () => Promise<void>;
	/** Longest stretch of work before yielding (default 12 ms, well under the 50 ms a frame can bear). */
	sliceMs?: number;
}

export class Pacer {
	/** When the current main-thread slice began (work yields once it has run sliceMs). */
	private sliceStart = 0;

	constructor(private readonly deps: PacerDeps) {}

	/** A new slice starts now (work begins after a pause the interface already had). */
	startSlice(): void {
		this.sliceStart = this.deps.clock();
	}

	/** Gives the interface a turn when this slice has used its time. */
	async pace(): Promise<void> {
		const { clock, sliceMs = 12 } = this.deps;
		if (clock() - this.sliceStart < sliceMs) return;
		await this.deps.yieldToMain();
		this.sliceStart = clock();
	}

	/** Runs stepped work, giving the interface a turn between steps whenever the slice is used up. */
	async paced<T>(steps: Generator<void, T, void>): Promise<T> {
		for (;;) {
			const r = steps.next();
			if (r.done) return r.value;
			await this.pace();
		}
	}
}
