// A live index over the fake app, with hand-run timers, a counting parser and a clock tests move.
import { parseNote, type ParseTuning } from "../../src/core/parse/parse-note";
import type { ParseMemo } from "../../src/core/parse/parse-memo";
import { migrateSettings } from "../../src/core/settings";
import type { ParsedNote, ParseOptions, Settings } from "../../src/core/types";
import { LiveIndex } from "../../src/vault/live-index";
import { ParseCache, parseOptionsKey } from "../../src/vault/parse-cache";
import type { App } from "../fake-obsidian";
import { asRealApp } from "../fake-obsidian/fixture";

export const HUB = "面试-面试官角度准备";
export const CACHE_PATH = ".obsidian/plugins/interview-prep/parse-cache.json";

/** Timers that fire only when the test says so. */
export function manualTimers() {
	const pending = new Map<number, () => void>();
	let id = 0;
	return {
		set(fn: () => void, _ms: number): unknown {
			pending.set(++id, fn);
			return id;
		},
		clear(handle: unknown): void {
			pending.delete(handle as number);
		},
		runAll(): void {
			for (const [k, fn] of [...pending]) {
				pending.delete(k);
				fn();
			}
		},
		get size(): number {
			return pending.size;
		},
	};
}

export interface Harness {
	index: LiveIndex;
	parsed: string[];
	timers: ReturnType<typeof manualTimers>;
	settings: { current: Settings };
	cache: ParseCache | null;
	yields: { count: number };
	/** Each parse's memo of the note's last parse (none when the note was not edited). */
	memos: (ParseMemo | undefined)[];
}

export async function liveIndexFor(app: App, patch: Partial<Settings> = {}, opts: { cache?: boolean; msPerParse?: number } = {}): Promise<Harness> {
	const settings = { current: migrateSettings({ hubs: [HUB], ...patch }) };
	const parsed: string[] = [];
	const memos: (ParseMemo | undefined)[] = [];
	const timers = manualTimers();
	const yields = { count: 0 };
	let now = 0;
	const real = asRealApp(app);
	let cache: ParseCache | null = null;
	if (opts.cache) {
		cache = new ParseCache(real.vault.adapter, CACHE_PATH, parseOptionsKey(settings.current));
	}
	const index = new LiveIndex({
		vault: real.vault,
		metadataCache: real.metadataCache,
		registerEvent: () => undefined,
		getSettings: () => settings.current,
		cache,
		parse: (path: string, text: string, o: ParseOptions, tuning: ParseTuning): ParsedNote => {
			parsed.push(path);
			memos.push(tuning.memo);
			now += opts.msPerParse ?? 1;
			return parseNote(path, text, o, tuning);
		},
		clock: () => now,
		yieldToMain: async () => {
			yields.count++;
		},
		timers,
		sliceMs: 12,
	});
	return { index, parsed, timers, settings, cache, yields, memos };
}

export function questionTexts(h: Harness): string[] {
	return h.index.getIndex().questions.map((q) => q.text);
}
