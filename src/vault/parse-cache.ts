// A persistent cache of parsed notes in the plugin's folder (not data.json, which syncs and is small).
// An entry is used only when path, modification time, size, parser version and parse options all match;
// a stale, unreadable or malformed cache is ignored, never trusted.
import type { DataAdapter } from "obsidian";
import { PARSER_VERSION } from "../core/parse/parse-note";
import type { ExtractedQuestion, ParsedNote, ParseOptions } from "../core/types";

export type CacheAdapter = Pick<DataAdapter, "exists" | "read" | "write" | "mkdir">;

/** Bump when the file layout changes. */
const CACHE_FORMAT = 1;

interface Entry {
	m: number;
	s: number;
	q: ExtractedQuestion[];
	l: string[];
	w: string[];
}

interface CacheFile {
	format: number;
	parser: number;
	options: string;
	entries: Record<string, Entry>;
}

/** Parse options as a string: a different one means every cached note must be parsed again. */
export function parseOptionsKey(opts: ParseOptions): string {
	return JSON.stringify({ p: opts.promptHeadings, l: opts.labels });
}

function isStringArray(v: unknown): v is string[] {
	return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function isQuestion(v: unknown): v is ExtractedQuestion {
	if (typeof v !== "object" || v === null) return false;
	const q = v as Record<string, unknown>;
	const parts = q.parts as Record<string, unknown> | undefined;
	return (
		typeof q.text === "string" &&
		typeof q.form === "string" &&
		typeof q.line === "number" &&
		typeof q.endLine === "number" &&
		isStringArray(q.topic) &&
		typeof q.answerMarkdown === "string" &&
		typeof q.answered === "boolean" &&
		typeof parts === "object" &&
		parts !== null &&
		typeof parts.hint === "string" &&
		typeof parts.answer === "string" &&
		typeof parts.context === "string" &&
		typeof q.star === "object" &&
		q.star !== null
	);
}

function isEntry(v: unknown): v is Entry {
	if (typeof v !== "object" || v === null) return false;
	const e = v as Record<string, unknown>;
	return typeof e.m === "number" && typeof e.s === "number" && Array.isArray(e.q) && e.q.every(isQuestion) && isStringArray(e.l) && isStringArray(e.w);
}

export class ParseCache {
	private entries = new Map<string, Entry>();
	private dirty = false;
	/** Cache use since load (hits, misses, entries rejected as malformed), for tests and the benchmark. */
	readonly stats = { hits: 0, misses: 0, rejected: 0 };

	constructor(
		private readonly adapter: CacheAdapter,
		private readonly filePath: string,
		private optionsKey: string,
	) {}

	/** Reads the cache file; anything wrong with it means starting empty. */
	async load(): Promise<void> {
		this.entries.clear();
		let raw: unknown;
		try {
			if (!(await this.adapter.exists(this.filePath))) return;
			raw = JSON.parse(await this.adapter.read(this.filePath));
		} catch {
			return;
		}
		if (typeof raw !== "object" || raw === null) return;
		const file = raw as Partial<CacheFile>;
		if (file.format !== CACHE_FORMAT || file.parser !== PARSER_VERSION || file.options !== this.optionsKey) return;
		if (typeof file.entries !== "object" || file.entries === null) return;
		for (const [path, entry] of Object.entries(file.entries)) {
			if (isEntry(entry)) this.entries.set(path, entry);
			else this.stats.rejected++;
		}
	}

	/** A different parse setting: nothing cached is valid any more. */
	setOptionsKey(key: string): void {
		if (key === this.optionsKey) return;
		this.optionsKey = key;
		this.entries.clear();
		this.dirty = true;
	}

	get(path: string, mtime: number, size: number): ParsedNote | null {
		const e = this.entries.get(path);
		if (!e || e.m !== mtime || e.s !== size) {
			this.stats.misses++;
			return null;
		}
		this.stats.hits++;
		return { path, questions: e.q, links: e.l, warnings: e.w };
	}

	set(path: string, mtime: number, size: number, note: ParsedNote): void {
		this.entries.set(path, { m: mtime, s: size, q: note.questions, l: note.links, w: note.warnings });
		this.dirty = true;
	}

	delete(path: string): void {
		if (this.entries.delete(path)) this.dirty = true;
	}

	/** Keeps only these paths (notes that left the prep set need not be carried along). */
	retain(paths: Iterable<string>): void {
		const keep = new Set(paths);
		for (const p of [...this.entries.keys()]) if (!keep.has(p)) this.delete(p);
	}

	get size(): number {
		return this.entries.size;
	}

	/** Writes the file when something changed; a failed write is not fatal (the cache is only a cache). */
	async save(): Promise<boolean> {
		if (!this.dirty) return false;
		const file: CacheFile = { format: CACHE_FORMAT, parser: PARSER_VERSION, options: this.optionsKey, entries: Object.fromEntries(this.entries) };
		try {
			const dir = this.filePath.slice(0, this.filePath.lastIndexOf("/"));
			if (dir && !(await this.adapter.exists(dir))) await this.adapter.mkdir(dir);
			await this.adapter.write(this.filePath, JSON.stringify(file));
			this.dirty = false;
			return true;
		} catch {
			return false;
		}
	}
}
