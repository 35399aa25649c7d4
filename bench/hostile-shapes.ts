// Hostile notes (issue 20): for each shape that once made one step take seconds, a 1 MB note of it
// in the live index (the longest main-thread slice) and in `scan` (the whole command, start-up
// included). Targets: no slice over 50 ms, each scan under 5 s.
// Run alone: npx tsx --import ./shims/register.mjs bench/hostile-shapes.ts [--mb N] [--shape PART-OF-NAME]   (bench/run.ts calls hostileShapes()).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { HOSTILE_SHAPES } from "../tests/reliability/hostile-notes";
import { parseNoteSteps } from "../src/core/parse/parse-note";
import { DEFAULT_LABELS } from "../src/core/labels";

export interface HostileRow {
	shape: string;
	mb: number;
	/** Longest single step of parseNoteSteps (ms, wall clock). */
	longestStepMs: number;
	/** The same step's work in CPU time (ms): what the step costs when the machine is shared. */
	longestStepCpuMs: number;
	/** Longest main-thread slice of the live index indexing the note (ms), when measured. */
	liveSliceMs: number | null;
	/** `scan --json` of a folder holding the note and its hub, wall clock (ms). */
	scanMs: number;
	/** The same scan's CPU time (ms, user + system), start-up included; null where `sh` cannot tell. */
	scanCpuMs: number | null;
	questions: number;
}

export const HOSTILE_TARGET = { sliceMs: 50, scanMs: 5000 };

/** `liveSlice(files)` builds the live index on those files and gives its longest slice. */
export async function hostileShapes(opts: { mb?: number; shape?: string; liveSlice?: (files: Record<string, string>) => Promise<number>; onRow?: (r: HostileRow) => void } = {}): Promise<HostileRow[]> {
	const mb = opts.mb ?? 1;
	const rows: HostileRow[] = [];
	for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
		if (opts.shape && !shape.includes(opts.shape)) continue;
		const text = `[[hub]]\n\n${make(mb * 1_000_000)}`;
		let longest = 0;
		let longestCpu = 0;
		let questions = 0;
		const steps = parseNoteSteps("hostile.md", text, { labels: DEFAULT_LABELS, promptHeadings: true });
		for (;;) {
			const t = performance.now();
			const c = process.cpuUsage();
			const r = steps.next();
			const cpu = process.cpuUsage(c);
			longest = Math.max(longest, performance.now() - t);
			longestCpu = Math.max(longestCpu, (cpu.user + cpu.system) / 1000);
			if (r.done) {
				questions = r.value.questions.length;
				break;
			}
		}
		const liveSliceMs = opts.liveSlice ? await opts.liveSlice({ "hub.md": "# hub\n", "hostile.md": text }) : null;
		const dir = mkdtempSync(join(tmpdir(), "hostile-"));
		writeFileSync(join(dir, "hub.md"), "# hub\n");
		writeFileSync(join(dir, "hostile.md"), text);
		const t0 = performance.now();
		const scanCpuMs = timedScan([process.execPath, "--import", "tsx", "--import", "./shims/register.mjs", "src/cli/scan.ts", dir, "--hub", "hub", "--json"]);
		const scanMs = performance.now() - t0;
		rmSync(dir, { recursive: true, force: true });
		const row = { shape, mb, longestStepMs: round(longest), longestStepCpuMs: round(longestCpu), liveSliceMs: liveSliceMs === null ? null : round(liveSliceMs), scanMs: Math.round(scanMs), scanCpuMs: scanCpuMs === null ? null : Math.round(scanCpuMs), questions };
		rows.push(row);
		opts.onRow?.(row);
	}
	return rows;
}

export function printHostile(rows: readonly HostileRow[]): void {
	console.log(`hostile notes, ${rows[0]?.mb ?? 1} MB each: longest step / live-index slice (target ≤ ${HOSTILE_TARGET.sliceMs} ms), scan (target < ${HOSTILE_TARGET.scanMs / 1000} s); load average ${loadAverage()}`);
	console.table(rows.map((r) => ({ shape: r.shape, "longest step ms": r.longestStepMs, "longest step CPU ms": r.longestStepCpuMs, "live slice ms": r.liveSliceMs ?? "", "scan ms": r.scanMs, "scan CPU ms": r.scanCpuMs ?? "", ok: okRow(r) ? "ok" : "MISS" })));
}

/** One shape's figures as soon as they are known (the whole section takes minutes). */
export function printRowDone(r: HostileRow): void {
	const live = r.liveSliceMs === null ? "" : `, live slice ${r.liveSliceMs} ms`;
	console.log(`  ${r.shape}: step ${r.longestStepMs} ms (CPU ${r.longestStepCpuMs} ms)${live}, scan ${r.scanMs} ms (CPU ${r.scanCpuMs ?? "?"} ms); load ${loadAverage()}`);
}

export function okRow(r: HostileRow): boolean {
	return Math.max(r.longestStepMs, r.liveSliceMs ?? 0) <= HOSTILE_TARGET.sliceMs && r.scanMs < HOSTILE_TARGET.scanMs;
}

/** Runs the command (its output thrown away) and gives its CPU time in ms, as the shell's `times` counts it. */
function timedScan(command: string[]): number | null {
	try {
		const out = execFileSync("sh", ["-c", '"$@" >/dev/null && times', "sh", ...command], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
		// Second line: the children's user and system time, as "0m1.234s 0m0.056s".
		const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s\s*$/.exec(out.trim().split("\n").pop() ?? "");
		return m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : null;
	} catch {
		execFileSync(command[0], command.slice(1), { stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 28 });
		return null;
	}
}

/** The machine's 1-minute load average: the wall-clock figures stretch with it (the CPU figures much less). */
function loadAverage(): string {
	return loadavg()[0].toFixed(1);
}

function round(x: number): number {
	return Math.round(x * 10) / 10;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const arg = (name: string): string | undefined => {
		const i = process.argv.indexOf(name);
		return i > 0 ? process.argv[i + 1] : undefined;
	};
	const rows = await hostileShapes({
		mb: Number(arg("--mb") ?? 1),
		shape: arg("--shape"),
		onRow: printRowDone,
	});
	printHostile(rows);
}
