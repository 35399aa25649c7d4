// Which notes hold each key, as of the last build: an edit's regrouping finds the questions of the keys
// it reaches through these lists, instead of looking at every question of the vault.
import type { KeyData } from "./key-data";
import type { NoteState } from "./note-state";

const NONE: readonly NoteState[] = [];

export class KeyHolders {
	private readonly byKey = new Map<KeyData, NoteState[]>();

	clear(): void {
		this.byKey.clear();
	}

	/** The note's keys (its keysByPlace) are held by it now. */
	add(state: NoteState): void {
		for (const kd of state.keysByPlace) {
			const list = this.byKey.get(kd);
			if (!list) this.byKey.set(kd, [state]);
			// A note's keys are added together: a repeat of a key finds the note last.
			else if (list[list.length - 1] !== state) list.push(state);
		}
	}

	/** The note no longer holds its keys. */
	remove(state: NoteState): void {
		for (const kd of state.keysByPlace) {
			const list = this.byKey.get(kd);
			const at = list ? list.indexOf(state) : -1;
			if (!list || at < 0) continue;
			list[at] = list[list.length - 1];
			list.pop();
			if (list.length === 0) this.byKey.delete(kd);
		}
	}

	/** The notes holding the key, in no particular order. */
	of(kd: KeyData): readonly NoteState[] {
		return this.byKey.get(kd) ?? NONE;
	}
}
