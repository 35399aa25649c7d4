// Loading one prep note for the live index: from the parse cache when its time and size match, else
// read (or the text an event gave) and parsed; nothing when the note left the set or went meanwhile.
import type { Vault } from "obsidian";
import type { ParsedNote } from "../core/types";
import type { ParseCache } from "./parse-cache";
import { readyNote, shareAnswerText } from "./shared-strings";

export interface NoteLoaderDeps {
	vault: Pick<Vault, "cachedRead" | "getFileByPath">;
	cache?: ParseCache | null;
	/** Is the note still in the prep set? */
	isMember(path: string): boolean;
	/** Parse the text (in paced steps). */
	parse(path: string, text: string): Promise<ParsedNote>;
	/** Called just before a note is parsed (not taken from the cache). */
	onParse(): void;
}

export async function loadNote(deps: NoteLoaderDeps, path: string, given: string | undefined): Promise<ParsedNote | null> {
	const file = deps.vault.getFileByPath(path);
	if (!file || !deps.isMember(path)) return null;
	const cache = deps.cache;
	const cached = given === undefined ? (cache?.get(path, file.stat.mtime, file.stat.size) ?? null) : null;
	if (cached) return cached;
	let text = given;
	if (text === undefined) {
		try {
			text = await deps.vault.cachedRead(file);
		} catch {
			return null;
		}
	}
	// The file may have left the set or gone while it was read.
	if (!deps.isMember(path) || deps.vault.getFileByPath(path) !== file) return null;
	deps.onParse();
	const note = readyNote(shareAnswerText(await deps.parse(path, text)));
	// Or while it was parsed (in steps).
	if (!deps.isMember(path) || deps.vault.getFileByPath(path) !== file) return null;
	cache?.set(path, file.stat.mtime, file.stat.size, note);
	return note;
}
