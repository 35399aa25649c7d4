// The question index inside Obsidian: cold → building → ready. Built after the layout is ready, then kept
// up to date: an edit re-parses only that note; rename, delete, create and link changes update the prep set.
// Work is sliced (yielding to the interface every few milliseconds) and the hubs' closest notes go first,
// so the quiz can show a card before the whole set is parsed. No syntax trees are kept.
import type { PrepSet } from "../core/prep-set";
import { withoutNotQuestions } from "../core/not-questions";
import type { IndexStatus } from "../core/index-status";
import type { ParsedNote, ParseOptions, QuestionIndex } from "../core/types";
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

export type { LiveIndexDeps };

/** While building, the index is rebuilt for the views at most this often (buildIndex is not free). */
const PARTIAL_INDEX_EVERY_MS = 300;

/** Without a 'resolved' event after a file came, went or moved, the prep set is recomputed after this long. */
const STRUCTURE_FALLBACK_MS = 2000;

export class LiveIndex {
	private state: IndexStatus["state"] = "cold";
	private revision = 0;
	private readonly prepSet: PrepSetTracker;
	private templateFolders: readonly string[] = [];
	private readonly notes = new Map<string, ParsedNote>();
	private readonly queue = new ParseQueue();
	private graphDirty = false;
	private readonly linkCheck = new Set<string>();
	private readonly pacer: Pacer;
	private readonly build: PacedIndexBuild;
	private readonly parser: NoteParser;
	private index: QuestionIndex;
	private indexDirty = false;
	private lastIndexAt = Number.NEGATIVE_INFINITY;
	/**
	 * A note was parsed since the start (not all came from the cache): only then are partial indexes made
	 * while building. A warm start is over in a blink and builds once, at the end, with the saved pairs.
	 */
	private parsedInBuild = false;
	private running: Promise<void> | null = null;
	private pending = false;
	private optionsKey = "";
	private readonly listeners = new Set<() => void>();
	/** Views are told after a quiet moment; the cache is written after a longer one. */
	private readonly notifyLater: DelayedCall;
	private readonly saveCacheLater: DelayedCall;
	/** A file came, went or moved and no 'resolved' has followed yet. */
	private readonly structureFallback: DelayedCall;
	private stopped = false;

	constructor(private readonly deps: LiveIndexDeps) {
		this.pacer = new Pacer(deps);
		this.build = new PacedIndexBuild(this.pacer);
		this.parser = new NoteParser(this.pacer, () => this.parseOptions(), deps.parse);
		this.index = this.build.empty();
		this.prepSet = new PrepSetTracker({ vault: deps.vault, metadataCache: deps.metadataCache });
		this.notifyLater = new DelayedCall(deps.timers, () => this.notify());
		this.saveCacheLater = new DelayedCall(deps.timers, () => this.saveCache());
		this.structureFallback = new DelayedCall(deps.timers, () => this.linksResolved());
	}

	getIndex(): QuestionIndex {
		return this.index;
	}
	getPrepSet(): PrepSet | null {
		return this.prepSet.set;
	}
	getStatus(): IndexStatus {
		const members = this.prepSet.memberPaths;
		let done = 0;
		for (const p of members) if (this.notes.has(p)) done++;
		return { state: this.state, done, total: members.size, revision: this.revision };
	}
	/** Parsed notes in the prep set (for coverage per note and the benchmark). */
	getNotes(): ParsedNote[] {
		return (this.prepSet.set?.paths ?? []).flatMap((p) => this.notes.get(p) ?? []);
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
		const key = parseOptionsKey(this.parseOptions());
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
		this.notifyLater.cancel();
		this.saveCacheLater.cancel();
		this.structureFallback.cancel();
		this.offerPairs();
		await this.deps.cache?.save();
	}

	private parseOptions(): ParseOptions {
		const s = this.deps.getSettings();
		return { labels: s.labels, promptHeadings: s.promptHeadings };
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
			if (this.state === "building" && this.parsedInBuild && this.deps.clock() - this.lastIndexAt >= PARTIAL_INDEX_EVERY_MS) await this.rebuildIndex();
			await this.pacer.pace();
		}
		const wasBuilding = this.state === "building";
		this.state = "ready";
		// Changes that come while it is built mark the index dirty again and go round once more (kick).
		if (this.indexDirty || wasBuilding) await this.rebuildIndex();
		this.scheduleCacheSave(wasBuilding ? 0 : (this.deps.saveCacheMs ?? 5000));
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
		this.build.prime(note);
		this.indexDirty = true;
	}

	/** The index's variant pairs for the next cache write, once built and only when its keys changed. */
	private offerPairs(): void {
		const cache = this.deps.cache;
		if (cache && this.state === "ready") this.build.offerPairs(cache);
	}

	/** Builds the index in steps, giving the interface a turn whenever the slice is used up. */
	private async rebuildIndex(): Promise<void> {
		this.indexDirty = false;
		// Without the questions the person hid: a filtered note stays the same object while the list does.
		this.index = await this.build.build(withoutNotQuestions(this.getNotes(), this.deps.getSettings().notQuestions));
		this.lastIndexAt = this.deps.clock();
		this.revision++;
		this.scheduleNotify();
	}

	private scheduleNotify(): void {
		this.notifyLater.schedule(this.deps.notifyMs ?? 300);
	}

	/** Tell the views now (also used when review data changed). */
	notify(): void {
		for (const l of [...this.listeners]) l();
	}

	private scheduleCacheSave(ms: number): void {
		if (this.deps.cache) this.saveCacheLater.restart(ms);
	}

	private saveCache(): void {
		const cache = this.deps.cache;
		if (!cache) return;
		cache.retain(this.notes.keys());
		this.offerPairs();
		void cache.save(this.deps.yieldToMain);
	}
}
