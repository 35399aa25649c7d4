// The figures of issue 16 (a parser as fast as the peers'): parseNote's throughput against the
// read + line-scan lower bound and remark reading every piece (the reference), and the live
// index's time for one edit of a 500 KB note.
// `core` is the project's code as bench/bundled-core.ts bundles it (as main.js ships it).
import { makeApp } from "../tests/fake-obsidian/make-app";
import { benchIndexDeps } from "./index-deps";
import type { BenchCore } from "./bundled-core";
import type { Settings } from "../src/core/types";

const now = (): number => performance.now();

export interface ParseFigures {
	/** MB/s of parseNote (the default, fast reader) over every prep note. */
	parseMBs: number;
	/** MB/s of parseNote with remark reading every piece, over the first notes (it is slow). */
	referenceMBs: number;
	/** MB/s of the read + line scan. */
	lowerBoundMBs: number;
}

const MB = 2 ** 20;
const bytesOf = (texts: readonly string[]): number => texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/** Best of `repeat` timed runs of `fn`, in ms. */
function best(repeat: number, fn: () => void): number {
	let min = Infinity;
	for (let i = 0; i < repeat; i++) {
		const t = now();
		fn();
		min = Math.min(min, now() - t);
	}
	return min;
}

export function parseFigures({ parseNote, parseMarkdown }: BenchCore, texts: readonly string[], settings: Settings, lowerBoundMs: number, repeat: number): ParseFigures {
	const opts = { labels: settings.labels, promptHeadings: settings.promptHeadings };
	const all = bytesOf(texts) / MB;
	// The bench's earlier garbage is collected first (a full collection of it is not the parser's time;
	// the parser's own collections still fall in the timed runs), and the least of at least five runs.
	(globalThis as { gc?: () => void }).gc?.();
	const fast = best(Math.max(repeat, 5), () => {
		for (const t of texts) parseNote("n.md", t, opts);
	});
	const some = texts.slice(0, 50);
	const reference = best(1, () => {
		for (const t of some) parseNote("n.md", t, opts, { chunkChars: 4096, reader: parseMarkdown });
	});
	return { parseMBs: all / (fast / 1000), referenceMBs: bytesOf(some) / MB / (reference / 1000), lowerBoundMBs: all / (lowerBoundMs / 1000) };
}

/**
 * One edit of a ~500 KB prep note (prep notes joined) in a vault that holds it and the hubs:
 * ms from Obsidian's 'changed' event to the index holding the edit, best of `repeat`.
 */
export async function bigNoteEdit({ LiveIndex }: BenchCore, files: ReadonlyMap<string, string>, settings: Settings, repeat: number): Promise<{ ms: number; kb: number }> {
	const parts: string[] = [];
	let size = 0;
	for (const [p, t] of files) {
		if (!p.startsWith("prep/")) continue;
		parts.push(t);
		size += Buffer.byteLength(t);
		if (size >= 500 * 1024) break;
	}
	const big = parts.join("\n\n");
	const vault: Record<string, string> = { "prep/big.md": big };
	for (const [p, t] of files) if (p.startsWith("hubs/")) vault[p] = t;
	const app = makeApp({ files: vault, layoutReady: true });
	const deps = benchIndexDeps(app, () => settings, now, { notifyMs: 0 });
	let changedAt = 0;
	app.metadataCache.on("changed", () => {
		changedAt = now();
	});
	const index = new LiveIndex(deps);
	await index.start();
	const file = app.vault.getFileByPath("prep/big.md");
	if (!file) throw new Error("no big note");
	let min = Infinity;
	for (let i = 1; i <= repeat; i++) {
		await app.vault.modify(file, `${big}\n## 新问题 ${i}：如何复盘一次失败的项目？\n\n> 我会先列出时间线。\n`);
		await index.whenIdle();
		const ms = now() - changedAt;
		if (!index.getIndex().questions.some((q) => q.text.includes(`新问题 ${i}`))) throw new Error("the edit of the big note did not reach the index");
		min = Math.min(min, ms);
	}
	await index.stop();
	return { ms: min, kb: Buffer.byteLength(big) / 1024 };
}
