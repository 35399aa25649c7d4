// The index the views see: rebuilt in paced steps from the parsed notes (without the questions the
// person hid), a revision per build, listeners told after a quiet moment; and the parse cache's
// write, after a longer quiet moment, with the index's variant pairs.
import { withoutNotQuestions } from "../core/not-questions";
import type { ParsedNote, QuestionIndex } from "../core/types";
import type { LiveIndexDeps } from "./live-index-deps";
import type { PacedIndexBuild } from "./paced-index-build";
import { DelayedCall } from "./timers";

export interface PublishedIndexSource {
	/** The parsed notes of the prep set, in its order (the source's own list: read, not kept). */
	notes(): readonly ParsedNote[];
	/** Paths whose parsed notes the cache keeps. */
	parsedPaths(): Iterable<string>;
	/** The index is built from every note (its variant pairs are then worth saving). */
	ready(): boolean;
}

export class PublishedIndex {
	private index: QuestionIndex;
	revision = 0;
	/** When the index was last built (clock time). */
	builtAt = Number.NEGATIVE_INFINITY;
	private readonly listeners = new Set<() => void>();
	/** Views are told after a quiet moment; the cache is written after a longer one. */
	private readonly notifyLater: DelayedCall;
	private readonly saveCacheLater: DelayedCall;

	constructor(
		private readonly deps: Pick<LiveIndexDeps, "cache" | "clock" | "getSettings" | "notifyMs" | "timers" | "yieldToMain">,
		private readonly build: PacedIndexBuild,
		private readonly source: PublishedIndexSource,
	) {
		this.index = build.empty();
		this.notifyLater = new DelayedCall(deps.timers, () => this.notify());
		this.saveCacheLater = new DelayedCall(deps.timers, () => this.saveCache());
	}

	get(): QuestionIndex {
		return this.index;
	}

	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Builds the index in steps, giving the interface a turn whenever the slice is used up. */
	async rebuild(): Promise<void> {
		// Without the questions the person hid: a filtered note stays the same object while the list does.
		this.index = await this.build.build(withoutNotQuestions(this.source.notes(), this.deps.getSettings().notQuestions));
		this.builtAt = this.deps.clock();
		this.revision++;
		this.notifyLater.schedule(this.deps.notifyMs ?? 300);
	}

	/** Tell the views now (also used when review data changed). */
	notify(): void {
		for (const l of [...this.listeners]) l();
	}

	scheduleCacheSave(ms: number): void {
		if (this.deps.cache) this.saveCacheLater.restart(ms);
	}

	/** The index's variant pairs for the next cache write, once built and only when its keys changed. */
	offerPairs(): void {
		const cache = this.deps.cache;
		if (cache && this.source.ready()) this.build.offerPairs(cache);
	}

	/** No more timers; the cache is written now (the plugin unloads). */
	async stop(): Promise<void> {
		this.notifyLater.cancel();
		this.saveCacheLater.cancel();
		this.offerPairs();
		await this.deps.cache?.save();
	}

	private saveCache(): void {
		const cache = this.deps.cache;
		if (!cache) return;
		cache.retain(this.source.parsedPaths());
		this.offerPairs();
		void cache.save(this.deps.yieldToMain);
	}
}
