// The live index's parsed notes by path, and the prep set's notes in its order: that list is kept
// between builds, so an edit's build finds it with its one note replaced instead of looking up every
// member of the set again.
import type { ParsedNote } from "../core/types";

export class ParsedNotes {
	private readonly byPath = new Map<string, ParsedNote>();
	/** The parsed notes of `listOf` (the prep set's paths), in its order; null when it must be made again. */
	private list: ParsedNote[] | null = null;
	private listOf: readonly string[] | null = null;

	get(path: string): ParsedNote | undefined {
		return this.byPath.get(path);
	}
	has(path: string): boolean {
		return this.byPath.has(path);
	}
	paths(): IterableIterator<string> {
		return this.byPath.keys();
	}

	set(path: string, note: ParsedNote): void {
		const was = this.byPath.get(path);
		this.byPath.set(path, note);
		// A note parsed again keeps its place (indexOf: a builtin's scan, no lookups); a new one has none yet.
		const at = was && this.list ? this.list.indexOf(was) : -1;
		if (this.list && at >= 0) this.list[at] = note;
		else this.list = null;
	}

	/** True when the note was there. */
	delete(path: string): boolean {
		if (!this.byPath.delete(path)) return false;
		this.list = null;
		return true;
	}

	clear(): void {
		this.byPath.clear();
		this.list = null;
	}

	/**
	 * The parsed notes among `paths`, in that order. The list is the kept one: read it, do not keep or
	 * change it. `paths` is the prep set's (a new array whenever the set changes).
	 */
	inOrder(paths: readonly string[]): readonly ParsedNote[] {
		if (this.list && this.listOf === paths) return this.list;
		const list: ParsedNote[] = [];
		for (const p of paths) {
			const note = this.byPath.get(p);
			if (note) list.push(note);
		}
		this.list = list;
		this.listOf = paths;
		return list;
	}
}
