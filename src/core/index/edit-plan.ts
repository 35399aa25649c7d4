// Edit planning: which notes an edit changed since the last build, and which of an edited note's
// questions keep their grouping (the rest, by key, are regrouped).
import type { ParsedNote, QuestionIndex } from "../types";
import type { KeyData } from "./key-data";
import { byPath, type NoteState } from "./note-state";
import type { Layout } from "./index-layout";

/** What the last finished build was made of: an edit is compared against it. */
export interface LastBuild {
	byPath: Map<string, NoteState>;
	index: QuestionIndex;
	/** The notes as given, and their path order (the live index gives them in the same order each time). */
	input: readonly ParsedNote[];
	sorted: readonly ParsedNote[];
	/** Per note as given: its place in `sorted`. */
	rankOfInput: Int32Array;
	layout: Layout;
}

/** The notes in path order when they came as last time, and the places whose note is another object. */
export interface SameOrder {
	sorted: ParsedNote[];
	replaced: number[];
}

/** Notes that changed since the last build (new questions or new notes), and paths that left or changed. */
export interface EditPlan {
	changed: ParsedNote[];
	gone: string[];
}

/** Above this many changed notes a full build is as quick and simpler. */
const MAX_EDITED_NOTES = 16;

/** What changed since the last build, or null when a full build is due (many changes, or shared paths). */
export function planEdit(last: LastBuild, sorted: readonly ParsedNote[]): EditPlan | null {
	const changed: ParsedNote[] = [];
	let known = 0;
	for (let i = 0; i < sorted.length; i++) {
		const note = sorted[i];
		if (i > 0 && sorted[i - 1].path === note.path) return null;
		const state = last.byPath.get(note.path);
		if (state) known++;
		if (state && state.questions === note.questions) continue;
		changed.push(note);
		if (changed.length > MAX_EDITED_NOTES) return null;
	}
	const gone = changed.filter((n) => last.byPath.has(n.path)).map((n) => n.path);
	if (known < last.byPath.size) {
		const now = new Set(sorted.map((n) => n.path));
		for (const path of last.byPath.keys()) if (!now.has(path)) gone.push(path);
	}
	return changed.length + gone.length > 2 * MAX_EDITED_NOTES ? null : { changed, gone };
}

/**
 * The notes in path order without sorting, when they come as last time (same paths, same places):
 * last build's order with this build's notes, and the places (ascending) of the notes that are new objects.
 */
export function sameOrder(last: LastBuild, notes: readonly ParsedNote[]): SameOrder | null {
	const prev = last.input;
	if (prev.length !== notes.length) return null;
	let sorted: ParsedNote[] | null = null;
	const replaced: number[] = [];
	for (let i = 0; i < notes.length; i++) {
		if (prev[i] === notes[i]) continue;
		if (prev[i].path !== notes[i].path) return null;
		sorted ??= last.sorted.slice();
		sorted[last.rankOfInput[i]] = notes[i];
		replaced.push(last.rankOfInput[i]);
	}
	return { sorted: sorted ?? last.sorted.slice(), replaced: replaced.sort((a, b) => a - b) };
}

/** planEdit for notes that came as last time: only the replaced ones can have changed. */
export function planReplaced(last: LastBuild, same: SameOrder): EditPlan | null {
	const changed: ParsedNote[] = [];
	for (const r of same.replaced) {
		const note = same.sorted[r];
		if ((last.byPath.get(note.path) as NoteState).questions === note.questions) continue;
		changed.push(note);
		if (changed.length > MAX_EDITED_NOTES) return null;
	}
	return { changed, gone: changed.map((n) => n.path) };
}

/** Each note's place in path order (ties keep the order given), and the notes in that order. */
export function pathOrder(notes: readonly ParsedNote[]): { sorted: ParsedNote[]; rankOfInput: Int32Array } {
	const order = notes.map((_, i) => i).sort((a, b) => byPath(notes[a], notes[b]) || a - b);
	const rankOfInput = new Int32Array(notes.length);
	order.forEach((i, r) => (rankOfInput[i] = r));
	return { sorted: order.map((i) => notes[i]), rankOfInput };
}

/** What grouping reads of a question: whether it is answered, how much, and whether it is kept apart. */
function groupingSignature(state: NoteState, place: number): number {
	const q = state.questions[state.data.order[place]];
	return q.answerMarkdown.length * 4 + (q.answered ? 2 : 0) + (state.data.keptApart[place] ? 1 : 0);
}

/**
 * An edited note against its last build. Keys whose questions in it changed (in number, answer or
 * apartness) go into `seeds`; the other questions keep their grouping when they also keep their order
 * among themselves. Returns, per place of the new note, the place in the old one it carries over from
 * (-1 for a seed's question), or null when the kept questions changed order (all keys are then seeds).
 */
export function carryOver(old: NoteState, cur: NoteState, seeds: Set<KeyData>): Int32Array | null {
	const oldSignatures = new Map<KeyData, number[]>();
	old.keysByPlace.forEach((kd, j) => {
		const list = oldSignatures.get(kd);
		if (list) list.push(groupingSignature(old, j));
		else oldSignatures.set(kd, [groupingSignature(old, j)]);
	});
	const changed = new Set<KeyData>();
	const seen = new Map<KeyData, number>();
	cur.keysByPlace.forEach((kd, j) => {
		const n = seen.get(kd) ?? 0;
		seen.set(kd, n + 1);
		const list = oldSignatures.get(kd);
		if (!list || list[n] !== groupingSignature(cur, j)) changed.add(kd);
	});
	for (const [kd, list] of oldSignatures) if (seen.get(kd) !== list.length) changed.add(kd);
	const from = new Int32Array(cur.keysByPlace.length).fill(-1);
	let o = 0;
	for (let j = 0; j < cur.keysByPlace.length; j++) {
		if (changed.has(cur.keysByPlace[j])) continue;
		while (o < old.keysByPlace.length && changed.has(old.keysByPlace[o])) o++;
		// The kept questions came in another order (a section moved): regroup the whole note.
		if (o >= old.keysByPlace.length || old.keysByPlace[o] !== cur.keysByPlace[j]) return null;
		from[j] = o++;
	}
	changed.forEach((kd) => seeds.add(kd));
	return from;
}
