// A parse-cache shard file's layout: a JSON head on the first line (every character outside ASCII
// escaped), then the tail: the notes' text (questions, answers, parts) one after another, raw, which the
// head's entries point into by offset and length. On load only the head is parsed; a string is taken as
// a slice of the file's text (V8 makes a small sliced string, no copy and nothing for JSON.parse to
// unescape). The head records the tail's length, so a file cut short is refused whole.
/** The head of every cache file: the cache is used only when all of it matches. */
export interface Manifest {
	format: number;
	parser: number;
	/** QUESTION_KEY_VERSION: the stored keys were made by this questionKey. */
	keys: number;
	options: string;
	shards: number;
}

export interface ShardHead extends Manifest {
	index: number;
	/** The tail's length in UTF-16 code units. */
	tail: number;
	/** Each note's stored entry (cache-codec.ts), by path. */
	entries: Record<string, unknown>;
}

/** Where a shard's entries find their text: its file's text, the tail starting at `base`. */
export interface TailSource {
	readonly text: string;
	readonly base: number;
}

/** The tail as it is written: strings appended, each at the offset returned. */
export class TailWriter {
	private tail = "";

	get length(): number {
		return this.tail.length;
	}

	add(s: string): number {
		const at = this.tail.length;
		this.tail += s;
		return at;
	}

	text(): string {
		return this.tail;
	}
}

/**
 * JSON with every character above U+007E escaped: the head stays ASCII, so a file whose tail is Latin-1
 * (an English vault's notes; the label words in the options are CJK) is read as a one-byte string.
 * JSON.stringify writes no raw line break, so the head is one line.
 */
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(/[\u007f-\uffff]+/g, escapeRun);
}

function escapeRun(run: string): string {
	let out = "";
	for (let i = 0; i < run.length; i++) out += `\\u${(0x10000 + run.charCodeAt(i)).toString(16).slice(1)}`;
	return out;
}

export function shardText(head: Omit<ShardHead, "tail">, tail: TailWriter): string {
	return `${asciiJson({ ...head, tail: tail.length })}\n${tail.text()}`;
}

/** The head and where the tail starts; null when the head is unreadable or the tail is not its length. */
export function readShard(text: string): { head: Partial<ShardHead>; source: TailSource } | null {
	const end = text.indexOf("\n");
	if (end < 0) return null;
	let head: Partial<ShardHead>;
	try {
		head = JSON.parse(text.slice(0, end)) as Partial<ShardHead>;
	} catch {
		return null;
	}
	if (typeof head !== "object" || head === null || head.tail !== text.length - end - 1) return null;
	return { head, source: { text, base: end + 1 } };
}
