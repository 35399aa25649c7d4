// The question index inside Obsidian: cold → building → ready. Built after the layout is ready, then kept
// up to date: an edit re-parses only that note; rename, delete, create and link changes update the prep set.
// Work is sliced (yielding to the interface every few milliseconds) and the hubs' closest notes go first,
// so the quiz can show a card before the whole set is parsed. No syntax trees are kept, but for the note
// last edited (note-parser.ts). The index the views see, and the cache's write: published-index.ts.
import type { PrepSet } from "../core/prep-set";
import type { IndexStatus } from "../core/index-status";
import type { ParsedNote, QuestionIndex } from "../core/types";
import { PublishedIndex } from "./published-index";
import { NoteParser } from "./note-parser";
import type { LiveIndexDeps } from "./live-index-deps";
import { parseOptionsKey } from "./parse-cache";
import { DelayedCall } from "./timers";
import { Pacer } from "./pacer";
import { subscribeIndexEvents } from "./index-events";
import { PrepSetTracker } from "./prep-set-tracker";
import { loadNote } from "./note-loader";
import { ParseQueue } from "./parse-queue";
import { PacedIndexBuild } from "./paced-index-build";
import { ParsedNotes } from "./parsed-notes";

export type { LiveIndexDeps };

/**
 * While building, the index is rebuilt for the views at most this often (buildIndex is not free), and
 * not when the rest of the notes is expected to take less: the full index comes before the next would.
 */
const PARTIAL_INDEX_EVERY_MS = 300;

/** Without a 'resolved' event after a file came, went or moved, the prep set is recomputed after this long. */
const STRUCTURE_FALLBACK_MS = 2000;

export class LiveIndex {
	private state: IndexStatus["state"] = "cold";
	private readonly prepSet: PrepSetTracker;
	private templateFolders: readonly string[] = [];
	private readonly notes = new ParsedNotes();
	private readonly queue = new ParseQueue();
	private graphDirty = false;
	private readonly linkCheck = new Set<string>();
	private readonly pacer: Pacer;
	private readonly build: PacedIndexBuild;
	private readonly parser: NoteParser;
	private readonly published: PublishedIndex;
	private indexDirty = false;
	/**
	 * A note was parsed since the start (not all came from the cache): only then are partial indexes made
	 * while building. A warm start is over in a blink and builds once, at the end, with the saved pairs.
	 */
	private parsedInBuild = false;
	/** Notes taken off the queue since the index was last built (at what pace the rest may come). */
	private loadedSinceBuilt = 0;
	private running: Promise<void> | null = null;
	private pending = false;
	private optionsKey = "";
	/** A file came, went or moved and no 'resolved' has followed yet. */
	private readonly structureFallback: DelayedCall;
	private stopped = false;

	constructor(private readonly deps: LiveIndexDeps) {
		this.pacer = new Pacer(deps);
		this.build = new PacedIndexBuild(this.pacer);
		this.parser = new NoteParser(this.pacer, deps);
		this.published = new PublishedIndex(deps, this.build, {
			notes: () => this.notes.inOrder(this.prepSet.set?.paths ?? []),
			parsedPaths: () => this.notes.paths(),
			ready: () => this.state === "ready",
		});
		this.prepSet = new PrepSetTracker({ vault: deps.vault, metadataCache: deps.metadataCache });
		this.structureFallback = new DelayedCall(deps.timers, () => this.linksResolved());
	}

	getIndex(): QuestionIndex {
		return this.published.get();
	}
	getPrepSet(): PrepSet | null {
		return this.prepSet.set;
	}
	getStatus(): IndexStatus {
		const members = this.prepSet.memberPaths;
		let done = 0;
		for (const p of members) if (this.notes.has(p)) done++;
		return { state: this.state, done, total: members.size, revision: this.published.revision };
	}
	/** Parsed notes in the prep set, in its order (for tests and the benchmark). */
	getNotes(): ParsedNote[] {
		return this.notes.inOrder(this.prepSet.set?.paths ?? []).slice();
	}
	onChange(listener: () => void): () => void {
		return this.published.onChange(listener);
	}

	/** Start: call from onLayoutReady (never in onload, so start-up stays fast). */
	start(): Promise<void> {
		if (this.state !== "cold") return this.whenIdle();
		this.state = "building";
		this.optionsKey = parseOptionsKey(this.parser.options());
		this.deps.cache?.setOptionsKey(this.optionsKey);
		this.subscribe();
		this.graphDirty = true;
		const cache = this.deps.cache;
		if (!cache) return this.kick();
		// Reading the cache is index work too: here, after the layout is ready, a shard per slice.
		this.running = cache
			.load(this.deps.yieldToMain)
			.then(() => this.build.importPairs(cache.takePairs()))
			.then(() => this.run())
			.finally(() => {
				this.running = null;
			});
		return this.running;
	}

	/** Settings changed: a new prep set, and a fresh parse of everything if the parse options changed. */
	settingsChanged(): Promise<void> {
		if (this.state === "cold") return Promise.resolve();
		const key = parseOptionsKey(this.parser.options());
		if (key !== this.optionsKey) {
			this.optionsKey = key;
			this.deps.cache?.setOptionsKey(key);
			this.build.forgetOffer();
			this.parser.forget();
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
		this.structureFallback.cancel();
		await this.published.stop();
	}

	private subscribe(): void {
		subscribeIndexEvents(this.deps, {
			changed: (path, text) => {
				this.linkCheck.add(path);
				if (this.prepSet.has(path)) this.queue.add(path, text, true);
				void this.kick();
			},
			resolved: () => this.linksResolved(),
			createdNote: () => this.structureChanged(),
			deleted: (path) => {
				this.forget(path);
				this.renameMember(path, null);
				this.structureChanged();
				void this.kick();
			},
			renamed: (oldPath, newPath) => {
				const note = this.notes.get(oldPath);
				this.forget(oldPath);
				// Same text under a new path: keep its questions rather than reading it again.
				if (note) this.notes.set(newPath, { ...note, path: newPath });
				this.renameMember(oldPath, newPath);
				this.structureChanged();
				void this.kick();
			},
		});
	}

	/** Links are resolved now: did an edited note gain or lose a link, or did files come and go? */
	private linksResolved(): void {
		for (const p of this.linkCheck) if (this.prepSet.linksChanged(p)) this.graphDirty = true;
		this.linkCheck.clear();
		if (this.structureFallback.cancel()) this.graphDirty = true;
		if (this.graphDirty) void this.kick();
	}

	/**
	 * A file came, went or moved. Obsidian re-resolves links after the vault event, so the prep set is
	 * recomputed on the next 'resolved' (or after a while, should that not come).
	 */
	private structureChanged(): void {
		this.structureFallback.schedule(STRUCTURE_FALLBACK_MS);
	}

	/** Until the set is recomputed, a renamed member keeps its place (and a deleted one leaves). */
	private renameMember(oldPath: string, newPath: string | null): void {
		if (this.prepSet.renameMember(oldPath, newPath)) this.indexDirty = true;
	}

	private forget(path: string): void {
		if (this.notes.delete(path)) this.indexDirty = true;
		this.parser.forget(path);
		this.queue.delete(path);
		this.prepSet.forgetSignature(path);
		this.deps.cache?.delete(path);
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
		this.pacer.startSlice();
		for (;;) {
			if (this.stopped) return;
			if (this.graphDirty) {
				this.graphDirty = false;
				this.templateFolders = (await this.deps.templateFolders?.()) ?? [];
				this.refreshSet();
			}
			const next = this.queue.take();
			if (!next) break;
			const [path, text] = next;
			await this.load(path, text);
			this.loadedSinceBuilt++;
			if (this.state === "building" && this.parsedInBuild && this.partialIndexDue()) await this.rebuildIndex();
			await this.pacer.pace();
		}
		const wasBuilding = this.state === "building";
		this.state = "ready";
		// Changes that come while it is built mark the index dirty again and go round once more (kick).
		if (this.indexDirty || wasBuilding) await this.rebuildIndex();
		this.published.scheduleCacheSave(wasBuilding ? 0 : (this.deps.saveCacheMs ?? 5000));
	}

	/**
	 * While building: an index of the notes so far for the views, when the last is old enough and the
	 * rest of the queue, at the pace of the notes since it, takes longer than the wait for the next one.
	 * The first comes at the first note parsed (no pace yet: notes the cache held come in no time).
	 */
	private partialIndexDue(): boolean {
		const since = this.deps.clock() - this.published.builtAt;
		if (since < PARTIAL_INDEX_EVERY_MS) return false;
		return (since / Math.max(1, this.loadedSinceBuilt)) * this.queue.size >= PARTIAL_INDEX_EVERY_MS;
	}

	/** Recompute the prep set; parse newcomers (closest to a hub first), drop leavers. */
	private refreshSet(): void {
		const { left, changed } = this.prepSet.refresh(this.deps.getSettings(), this.templateFolders);
		if (changed) this.indexDirty = true;
		for (const p of left) {
			if (this.notes.delete(p)) this.indexDirty = true;
			this.queue.delete(p);
		}
		const set = this.prepSet.set as PrepSet;
		const incoming = set.paths.filter((p) => !this.notes.has(p) && !this.queue.has(p));
		// Distance first across all hubs: every hub's own notes before anyone's second ring.
		incoming.sort((a, b) => set.distance[a] - set.distance[b]);
		for (const p of incoming) this.queue.add(p, undefined, false);
	}

	/** One note: from the cache when its time and size match, else read (or the given text) and parse. */
	private async load(path: string, given: string | undefined): Promise<void> {
		const note = await loadNote(
			{
				vault: this.deps.vault,
				cache: this.deps.cache,
				isMember: (p) => this.prepSet.has(p),
				parse: (p, text) => this.parser.parse(p, text, given !== undefined),
				onParse: () => (this.parsedInBuild = true),
			},
			path,
			given,
		);
		if (!note) return;
		this.notes.set(path, note);
		this.indexDirty = true;
	}

	private async rebuildIndex(): Promise<void> {
		this.indexDirty = false;
		this.loadedSinceBuilt = 0;
		await this.published.rebuild();
	}

	/** Tell the views now (also used when review data changed). */
	notify(): void {
		this.published.notify();
	}
}
