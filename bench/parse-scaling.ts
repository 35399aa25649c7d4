// How parseNote's time grows with one note's size (issues 3 and 8): seed-shaped sections under a
// `# title` from 0.25 to 4 MB, a 1 MB single line and paragraphs only. Linear means msPerMB stays
// flat. Bare remark (what parseNote used to hand the whole note to) is timed on the small ones only:
// it grows faster than the note and takes many seconds on 4 MB.
// Run alone: npx tsx --import ./shims/register.mjs bench/parse-scaling.ts   (bench/run.ts calls parseScaling()).
import { pathToFileURL } from "node:url";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { generateVault } from "./generate-vault";
import * as source from "../src/core/parse/parse-note";
import { BUNDLED_AS, loadBundledCore, type BenchCore } from "./bundled-core";
import { DEFAULT_LABELS } from "../src/core/labels";
import type { ParseOptions } from "../src/core/types";

export interface ParseScalingRow {
	/** What the note is made of. */
	shape: "sections" | "one line" | "paragraphs";
	/** Size in MB of UTF-8 (1 MB = 1,000,000 bytes). */
	mb: number;
	chars: number;
	questions: number;
	/** Best of `repeat` runs of parseNote (more for notes under 1 MB: `repeat` / MB, at most 4 × `repeat`). */
	parseMs: number;
	msPerMB: number;
	/** Longest single step of parseNoteSteps (what the live index's interface would wait for), least of `repeat` runs. */
	longestStepMs: number;
	/** Bare unified().use(remarkParse).parse of the whole note; only on notes up to `bareUpToMB`. */
	bareRemarkMs?: number;
	bareMsPerMB?: number;
}

export interface ParseScalingResult {
	sizes: number[];
	repeat: number;
	rows: ParseScalingRow[];
}

export interface ParseScalingOptions {
	sizes?: number[];
	repeat?: number;
	bareUpToMB?: number;
	/** The parser timed: bench/run.ts passes main.js's (bench/bundled-core.ts); the TypeScript source by default. */
	core?: Pick<BenchCore, "parseNote" | "parseNoteSteps">;
	/** Called after each row (progress). */
	onRow?: (row: ParseScalingRow) => void;
}

const OPTS: ParseOptions = { labels: DEFAULT_LABELS, promptHeadings: true };
const MB = 1_000_000;
const enc = new TextEncoder();
const bytes = (s: string): number => enc.encode(s).length;

/** Text made of `unit()` pieces until it reaches `mb` of UTF-8. */
function grow(mb: number, head: string, unit: (i: number) => string): string {
	const out = [head];
	let size = bytes(head);
	for (let i = 0; size < mb * MB; i++) {
		const u = unit(i);
		out.push(u);
		size += bytes(u);
	}
	return out.join("");
}

/** Bodies of synthetic prep notes (the seeds' shapes: heading, bold, list and Q/A questions), links and rule dropped. */
function seedSections(): string[] {
	const vault = generateVault({ notes: 130, prepNotes: 120, hubs: ["面试-面试官角度准备", "Interview hub"], avgBytes: 10 * 1024, seed: 8 });
	return [...vault].filter(([p]) => p.startsWith("prep/")).map(([, s]) => s.split("\n").slice(5).join("\n") + "\n");
}

function best(repeat: number, fn: () => void): number {
	let min = Infinity;
	for (let i = 0; i < repeat; i++) {
		const t = performance.now();
		fn();
		min = Math.min(min, performance.now() - t);
	}
	return min;
}

function longestStep(parseNoteSteps: BenchCore["parseNoteSteps"], text: string): number {
	const steps = parseNoteSteps("big.md", text, OPTS);
	let longest = 0;
	for (;;) {
		const t = performance.now();
		const r = steps.next();
		longest = Math.max(longest, performance.now() - t);
		if (r.done) return longest;
	}
}

export async function parseScaling(options: ParseScalingOptions = {}): Promise<ParseScalingResult> {
	const sizes = options.sizes ?? [0.25, 0.5, 1, 2, 4];
	const repeat = options.repeat ?? 3;
	const bareUpTo = options.bareUpToMB ?? 0.5;
	const { parseNote, parseNoteSteps } = options.core ?? source;
	const bare = unified().use(remarkParse).freeze();
	const sections = seedSections();
	const para = "在陕西开放大学项目中，我们需要给三十多个老师做培训。首先我把操作手册写得尽量简单。At my last company we migrated a billing system.\n\n";
	const notes: { shape: ParseScalingRow["shape"]; mb: number; text: string }[] = [
		...sizes.map((mb) => ({ shape: "sections" as const, mb, text: grow(mb, "# 面试准备\n\n", (i) => sections[i % sections.length]) })),
		{ shape: "one line", mb: 1, text: `## 这一行是什么？\n\n${grow(1, "", (i) => (i % 2 ? "中文句子没有换行，" : "a long line without breaks "))}\n` },
		{ shape: "paragraphs", mb: 1, text: grow(1, "", () => para) },
	];
	const rows: ParseScalingRow[] = [];
	for (const n of notes) {
		await new Promise((r) => setTimeout(r, 0));
		// Garbage left by what ran before (the bench's vault and indexes) is collected first, so no full
		// collection of it lands in this note's few milliseconds; small notes are timed more often (the
		// least of two 40 ms runs read 2× too high in some runs), about as long in all as a 1 MB one.
		(globalThis as { gc?: () => void }).gc?.();
		const runs = Math.max(repeat, Math.min(4 * repeat, Math.ceil(repeat / n.mb)));
		let questions = 0;
		const parseMs = best(runs, () => {
			questions = parseNote("big.md", n.text, OPTS).questions.length;
		});
		const row: ParseScalingRow = {
			shape: n.shape, mb: n.mb, chars: n.text.length, questions,
			parseMs: round(parseMs), msPerMB: round(parseMs / n.mb), longestStepMs: round(Math.min(...Array.from({ length: runs }, () => longestStep(parseNoteSteps, n.text)))),
		};
		if (n.mb <= bareUpTo) {
			const ms = best(repeat, () => bare.parse(n.text));
			row.bareRemarkMs = round(ms);
			row.bareMsPerMB = round(ms / n.mb);
		}
		rows.push(row);
		options.onRow?.(row);
	}
	return { sizes, repeat, rows };
}

function round(x: number): number {
	return Math.round(x * 10) / 10;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const core = await loadBundledCore();
	console.log(`parseNote ${BUNDLED_AS}`);
	console.log("shape        MB    chars      q   parseNote ms  ms/MB   longest step ms   bare remark ms  ms/MB");
	await parseScaling({
		core,
		onRow: (r) =>
			console.log(
				`${r.shape.padEnd(11)} ${String(r.mb).padStart(4)} ${String(r.chars).padStart(8)} ${String(r.questions).padStart(6)} ${String(r.parseMs).padStart(13)} ${String(r.msPerMB).padStart(6)} ${String(r.longestStepMs).padStart(17)} ${String(r.bareRemarkMs ?? "-").padStart(16)} ${String(r.bareMsPerMB ?? "-").padStart(6)}`,
			),
	});
}
