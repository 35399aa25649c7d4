// The question index inside Obsidian: cold → building → ready. Built after the layout is ready, then kept
// up to date: an edit re-parses only that note; rename, delete, create and link changes update the prep set.
// Work is sliced (yielding to the interface every few milliseconds) and the hubs' closest notes go first,
// so the quiz can show a card before the whole set is parsed. No syntax trees are kept.
import type { EventRef, MetadataCache, TAbstractFile, TFile, Vault } from "obsidian";
import { parseNoteSteps } from "../core/parse/parse-note";
import type { PrepSet } from "../core/prep-set";
import { IndexBuilder } from "../core/question-index";
import { withoutNotQuestions } from "../core/not-questions";
import type { IndexStatus } from "../core/index-status";
import type { ParsedNote, ParseOptions, QuestionIndex, Settings } from "../core/types";
import { linkSignature, livePrepSet, type GraphSource } from "./link-graph";
import { parseOptionsKey, shareAnswerText, type ParseCache } from "./parse-cache";

export interface Timers {
	set(fn: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export interface LiveIndexDeps {
	vault: Pick<Vault, "cachedRead" | "getFileByPath" | "getMarkdownFiles" | "on">;
	metadataCache: Pick<MetadataCache, "resolvedLinks" | "unresolvedLinks" | "getFileCache" | "on">;
	/** The plugin's registerEvent, so listeners go away with the plugin. */
	registerEvent(ref: EventRef): void;
	getSettings(): Settings;
	/**
	 * The vault's template folders (Templates, Templater): their notes are never prep notes. Read before
	 * each recomputation of the prep set, so a folder chosen in Obsidian's settings counts at the next change.
	 */
	templateFolders?: () => Promise<readonly string[]>;
	cache?: ParseCache | null;
	/** Injected for tests (counting parses); the core's parseNote by default. */
	parse?: (path: string, text: string, opts: ParseOptions) => ParsedNote;
	/** Monotonic milliseconds, for the time budget of a slice. */
	clock: () => number;
	/** Give the interface a turn (a macrotask). */
	yieldToMain: () => Promise<void>;
	timers: Timers;
	/** Longest stretch of parsing before yielding (default 12 ms, well under the 50 ms a frame can bear). */
	sliceMs?: number;
	/** Quiet time before views are told (default 300 ms). */
	notifyMs?: number;
	/** Quiet time before the parse cache is written after edits (default 5 s). */
	saveCacheMs?: number;
}

/** While building, the index is rebuilt for the views at most this often (buildIndex is not free). */
const PARTIAL_INDEX_EVERY_MS = 300;

/** What the views show about the hubs (found, missing), as one string. */
function hubsSay(set: PrepSet): string {
	return JSON.stringify([set.hubPaths, set.missingHubs]);
}

export class LiveIndex {
	private state: IndexStatus["state"] = "cold";
	private revision = 0;
	private set: PrepSet | null = null;
	private members = new Set<string>();
	private templateFolders: readonly string[] = [];
	private readonly notes = new Map<string, ParsedNote>();
	/** Paths to parse, in order; a value is the note's text when an event already gave it. */
	private queue = new Map<string, string | undefined>();
	private graphDirty = false;
	private readonly linkCheck = new Set<string>();
	private readonly signatures = new Map<string, string>();
	/** Keeps keys and variant pairs between builds, so a rebuild after one edit is cheap. */
	private readonly builder = new IndexBuilder();
	private index: QuestionIndex = this.builder.build([]);
	private indexDirty = false;
	private lastIndexAt = Number.NEGATIVE_INFINITY;
	/**
	 * A note was parsed since the start (not all came from the cache): only then are partial indexes made
	 * while building. A warm start is over in a blink and builds once, at the end, with the saved pairs.
	 */
	private parsedInBuild = false;
	/** The builder's keys revision whose pairs went to the cache last. */
	private pairsOffered = -1;
	private running: Promise<void> | null = null;
	private pending = false;
	private optionsKey = "";
	private readonly listeners = new Set<() => void>();
	private notifyTimer: unknown = null;
	private saveTimer: unknown = null;
	private structureTimer: unknown = null;
	private stopped = false;
	/** When the current main-thread slice began (work yields once it has run sliceMs). */
	private sliceStart = 0;

	constructor(private readonly deps: LiveIndexDeps) {}

	/** Gives the interface a turn when this slice has used its time. */
	private async pace(): Promise<void> {
		const { clock, sliceMs = 12 } = this.deps;
		if (clock() - this.sliceStart < sliceMs) return;
		await this.deps.yieldToMain();
		this.sliceStart = clock();
	}

	/** One note parsed in steps (a big note in pieces), yielding between them when the slice is used up. */
	private async parseNote(path: string, text: string): Promise<ParsedNote> {
		if (this.deps.parse) return this.deps.parse(path, text, this.parseOptions());
		return this.paced(parseNoteSteps(path, text, this.parseOptions()));
	}

	/** Runs stepped work, giving the interface a turn between steps whenever the slice is used up. */
	private async paced<T>(steps: Generator<void, T, void>): Promise<T> {
		for (;;) {
			const r = steps.next();
			if (r.done) return r.value;
			await this.pace();
		}
	}

	getIndex(): QuestionIndex {
		return this.index;
	}
	getPrepSet(): PrepSet | null {
		return this.set;
	}
	getStatus(): IndexStatus {
		let done = 0;
		for (const p of this.members) if (this.notes.has(p)) done++;
		return { state: this.state, done, total: this.members.size, revision: this.revision };
	}
	/** Parsed notes in the prep set (for coverage per note and the benchmark). */
	getNotes(): ParsedNote[] {
		return (this.set?.paths ?? []).flatMap((p) => this.notes.get(p) ?? []);
	}
	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Start: call from onLayoutReady (never in onload, so start-up stays fast). */
	start(): Promise<void> {
		if (this.state !== "cold") return this.whenIdle();
		this.state = "building";
		this.optionsKey = parseOptionsKey(this.parseOptions());
		this.deps.cache?.setOptionsKey(this.optionsKey);
		this.subscribe();
		this.graphDirty = true;
		const cache = this.deps.cache;
		if (!cache) return this.kick();
		// Reading the cache is index work too: here, after the layout is ready, a shard per slice.
		this.running = cache
			.load(this.deps.yieldToMain)
			.then(() => this.importPairs(cache.takePairs()))
			.then(() => this.run())
			.finally(() => {
				this.running = null;
			});
		return this.running;
	}

	/** Settings changed: a new prep set, and a fresh parse of everything if the parse options changed. */
	settingsChanged(): Promise<void> {
		if (this.state === "cold") return Promise.resolve();
		const key = parseOptionsKey(this.parseOptions());
		if (key !== this.optionsKey) {
			this.optionsKey = key;
			this.deps.cache?.setOptionsKey(key);
			this.pairsOffered = -1;
			this.notes.clear();
			this.queue.clear();
			this.state = "building";
		}
		this.graphDirty = true;
		// The hidden questions may have changed: build again (the builder redoes only the notes that changed).
		this.indexDirty = true;
		return this.kick();
	}

	/** Resolves when no work is queued (tests and the benchmark wait on it). */
	async whenIdle(): Promise<void> {
		while (this.running) await this.running;
	}

	/** Stop listening to timers and write the cache (the plugin unloads). */
	async stop(): Promise<void> {
		this.stopped = true;
		if (this.notifyTimer !== null) this.deps.timers.clear(this.notifyTimer);
		if (this.saveTimer !== null) this.deps.timers.clear(this.saveTimer);
		if (this.structureTimer !== null) this.deps.timers.clear(this.structureTimer);
		this.offerPairs();
		await this.deps.cache?.save();
	}

	private parseOptions(): ParseOptions {
		const s = this.deps.getSettings();
		return { labels: s.labels, promptHeadings: s.promptHeadings };
	}

	private graph(): GraphSource {
		return { vault: this.deps.vault, metadataCache: this.deps.metadataCache };
	}

	private subscribe(): void {
		const { vault, metadataCache } = this.deps;
		const registerEvent = (ref: EventRef) => this.deps.registerEvent(ref);
		registerEvent(
			metadataCache.on("changed", (file: TFile, data: string) => {
				this.linkCheck.add(file.path);
				if (this.members.has(file.path)) this.enqueue(file.path, data, true);
				void this.kick();
			}),
		);
		registerEvent(
			metadataCache.on("resolved", () => this.linksResolved()),
		);
		registerEvent(
			vault.on("create", (file: TAbstractFile) => {
				if (file.path.endsWith(".md")) this.structureChanged();
			}),
		);
		registerEvent(
			vault.on("delete", (file: TAbstractFile) => {
				this.forget(file.path);
				this.renameMember(file.path, null);
				this.structureChanged();
				void this.kick();
			}),
		);
		registerEvent(
			vault.on("rename", (file: TAbstractFile, oldPath: string) => {
				const note = this.notes.get(oldPath);
				this.forget(oldPath);
				// Same text under a new path: keep its questions rather than reading it again.
				if (note) this.notes.set(file.path, { ...note, path: file.path });
				this.renameMember(oldPath, file.path);
				this.structureChanged();
				void this.kick();
			}),
		);
	}

	/** Links are resolved now: did an edited note gain or lose a link, or did files come and go? */
	private linksResolved(): void {
		for (const p of this.linkCheck) if (this.linksChanged(p)) this.graphDirty = true;
		this.linkCheck.clear();
		if (this.structureTimer !== null) {
			this.deps.timers.clear(this.structureTimer);
			this.structureTimer = null;
			this.graphDirty = true;
		}
		if (this.graphDirty) void this.kick();
	}

	/**
	 * A file came, went or moved. Obsidian re-resolves links after the vault event, so the prep set is
	 * recomputed on the next 'resolved' (or after a while, should that not come).
	 */
	private structureChanged(): void {
		if (this.structureTimer !== null) return;
		this.structureTimer = this.deps.timers.set(() => this.linksResolved(), 2000);
	}

	/** Until the set is recomputed, a renamed member keeps its place (and a deleted one leaves). */
	private renameMember(oldPath: string, newPath: string | null): void {
		const set = this.set;
		if (!set || !this.members.has(oldPath)) return;
		this.members.delete(oldPath);
		const paths = set.paths.filter((p) => p !== oldPath);
		if (newPath !== null) {
			this.members.add(newPath);
			paths.splice(set.paths.indexOf(oldPath), 0, newPath);
			set.distance[newPath] = set.distance[oldPath];
			set.hubOf[newPath] = set.hubOf[oldPath];
		}
		this.set = { ...set, paths };
		this.indexDirty = true;
	}

	private forget(path: string): void {
		if (this.notes.delete(path)) this.indexDirty = true;
		this.queue.delete(path);
		this.signatures.delete(path);
		this.deps.cache?.delete(path);
	}

	private linksChanged(path: string): boolean {
		const sig = linkSignature(this.graph(), path);
		const before = this.signatures.get(path);
		this.signatures.set(path, sig);
		return before !== sig;
	}

	private enqueue(path: string, text: string | undefined, first: boolean): void {
		if (first) {
			const rest = this.queue;
			rest.delete(path);
			this.queue = new Map([[path, text], ...rest]);
		} else if (!this.queue.has(path) || text !== undefined) this.queue.set(path, text);
	}

	private kick(): Promise<void> {
		if (this.stopped) return Promise.resolve();
		// `pending` closes the gap between the loop's last look at the queue and `running` clearing.
		this.pending = true;
		this.running ??= (async () => {
			try {
				while (this.pending) {
					this.pending = false;
					await this.run();
				}
			} finally {
				this.running = null;
			}
		})();
		return this.running;
	}

	/** The work loop: prep set, then notes in order, yielding whenever the slice is used up. */
	private async run(): Promise<void> {
		this.sliceStart = this.deps.clock();
		for (;;) {
			if (this.stopped) return;
			if (this.graphDirty) {
				this.graphDirty = false;
				this.templateFolders = (await this.deps.templateFolders?.()) ?? [];
				this.refreshSet();
			}
			const next = this.queue.entries().next();
			if (next.done) break;
			const [path, text] = next.value;
			this.queue.delete(path);
			await this.load(path, text);
			if (this.state === "building" && this.parsedInBuild && this.deps.clock() - this.lastIndexAt >= PARTIAL_INDEX_EVERY_MS) await this.rebuildIndex();
			await this.pace();
		}
		const wasBuilding = this.state === "building";
		this.state = "ready";
		// Changes that come while it is built mark the index dirty again and go round once more (kick).
		if (this.indexDirty || wasBuilding) await this.rebuildIndex();
		this.scheduleCacheSave(wasBuilding ? 0 : (this.deps.saveCacheMs ?? 5000));
	}

	/** Recompute the prep set; parse newcomers (closest to a hub first), drop leavers. */
	private refreshSet(): void {
		const set = livePrepSet(this.graph(), this.deps.getSettings(), this.templateFolders);
		const before = this.members;
		// A hub added or removed changes what the views say about hubs even when no note comes or goes.
		if (!this.set || hubsSay(this.set) !== hubsSay(set)) this.indexDirty = true;
		this.set = set;
		this.members = new Set(set.paths);
		for (const p of before) {
			if (this.members.has(p)) continue;
			if (this.notes.delete(p)) this.indexDirty = true;
			this.queue.delete(p);
		}
		const incoming = set.paths.filter((p) => !this.notes.has(p) && !this.queue.has(p));
		// Distance first across all hubs: every hub's own notes before anyone's second ring.
		incoming.sort((a, b) => set.distance[a] - set.distance[b]);
		for (const p of incoming) this.enqueue(p, undefined, false);
		if (before.size !== this.members.size || [...before].some((p) => !this.members.has(p))) this.indexDirty = true;
		for (const p of set.paths) if (!this.signatures.has(p)) this.signatures.set(p, linkSignature(this.graph(), p));
	}

	/** One note: from the cache when its time and size match, else read (or the given text) and parse. */
	private async load(path: string, given: string | undefined): Promise<void> {
		const file = this.deps.vault.getFileByPath(path);
		if (!file || !this.members.has(path)) return;
		const cache = this.deps.cache;
		let note = given === undefined ? (cache?.get(path, file.stat.mtime, file.stat.size) ?? null) : null;
		if (!note) {
			let text = given;
			if (text === undefined) {
				try {
					text = await this.deps.vault.cachedRead(file);
				} catch {
					return;
				}
			}
			// The file may have left the set or gone while it was read.
			if (!this.members.has(path) || this.deps.vault.getFileByPath(path) !== file) return;
			this.parsedInBuild = true;
			note = shareAnswerText(await this.parseNote(path, text));
			// Or while it was parsed (in steps).
			if (!this.members.has(path) || this.deps.vault.getFileByPath(path) !== file) return;
			cache?.set(path, file.stat.mtime, file.stat.size, note);
		}
		this.notes.set(path, note);
		// Match its question keys now, a note at a time, so the index build after the last note is short.
		this.builder.prime([note]);
		this.indexDirty = true;
	}

	/** The index's variant pairs for the next cache write, once built and only when its keys changed. */
	private offerPairs(): void {
		const cache = this.deps.cache;
		if (!cache || this.state !== "ready" || this.builder.keysRevision === this.pairsOffered) return;
		this.pairsOffered = this.builder.keysRevision;
		cache.setPairs(this.builder.exportPairs());
	}

	/** Last start's variant pairs, so the keys need not all be matched again (checked by the builder). */
	private async importPairs(saved: unknown): Promise<void> {
		if (saved === null) return;
		this.sliceStart = this.deps.clock();
		await this.paced(this.builder.importPairsSteps(saved));
	}

	/** Builds the index in steps, giving the interface a turn whenever the slice is used up. */
	private async rebuildIndex(): Promise<void> {
		this.indexDirty = false;
		// Without the questions the person hid: a filtered note stays the same object while the list does.
		this.index = await this.paced(this.builder.buildSteps(withoutNotQuestions(this.getNotes(), this.deps.getSettings().notQuestions)));
		this.lastIndexAt = this.deps.clock();
		this.revision++;
		this.scheduleNotify();
	}

	private scheduleNotify(): void {
		if (this.notifyTimer !== null) return;
		this.notifyTimer = this.deps.timers.set(() => {
			this.notifyTimer = null;
			this.notify();
		}, this.deps.notifyMs ?? 300);
	}

	/** Tell the views now (also used when review data changed). */
	notify(): void {
		for (const l of [...this.listeners]) l();
	}

	private scheduleCacheSave(ms: number): void {
		const cache = this.deps.cache;
		if (!cache) return;
		if (this.saveTimer !== null) this.deps.timers.clear(this.saveTimer);
		this.saveTimer = this.deps.timers.set(() => {
			this.saveTimer = null;
			cache.retain(this.notes.keys());
			this.offerPairs();
			void cache.save(this.deps.yieldToMain);
		}, ms);
	}
}
