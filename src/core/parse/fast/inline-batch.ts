// The paragraphs and headings the simple reader leaves to remark are read in batches: many short
// strings, blank lines between them, in one call (a call to remark costs far more to set up than
// a short string costs to read). Each string reads as one paragraph or heading on its own, so a
// batch reads as the strings one by one; one that does not is read alone.
import type { PhrasingContent, RootContent } from "mdast";
import { parseMarkdown } from "../markdown";
import { type Definitions, definitionsFor, readBlocks, shiftLines } from "./fast-inline";

export interface InlineJob {
	/** What remark reads: one paragraph, ATX heading, or setext heading with its underline. */
	source: string;
	/** Lines of `source`. */
	lines: number;
	/** Note line of its first line. */
	line: number;
	/** Its inline nodes, when read. */
	done: (children: PhrasingContent[]) => void;
}

/** Characters per remark call (remark slows down on long inputs). */
const BATCH_CHARS = 8192;

/** Reads every job, in batches. */
export function runInlineJobs(jobs: readonly InlineJob[], defs: Definitions): void {
	for (let from = 0; from < jobs.length; ) {
		let to = from;
		let size = 0;
		while (to < jobs.length && (to === from || size + jobs[to].source.length < BATCH_CHARS)) size += jobs[to++].source.length + 2;
		runBatch(jobs.slice(from, to), defs);
		from = to;
	}
}

function runBatch(jobs: readonly InlineJob[], defs: Definitions): void {
	const starts: number[] = [];
	let line = 1;
	for (const j of jobs) {
		starts.push(line);
		line += j.lines + 1;
	}
	const text = jobs.map((j) => j.source).join("\n\n");
	const blocks = parseMarkdown(text + definitionsFor(text, defs)).children;
	let k = 0;
	jobs.forEach((j, i) => {
		const first = starts[i];
		const last = first + j.lines - 1;
		while (k < blocks.length && startOf(blocks[k]) < first) k++;
		const b = blocks[k];
		const next = blocks[k + 1];
		const alone = b && startOf(b) === first && (b.type === "paragraph" || b.type === "heading") && (!next || startOf(next) > last);
		if (alone) {
			k++;
			shiftLines(b, j.line - first);
			j.done(b.children);
			return;
		}
		// Not one block on its own lines: read it alone.
		const own = readBlocks(j.source, j.lines, j.line, defs, "")[0];
		j.done(own && (own.type === "paragraph" || own.type === "heading") ? own.children : []);
	});
}

function startOf(b: RootContent): number {
	return b.position?.start.line ?? 0;
}
