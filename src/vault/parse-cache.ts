// A persistent cache of parsed notes in the plugin's folder (not data.json, which syncs and is small).
// An entry is used only when path, modification time, size, parser version and parse options all match;
// a stale, unreadable or malformed cache is ignored, never trusted.
//
// Stored in shards (a note's path picks its shard), so no single read, parse, stringify or write holds
// the interface long, and an edit rewrites one small shard. A shard is a JSON head of numbers and the
// notes' text after it (shard-file.ts, cache-codec.ts): answer parts are offsets into the answer when
// they are pieces of it. A loaded entry is decoded only when asked for; its strings are then slices of
// the shard's text, shared with the index.
import type { DataAdapter } from "obsidian";
import { PARSER_VERSION } from "../core/parse/parse-note";
import { QUESTION_KEY_VERSION } from "../core/normalize";
import { keysOf } from "../core/index/question-index";
import type { ParsedNote, ParseOptions } from "../core/types";
import { decode, encode, isInt, type StoredEntry } from "./cache-codec";
import { PairsFile } from "./cache-pairs-file";
import { readShard, shardText, TailWriter, type Manifest, type TailSource } from "./shard-file";

export type CacheAdapter = Pick<DataAdapter, "exists" | "read" | "write" | "mkdir">;

/** Bump when the file layout changes (3: a shard's strings in a tail after its JSON head; 4: question keys; 5: no links). */
const CACHE_FORMAT = 5;

/** Notes per shard at most, about: ~30 notes of 10 KiB make a shard of a few hundred KB. */
const NOTES_PER_SHARD = 32;

interface Entry {
	m: number;
	s: number;
	/** Decoded (or set by the index): shares its strings with the index. */
	note: ParsedNote | null;
	/** As read from disk, until first asked for. */
	stored: unknown;
	/** The text the stored entry's strings are in. */
	src: TailSource | null;
}

/** Parse options as a string: a different one means every cached note must be parsed again. */
export function parseOptionsKey(opts: ParseOptions): string {
	return JSON.stringify({ p: opts.promptHeadings, l: opts.labels });
}

/** FNV-1a 32 of the path: which shard holds it. */
function shardOf(path: string, shards: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
	return (h >>> 0) % shards;
}

/** Enough shards for this many notes, a power of two (so a note keeps its shard while the vault grows a little). */
function shardsFor(notes: number): number {
	let n = 1;
	while (n * NOTES_PER_SHARD < notes) n *= 2;
	return n;
}

export class ParseCache {
	private entries = new Map<string, Entry>();
	private shards = 1;
	/** Shards to write; all of them when the shard count or the options changed. */
	private dirtyShards = new Set<number>();
	private rewriteAll = false;
	/** Cache use since load (hits, misses, entries rejected as malformed), for tests and the benchmark. */
	readonly stats = { hits: 0, misses: 0, rejected: 0 };
	private readonly pairs: PairsFile;

	constructor(
		private readonly adapter: CacheAdapter,
		/** The manifest; shards live in a folder beside it (`parse-cache.json` → `parse-cache/3.json`). */
		private readonly filePath: string,
		private optionsKey: string,
	) {
		this.pairs = new PairsFile(adapter, `${this.shardDir}/pairs.json`);
	}

	private get shardDir(): string {
		return this.filePath.replace(/\.json$/, "");
	}

	private shardPath(i: number): string {
		return `${this.shardDir}/${i}.json`;
	}

	/** The saved variant pairs, once (they are only needed to start the index). */
	takePairs(): unknown {
		return this.pairs.take();
	}

	/** The index's pairs to write with the next save (written only when they changed). */
	setPairs(pairs: unknown): void {
		this.pairs.set(pairs);
	}

	private matches(f: Partial<Manifest>): boolean {
		return f.format === CACHE_FORMAT && f.parser === PARSER_VERSION && f.keys === QUESTION_KEY_VERSION && f.options === this.optionsKey && isInt(f.shards) && f.shards > 0;
	}

	/**
	 * Reads the manifest and every shard; anything wrong with one means starting without it.
	 * `yieldToMain` is awaited between shards so no single task reads the whole cache.
	 */
	async load(yieldToMain?: () => Promise<void>): Promise<void> {
		this.entries.clear();
		let manifest: Partial<Manifest>;
		try {
			if (!(await this.adapter.exists(this.filePath))) return;
			manifest = JSON.parse(await this.adapter.read(this.filePath)) as Partial<Manifest>;
		} catch {
			return;
		}
		if (typeof manifest !== "object" || manifest === null || !this.matches(manifest)) return;
		this.shards = manifest.shards as number;
		for (let i = 0; i < this.shards; i++) {
			if (yieldToMain) await yieldToMain();
			let text: string;
			try {
				text = await this.adapter.read(this.shardPath(i));
			} catch {
				continue;
			}
			const shard = readShard(text);
			if (!shard) continue;
			const { head, source } = shard;
			if (!this.matches(head) || head.shards !== this.shards || head.index !== i) continue;
			if (typeof head.entries !== "object" || head.entries === null) continue;
			for (const [path, e] of Object.entries(head.entries)) {
				const entry = e as Partial<StoredEntry> | null;
				if (typeof entry !== "object" || entry === null || typeof entry.m !== "number" || typeof entry.s !== "number" || shardOf(path, this.shards) !== i) {
					this.stats.rejected++;
					continue;
				}
				this.entries.set(path, { m: entry.m, s: entry.s, note: null, stored: entry, src: source });
			}
		}
		await this.pairs.read((f) => this.matches(f));
	}

	/** A different parse setting: nothing cached is valid any more. */
	setOptionsKey(key: string): void {
		if (key === this.optionsKey) return;
		this.optionsKey = key;
		this.entries.clear();
		this.pairs.optionsChanged();
		this.rewriteAll = true;
	}

	get(path: string, mtime: number, size: number): ParsedNote | null {
		const e = this.entries.get(path);
		if (!e || e.m !== mtime || e.s !== size) {
			this.stats.misses++;
			return null;
		}
		if (!e.note) {
			e.note = e.src && decode(path, e.stored, e.src);
			e.stored = null;
			e.src = null;
			if (!e.note) {
				// Malformed: dropped, so it is parsed again and written anew.
				this.stats.rejected++;
				this.stats.misses++;
				this.delete(path);
				return null;
			}
		}
		this.stats.hits++;
		return e.note;
	}

	set(path: string, mtime: number, size: number, note: ParsedNote): void {
		this.entries.set(path, { m: mtime, s: size, note, stored: null, src: null });
		this.touch(path);
	}

	delete(path: string): void {
		if (this.entries.delete(path)) this.touch(path);
	}

	private touch(path: string): void {
		this.dirtyShards.add(shardOf(path, this.shards));
	}

	/** Keeps only these paths (notes that left the prep set need not be carried along). */
	retain(paths: Iterable<string>): void {
		const keep = new Set(paths);
		for (const p of [...this.entries.keys()]) if (!keep.has(p)) this.delete(p);
	}

	get size(): number {
		return this.entries.size;
	}

	private saving: Promise<boolean> | null = null;

	/**
	 * Writes the shards that changed, then the manifest; a failed write is not fatal (the cache is only
	 * a cache). `yieldToMain` is awaited between shards. Saves run one after another.
	 */
	async save(yieldToMain?: () => Promise<void>): Promise<boolean> {
		while (this.saving) await this.saving;
		const run = this.writeChanged(yieldToMain);
		this.saving = run;
		try {
			return await run;
		} finally {
			this.saving = null;
		}
	}

	private async writeChanged(yieldToMain?: () => Promise<void>): Promise<boolean> {
		const shards = shardsFor(this.entries.size);
		if (shards !== this.shards) {
			this.shards = shards;
			this.rewriteAll = true;
		}
		if (!this.rewriteAll && this.dirtyShards.size === 0 && !this.pairs.dirty) return false;
		const todo = this.rewriteAll ? Array.from({ length: shards }, (_, i) => i) : [...this.dirtyShards].filter((i) => i < shards);
		// Changes made while writing mark their shards again for the next save.
		this.rewriteAll = false;
		this.dirtyShards.clear();
		const head: Manifest = { format: CACHE_FORMAT, parser: PARSER_VERSION, keys: QUESTION_KEY_VERSION, options: this.optionsKey, shards };
		let done = 0;
		try {
			const dir = this.shardDir;
			if (!(await this.adapter.exists(dir))) await this.adapter.mkdir(dir);
			for (const i of todo) {
				if (yieldToMain) await yieldToMain();
				const entries: Record<string, StoredEntry> = {};
				const tail = new TailWriter();
				for (const [path, e] of this.entries) {
					if (shardOf(path, shards) !== i) continue;
					// An entry never asked for is copied from the text it was read from (a malformed one is left out).
					const note = e.note ?? (e.src && decode(path, e.stored, e.src));
					if (note) entries[path] = encode(note, e.m, e.s, tail, keysOf(note.questions));
				}
				await this.adapter.write(this.shardPath(i), shardText({ ...head, index: i, entries }, tail));
				done++;
			}
			if (this.pairs.dirty) await this.pairs.write(head, yieldToMain);
			await this.adapter.write(this.filePath, JSON.stringify(head));
			return true;
		} catch {
			if (shards !== this.shards) return false;
			for (const i of todo.slice(done)) this.dirtyShards.add(i);
			// The manifest may not have been written: all shards again next time.
			if (done === todo.length) this.rewriteAll = true;
			return false;
		}
	}
}
