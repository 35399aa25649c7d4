// The parse cache's files as tests read and tamper with them: the manifest, and shards of a JSON head
// (first line) and the notes' text after it.
import type { App } from "../fake-obsidian";
import { CACHE_PATH, liveIndexFor } from "./live-index-helpers";

export const SHARD_DIR = CACHE_PATH.replace(/\.json$/, "/");
export const PAIRS_PATH = `${SHARD_DIR}pairs.json`;

export interface ShardHeadForTests {
	format: number;
	tail: number;
	entries: Record<string, { m: number; s: number; q: unknown }>;
}

/** A shard file's JSON head (its first line) and the text after it. */
export function splitShard(text: string): { head: ShardHeadForTests; tail: string } {
	const nl = text.indexOf("\n");
	return { head: JSON.parse(text.slice(0, nl)) as ShardHeadForTests, tail: text.slice(nl + 1) };
}

/** The shard file that holds a note's entry. */
export async function shardHolding(app: App, path: string): Promise<string> {
	const { shards } = JSON.parse(await app.vault.adapter.read(CACHE_PATH)) as { shards: number };
	for (let i = 0; i < shards; i++) {
		const p = `${SHARD_DIR}${i}.json`;
		if (!(await app.vault.adapter.exists(p))) continue;
		if (path in splitShard(await app.vault.adapter.read(p)).head.entries) return p;
	}
	throw new Error(`no shard holds ${path}`);
}

/** A cold start that writes the cache, then stops (its parses are in `parsed`). */
export async function coldThenSaved(app: App) {
	const first = await liveIndexFor(app, {}, { cache: true });
	await first.index.start();
	first.timers.runAll(); // the cache is written once the first build is done
	await first.index.stop();
	return first;
}
