// What the person should hear about once a build finishes: hubs that name no note, notes that did not
// parse cleanly. The views explain them too, but only when open; these go into a Notice, once each.
import type { PrepSet } from "../prep-set";
import type { QuestionIndex } from "../types";

export type IndexProblem =
	| { kind: "missingHub"; hub: string }
	/** A note indexed only in part; `warning` is its first (the parser's message). */
	| { kind: "noteWarning"; path: string; warning: string };

export function indexProblems(index: QuestionIndex, prep: PrepSet | null): IndexProblem[] {
	const out: IndexProblem[] = (prep?.missingHubs ?? []).map((hub) => ({ kind: "missingHub", hub }));
	for (const note of index.notes) {
		if (note.warnings.length > 0) out.push({ kind: "noteWarning", path: note.path, warning: note.warnings[0] });
	}
	return out;
}

/** One problem per hub or per note: a warning whose line numbers moved with an edit is the same problem. */
function keyOf(p: IndexProblem): string {
	return p.kind === "missingHub" ? `hub:${p.hub}` : `note:${p.path}`;
}

/** Remembers which problems were told, so each is told once; a fixed one is forgotten and told again if it returns. */
export class ProblemTracker {
	private told = new Set<string>();

	/** The problems among `current` not told yet. */
	take(current: readonly IndexProblem[]): IndexProblem[] {
		const keys = new Set(current.map(keyOf));
		for (const key of [...this.told]) if (!keys.has(key)) this.told.delete(key);
		const fresh = current.filter((p) => !this.told.has(keyOf(p)));
		for (const p of fresh) this.told.add(keyOf(p));
		return fresh;
	}
}
