// npm run bench -- --identity [dirs…]: the fast reader against remark (the reference) on whole
// vaults: every note of the bench vault, and of each folder given (the seeds, the corpus), must
// give the same questions, lines, topics, answers and parts with both readers. The fast side runs as
// the plugin runs it (DEFAULT_TUNING: a note of ordinary size read whole), remark in 4K pieces.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { DEFAULT_TUNING, parseNote } from "../src/core/parse/parse-note";
import { parseMarkdown } from "../src/core/parse/remark-reader";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { generateVault, DEFAULT_VAULT } from "./generate-vault";

const OPTS = { labels: DEFAULT_SETTINGS.labels, promptHeadings: DEFAULT_SETTINGS.promptHeadings };

/** Every .md and .txt note under `dir`, in path order. */
export function notesIn(dir: string): [string, string][] {
	const out: [string, string][] = [];
	const walk = (d: string): void => {
		for (const f of readdirSync(d).sort()) {
			const p = join(d, f);
			if (statSync(p).isDirectory()) walk(p);
			else if (/\.(md|txt)$/.test(f)) out.push([p, readFileSync(p, "utf8")]);
		}
	};
	walk(dir);
	return out;
}

/** Notes whose parse differs between the two readers, of all notes given. */
export function compareReaders(notes: readonly [string, string][]): { notes: number; differ: string[] } {
	const differ: string[] = [];
	for (const [path, text] of notes) {
		const fast = parseNote(path, text, OPTS, DEFAULT_TUNING);
		const reference = parseNote(path, text, OPTS, { chunkChars: 4096, reader: parseMarkdown });
		if (!isDeepStrictEqual(fast, reference)) differ.push(path);
	}
	return { notes: notes.length, differ };
}

export function readerIdentity(dirs: readonly string[]): void {
	const vault = [...generateVault(DEFAULT_VAULT)].filter(([p]) => p.startsWith("prep/") || p.startsWith("hubs/"));
	const sets: [string, [string, string][]][] = [["bench vault", vault], ...dirs.map((d): [string, [string, string][]] => [d, notesIn(d)])];
	for (const [name, notes] of sets) {
		const r = compareReaders(notes);
		console.log(`${r.differ.length ? "MISS" : "ok  "} fast reader = remark on ${name}: ${r.notes - r.differ.length} / ${r.notes} notes identical${r.differ.length ? `; differ: ${r.differ.slice(0, 5).join(", ")}` : ""}`);
	}
}
