// Work written as a generator that yields between steps (so the live index can give the interface a
// turn) also runs in one go, for tests, the command line and small inputs.

/** Runs stepped work to its end without pausing and returns its result. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const r = steps.next();
		if (r.done) return r.value;
	}
}
