// Vitest setup: any property without `seeded` parameters still runs with the fixed seed, and a
// fuzz run records how many runs passed in each file (scripts/fuzz.ts adds them up).
import { afterAll } from "vitest";
import fc from "fast-check";
import { appendFileSync } from "node:fs";
import { FUZZING, passed, SEED } from "./property-seed";

fc.configureGlobal({ seed: SEED });

const countFile = process.env.FUZZ_COUNT_FILE;
if (FUZZING && countFile) afterAll(() => appendFileSync(countFile, `${passed.runs}\n`));
