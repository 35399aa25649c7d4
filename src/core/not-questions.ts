// "Not a question": questions the person hid from the quiz, the coverage and the gaps. Kept in the
// settings (so in data.json, synced, read by `scan` too) by the question's key, its normalized words:
// it survives re-indexing, edits elsewhere in the note, moves and renames. Applied to parsed notes
// before the index is built, so every view and `scan` agree.
import { questionKey } from "./normalize";
import type { NotQuestion, ParsedNote } from "./types";

export type { NotQuestion };

/** At most this many are kept (a settings list, not a database). */
const MAX_ENTRIES = 5000;

/** Stored entries → valid ones (no duplicates, no garbage). */
export function migrateNotQuestions(raw: unknown): NotQuestion[] {
	if (!Array.isArray(raw)) return [];
	const out: NotQuestion[] = [];
	const seen = new Set<string>();
	for (const item of raw) {
		if (typeof item !== "object" || item === null) continue;
		const r = item as Record<string, unknown>;
		const text = typeof r.text === "string" ? r.text.trim() : "";
		// The key is worked out again from the words: a hand-edited or older key cannot go stale.
		const key = text ? questionKey(text) : "";
		if (!key || seen.has(key)) continue;
		seen.add(key);
		out.push({ key, text, path: typeof r.path === "string" ? r.path : "" });
		if (out.length >= MAX_ENTRIES) break;
	}
	return out;
}

/** The list with these questions added (those already in it are not added twice). */
export function addNotQuestions(list: readonly NotQuestion[], questions: readonly { text: string; path: string }[]): NotQuestion[] {
	return migrateNotQuestions([...list, ...questions]);
}

/** The list without the entries of these keys. */
export function removeNotQuestions(list: readonly NotQuestion[], keys: readonly string[]): NotQuestion[] {
	const gone = new Set(keys);
	return list.filter((e) => !gone.has(e.key));
}

const keySets = new WeakMap<readonly NotQuestion[], ReadonlySet<string>>();
/** Per note: the keys it was filtered with and the note that was left. */
const filtered = new WeakMap<ParsedNote, { keys: ReadonlySet<string>; kept: ParsedNote }>();

/**
 * The notes without the hidden questions. A note none of whose questions is hidden is returned as it
 * is, and a filtered note is the same object from one call to the next while the list is the same,
 * so the index builder sees only the notes that changed.
 */
export function withoutNotQuestions(notes: readonly ParsedNote[], list: readonly NotQuestion[]): ParsedNote[] {
	if (list.length === 0) return notes.slice();
	let keys = keySets.get(list);
	if (!keys) {
		keys = new Set(list.map((e) => e.key));
		keySets.set(list, keys);
	}
	return notes.map((note) => {
		let memo = filtered.get(note);
		if (!memo || memo.keys !== keys) {
			const questions = note.questions.filter((q) => !keys.has(questionKey(q.text)));
			memo = { keys, kept: questions.length === note.questions.length ? note : { ...note, questions } };
			filtered.set(note, memo);
		}
		return memo.kept;
	});
}
