// What the live index is given: narrow handles on the vault and metadata cache, settings, the parse
// cache, and time (a clock, a way to yield, timers), so tests and the benchmark run it on a fake app.
import type { EventRef, MetadataCache, Vault } from "obsidian";
import type { ParsedNote, ParseOptions, Settings } from "../core/types";
import type { ParseTuning } from "../core/parse/parse-note";
import type { ParseCache } from "./parse-cache";
import type { Timers } from "./timers";

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
	/** Injected for tests (counting parses); the core's parseNote in paced steps by default. */
	parse?: (path: string, text: string, opts: ParseOptions, tuning: ParseTuning) => ParsedNote;
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
