// A persistent cache of parsed notes in the plugin's folder (not data.json, which syncs and is small).
// An entry is used only when path, modification time, size, parser version and parse options all match;
// a stale, unreadable or malformed cache is ignored, never trusted.
//
// Stored in shards (a note's path picks its shard), so no single read, parse, stringify or write holds
// the interface long, and an edit rewrites one small shard. Entries are compact: questions as arrays,
// answer parts as offsets into the answer when they are pieces of it. A loaded entry is decoded only
// when asked for, and then shares its strings with the index.
import type { DataAdapter } from "obsidian";
import { PARSER_VERSION } from "../core/parse/parse-note";
import type { AnswerParts, ExtractedQuestion, ParsedNote, ParseOptions, QuestionForm } from "../core/types";

export type CacheAdapter = Pick<DataAdapter, "exists" | "read" | "write" | "mkdir">;

/** Bump when the file layout changes. */
const CACHE_FORMAT = 2;

/** Notes per shard at most, about: ~30 notes of 10 KiB make a shard of a few hundred KB. */
const NOTES_PER_SHARD = 32;

/**
 * A question as stored: [text, form, line, endLine, answerStart, answerEnd, topic, answerMarkdown,
 * answered (0/1), hint, answer, context, star bits]. answerStart/End are 0 when there is no answer
 * range; a part is a string, or [offset, length] into answerMarkdown.
 */
type StoredPart = string | [number, number];
type StoredQuestion = [string, string, number, number, number, number, string[], string, number, StoredPart, StoredPart, StoredPart, number];

interface StoredEntry {
	m: number;
	s: number;
	q: StoredQuestion[];
	l: string[];
	w: string[];
}

interface Manifest {
	format: number;
	parser: number;
	options: string;
	shards: number;
}

interface ShardFile extends Manifest {
	index: number;
	entries: Record<string, StoredEntry>;
}

interface Entry {
	m: number;
	s: number;
	/** Decoded (or set by the index): shares its strings with the index. */
	note: ParsedNote | null;
	/** As read from disk, until first asked for. */
	stored: unknown;
}

const FORMS: readonly QuestionForm[] = ["heading", "prompt", "bold", "list", "qa", "callout"];
const PART_KEYS: readonly (keyof AnswerParts)[] = ["hint", "answer", "context"];
const STAR_BITS = ["situation", "task", "action", "result"] as const;

type Star = ExtractedQuestion["star"];

/** The 16 possible STAR flag sets, shared by every question (frozen: nothing writes them). */
const STARS: readonly Star[] = Array.from({ length: 16 }, (_, b) =>
	Object.freeze({ situation: (b & 1) !== 0, task: (b & 2) !== 0, action: (b & 4) !== 0, result: (b & 8) !== 0 }),
);

function starBits(star: Star): number {
	let bits = 0;
	STAR_BITS.forEach((k, i) => {
		if (star[k]) bits |= 1 << i;
	});
	return bits;
}

/** Parse options as a string: a different one means every cached note must be parsed again. */
export function parseOptionsKey(opts: ParseOptions): string {
	return JSON.stringify({ p: opts.promptHeadings, l: opts.labels });
}

/**
 * Makes each answer part that is a piece of the answer's markdown a slice of that string, so the
 * text is held once (the parser's parts are cut from a copy of the answer with comments masked).
 * Readers see the same strings. STAR flags become one of 16 shared objects, equal topic paths one array.
 */
export function shareAnswerText(note: ParsedNote): ParsedNote {
	for (const q of note.questions) {
		q.star = STARS[starBits(q.star)];
		const md = q.answerMarkdown;
		for (const k of PART_KEYS) {
			const part = q.parts[k];
			if (!part) continue;
			const at = md.indexOf(part);
			if (at >= 0) q.parts[k] = md.slice(at, at + part.length);
		}
	}
	return shareShapes(note);
}

/** No hint, answer or context: one shared (frozen) object for all such questions. */
const NO_PARTS: AnswerParts = Object.freeze({ hint: "", answer: "", context: "" });

/**
 * Questions under one heading path share one topic array, and questions with no parts one parts
 * object: tens of thousands of small objects fewer in a big vault.
 */
function shareShapes(note: ParsedNote): ParsedNote {
	const topics = new Map<string, string[]>();
	for (const q of note.questions) {
		const path = q.topic.join("\n");
		const shared = topics.get(path);
		if (shared) q.topic = shared;
		else topics.set(path, q.topic);
		if (!q.parts.hint && !q.parts.answer && !q.parts.context) q.parts = NO_PARTS;
	}
	return note;
}

function storePart(md: string, part: string): StoredPart {
	if (!part) return "";
	const at = md.indexOf(part);
	return at >= 0 ? [at, part.length] : part;
}

function encode(note: ParsedNote, m: number, s: number): StoredEntry {
	const q = note.questions.map((x): StoredQuestion => {
		const star = starBits(x.star);
		const md = x.answerMarkdown;
		return [
			x.text, x.form, x.line, x.endLine, x.answerLines?.start ?? 0, x.answerLines?.end ?? 0, x.topic, md, x.answered ? 1 : 0,
			storePart(md, x.parts.hint), storePart(md, x.parts.answer), storePart(md, x.parts.context), star,
		];
	});
	return { m, s, q, l: note.links, w: note.warnings };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function readPart(md: string, v: unknown): string | null {
	if (typeof v === "string") return v;
	if (!Array.isArray(v) || v.length !== 2 || !isInt(v[0]) || !isInt(v[1]) || v[0] + v[1] > md.length) return null;
	return md.slice(v[0], v[0] + v[1]);
}

function decodeQuestion(v: unknown): ExtractedQuestion | null {
	if (!Array.isArray(v) || v.length !== 13) return null;
	const [text, form, line, endLine, start, end, topic, md, answered, hint, answer, context, star] = v as unknown[];
	if (typeof text !== "string" || !FORMS.includes(form as QuestionForm) || !isInt(line) || !isInt(endLine) || !isInt(start) || !isInt(end)) return null;
	if (!isStringArray(topic) || typeof md !== "string" || (answered !== 0 && answered !== 1) || !isInt(star)) return null;
	const parts = { hint: readPart(md, hint), answer: readPart(md, answer), context: readPart(md, context) };
	if (parts.hint === null || parts.answer === null || parts.context === null) return null;
	return {
		text, form: form as QuestionForm, line, endLine,
		answerLines: start > 0 ? { start, end } : null,
		topic, answerMarkdown: md, answered: answered === 1,
		parts: parts as AnswerParts,
		star: STARS[star & 15],
	};
}

function decode(path: string, v: unknown): ParsedNote | null {
	if (typeof v !== "object" || v === null) return null;
	const e = v as Record<string, unknown>;
	if (!Array.isArray(e.q) || !isStringArray(e.l) || !isStringArray(e.w)) return null;
	const questions: ExtractedQuestion[] = [];
	for (const x of e.q) {
		const q = decodeQuestion(x);
		if (!q) return null;
		questions.push(q);
	}
	return shareShapes({ path, questions, links: e.l, warnings: e.w });
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
	/** The index's variant pairs as loaded (the index checks them), and as last written. */
	private pairs: unknown = null;
	private pairsText = "";
	private pairsDirty = false;

	constructor(
		private readonly adapter: CacheAdapter,
		/** The manifest; shards live in a folder beside it (`parse-cache.json` → `parse-cache/3.json`). */
		private readonly filePath: string,
		private optionsKey: string,
	) {}

	private get shardDir(): string {
		return this.filePath.replace(/\.json$/, "");
	}

	private shardPath(i: number): string {
		return `${this.shardDir}/${i}.json`;
	}

	private get pairsPath(): string {
		return `${this.shardDir}/pairs.json`;
	}

	/** The saved variant pairs, once (they are only needed to start the index). */
	takePairs(): unknown {
		const p = this.pairs;
		this.pairs = null;
		return p;
	}

	/** The index's pairs to write with the next save (written only when they changed). */
	setPairs(pairs: unknown): void {
		const text = JSON.stringify(pairs);
		if (text === this.pairsText) return;
		this.pairsText = text;
		this.pairsDirty = true;
	}

	private matches(f: Partial<Manifest>): boolean {
		return f.format === CACHE_FORMAT && f.parser === PARSER_VERSION && f.options === this.optionsKey && isInt(f.shards) && f.shards > 0;
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
			let shard: Partial<ShardFile>;
			try {
				shard = JSON.parse(await this.adapter.read(this.shardPath(i))) as Partial<ShardFile>;
			} catch {
				continue;
			}
			if (typeof shard !== "object" || shard === null || !this.matches(shard) || shard.shards !== this.shards || shard.index !== i) continue;
			if (typeof shard.entries !== "object" || shard.entries === null) continue;
			for (const [path, e] of Object.entries(shard.entries)) {
				const entry = e as Partial<StoredEntry> | null;
				if (typeof entry !== "object" || entry === null || typeof entry.m !== "number" || typeof entry.s !== "number" || shardOf(path, this.shards) !== i) {
					this.stats.rejected++;
					continue;
				}
				this.entries.set(path, { m: entry.m, s: entry.s, note: null, stored: entry });
			}
		}
		try {
			const text = await this.adapter.read(this.pairsPath);
			const file = JSON.parse(text) as Partial<Manifest> & { pairs?: unknown };
			if (typeof file === "object" && file !== null && this.matches(file)) {
				this.pairs = file.pairs ?? null;
				this.pairsText = JSON.stringify(this.pairs);
			}
		} catch {
			// No pairs saved (or unreadable): the index matches its keys itself.
		}
	}

	/** A different parse setting: nothing cached is valid any more. */
	setOptionsKey(key: string): void {
		if (key === this.optionsKey) return;
		this.optionsKey = key;
		this.entries.clear();
		this.pairs = null;
		// The pairs file carries the options too: write it again under the new ones.
		this.pairsText = "";
		this.rewriteAll = true;
	}

	get(path: string, mtime: number, size: number): ParsedNote | null {
		const e = this.entries.get(path);
		if (!e || e.m !== mtime || e.s !== size) {
			this.stats.misses++;
			return null;
		}
		if (!e.note) {
			e.note = decode(path, e.stored);
			e.stored = null;
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
		this.entries.set(path, { m: mtime, s: size, note, stored: null });
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
		if (!this.rewriteAll && this.dirtyShards.size === 0 && !this.pairsDirty) return false;
		const todo = this.rewriteAll ? Array.from({ length: shards }, (_, i) => i) : [...this.dirtyShards].filter((i) => i < shards);
		// Changes made while writing mark their shards again for the next save.
		this.rewriteAll = false;
		this.dirtyShards.clear();
		const head: Manifest = { format: CACHE_FORMAT, parser: PARSER_VERSION, options: this.optionsKey, shards };
		let done = 0;
		try {
			const dir = this.shardDir;
			if (!(await this.adapter.exists(dir))) await this.adapter.mkdir(dir);
			for (const i of todo) {
				if (yieldToMain) await yieldToMain();
				const entries: Record<string, unknown> = {};
				for (const [path, e] of this.entries) if (shardOf(path, shards) === i) entries[path] = e.note ? encode(e.note, e.m, e.s) : e.stored;
				await this.adapter.write(this.shardPath(i), JSON.stringify({ ...head, index: i, entries }));
				done++;
			}
			if (this.pairsDirty) {
				const pairs = this.pairsText;
				if (yieldToMain) await yieldToMain();
				await this.adapter.write(this.pairsPath, `{"format":${head.format},"parser":${head.parser},"options":${JSON.stringify(head.options)},"shards":${head.shards},"pairs":${pairs}}`);
				// Pairs set while writing are written next time.
				if (this.pairsText === pairs) this.pairsDirty = false;
			}
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
