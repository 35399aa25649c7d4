// The index's variant pairs saved beside the parse cache (`parse-cache/pairs.json`), under the same head
// as the shards: read once at start (the index checks them), written only when they changed.
import type { DataAdapter } from "obsidian";
import type { Manifest } from "./shard-file";

export class PairsFile {
	/** As loaded, until taken. */
	private loaded: unknown = null;
	/** As last loaded or set: nothing is written while it stays. */
	private text = "";
	private changed = false;

	constructor(
		private readonly adapter: Pick<DataAdapter, "read" | "write">,
		private readonly path: string,
	) {}

	get dirty(): boolean {
		return this.changed;
	}

	/** The saved pairs, once (they are only needed to start the index). */
	take(): unknown {
		const p = this.loaded;
		this.loaded = null;
		return p;
	}

	set(pairs: unknown): void {
		const text = JSON.stringify(pairs);
		if (text === this.text) return;
		this.text = text;
		this.changed = true;
	}

	/** Reads the file when its head `matches` the cache's; anything wrong means starting without it. */
	async read(matches: (head: Partial<Manifest>) => boolean): Promise<void> {
		try {
			const text = await this.adapter.read(this.path);
			const file = JSON.parse(text) as Partial<Manifest> & { pairs?: unknown };
			if (typeof file === "object" && file !== null && matches(file)) {
				this.loaded = file.pairs ?? null;
				this.text = JSON.stringify(this.loaded);
			}
		} catch {
			// No pairs saved (or unreadable): the index matches its keys itself.
		}
	}

	/** The parse options changed: the loaded pairs are stale, and the file carries the options, so write it again. */
	optionsChanged(): void {
		this.loaded = null;
		this.text = "";
	}

	async write(head: Manifest, yieldToMain?: () => Promise<void>): Promise<void> {
		const pairs = this.text;
		if (yieldToMain) await yieldToMain();
		// The whole head (every field the shards are checked by), then the pairs as they were stringified.
		await this.adapter.write(this.path, `${JSON.stringify(head).slice(0, -1)},"pairs":${pairs}}`);
		// Pairs set while writing are written next time.
		if (this.text === pairs) this.changed = false;
	}
}
