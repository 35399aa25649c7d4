// npm run fuzz [-- --minutes N] [--factor F] [--once] [test files…]
// Runs every property test (the files that use fast-check) with a random seed and F times their
// runs, again and again for N minutes (default 10), and prints the seed of any failure: a failure
// becomes a fixed example in its test file. FUZZ_SEED=<seed> with --once replays one round.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const option = (name: string, dflt: number): number => {
	const i = args.indexOf(name);
	return i >= 0 ? Number(args[i + 1]) : dflt;
};
const minutes = option("--minutes", 10);
const factor = option("--factor", 10);
const once = args.includes("--once");
const named = args.filter((a, i) => !a.startsWith("--") && !["--minutes", "--factor"].includes(args[i - 1] ?? ""));
const files = named.length
	? named
	: execFileSync("git", ["grep", "-l", "from \"fast-check\"", "--", "tests/*.test.ts"], { encoding: "utf8" }).trim().split("\n");

const dir = mkdtempSync(join(tmpdir(), "fuzz-"));
const deadline = Date.now() + minutes * 60_000;
let rounds = 0;
let runs = 0;
const failures: { seed: number; output: string }[] = [];
console.log(`fuzz: ${files.length} property test files, ${factor}× runs, ${once ? "one round" : `${minutes} min`}`);
do {
	const seed = once && process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
	const countFile = join(dir, `count-${rounds}`);
	writeFileSync(countFile, "");
	// More runs take longer than a test of npm test may: no time limit per test here.
	const r = spawnSync("npx", ["vitest", "run", "--testTimeout=0", ...files], {
		encoding: "utf8",
		env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_FACTOR: String(factor), FUZZ_COUNT_FILE: countFile },
	});
	const passed = readFileSync(countFile, "utf8").split("\n").filter(Boolean).reduce((n, l) => n + Number(l), 0);
	rounds++;
	runs += passed;
	if (r.status === 0) console.log(`round ${rounds}: seed ${seed}: ${passed} runs passed`);
	else {
		const output = `${r.stdout}\n${r.stderr}`;
		failures.push({ seed, output });
		console.log(`round ${rounds}: seed ${seed}: FAILED (${passed} runs passed)`);
		console.log(output.split("\n").filter((l) => /FAIL|seed|Counterexample|Property failed|reproduce|Error/.test(l)).slice(0, 40).join("\n"));
	}
} while (!once && Date.now() < deadline);
rmSync(dir, { recursive: true, force: true });
console.log(`fuzz: ${rounds} rounds, ${runs} property runs passed, ${failures.length} failed round(s)${failures.length ? `: seeds ${failures.map((f) => f.seed).join(", ")}` : ""}`);
process.exitCode = failures.length ? 1 : 0;
