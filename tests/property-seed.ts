// Property tests (fast-check) run with one fixed seed in `npm test`, so a CI run never fails by
// chance; `npm run fuzz` (scripts/fuzz.ts) sets FUZZ_SEED to a random seed and FUZZ_FACTOR to run
// each property many more times. Every property test passes its parameters through `seeded`.
import fc from "fast-check";

/** The seed of `npm test`. A failure found with another seed becomes a fixed example instead. */
export const FIXED_SEED = 20_260_601;

const env = typeof process === "undefined" ? {} : process.env;
export const FUZZING = env.FUZZ_SEED !== undefined && env.FUZZ_SEED !== "";
export const SEED = FUZZING ? Number(env.FUZZ_SEED) : FIXED_SEED;
const FACTOR = FUZZING ? Math.max(1, Number(env.FUZZ_FACTOR ?? 10) || 10) : 1;

/** Runs passed in this test file (fuzz mode counts them for the summary). */
export const passed = { runs: 0 };

/** A property's parameters with the run's seed (and, fuzzing, more runs). */
export function seeded<T>(params: fc.Parameters<T> = {}): fc.Parameters<T> {
	const numRuns = (params.numRuns ?? 100) * FACTOR;
	if (!FUZZING) return { ...params, seed: SEED, numRuns };
	// fast-check still reports a failure itself (its message names the seed and the path).
	const count: fc.Plugin<T> = () => ({
		onAllRunsComplete: (details) => {
			if (!details.failed) passed.runs += details.numRuns;
		},
	});
	return { ...params, seed: SEED, numRuns, plugins: [...(params.plugins ?? []), count] };
}
