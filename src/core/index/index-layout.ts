// The index's flat lists (questions, gaps, notes) in path order, with where each note's part starts in
// them, so a build after an edit writes only the parts of the notes it touched and copies the rest in
// whole runs: an edit's cost follows the notes it touches, not the size of the vault.
import type { ParsedNote, Question, QuestionIndex } from "../types";
import type { NoteState } from "./note-state";

export interface Layout {
	/** The notes' states in path order (a note's place here is its rank). */
	states: NoteState[];
	questions: Question[];
	gaps: string[];
	notes: QuestionIndex["notes"];
	/** Where each note's questions, and its gaps, start in those lists; one more entry for the end. */
	questionAt: Int32Array;
	gapAt: Int32Array;
}

/** The place of the note with this path (which the layout has) in path order. */
export function rankOf(layout: Layout, path: string): number {
	const states = layout.states;
	let lo = 0;
	let hi = states.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (states[mid].path < path) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A note's questions in its line order, as a packed array (indexedByPlace may be holey). */
function questionsOf(state: NoteState): Question[] {
	const out: Question[] = [];
	for (const q of state.indexedByPlace) out.push(q as Question);
	return out;
}

/** A gap: a canonical question nothing answers. */
const isGap = (q: Question): boolean => q.variantOf === null && !q.covered;

/** Ids of the note's gaps, in line order. */
function gapsOf(state: NoteState): string[] {
	const gaps: string[] = [];
	for (const q of state.indexedByPlace) if (q && isGap(q)) gaps.push(q.id);
	return gaps;
}

function noteEntry(n: ParsedNote): QuestionIndex["notes"][number] {
	return { path: n.path, questions: n.questions.length, warnings: n.warnings };
}

/** The lists from scratch: `states` and `sorted` are the notes in path order, one state per note. */
export function layOut(states: NoteState[], sorted: readonly ParsedNote[]): Layout {
	const questionAt = new Int32Array(states.length + 1);
	const gapAt = new Int32Array(states.length + 1);
	const questions: Question[] = [];
	const gaps: string[] = [];
	for (let r = 0; r < states.length; r++) {
		const s = states[r];
		questionAt[r] = questions.length;
		gapAt[r] = gaps.length;
		for (const q of s.indexedByPlace as Question[]) {
			questions.push(q);
			if (isGap(q)) gaps.push(q.id);
		}
	}
	questionAt[states.length] = questions.length;
	gapAt[states.length] = gaps.length;
	return { states, questions, gaps, notes: sorted.map(noteEntry), questionAt, gapAt };
}

/**
 * The lists after a build that kept every path: `touched` notes (their states now in `last.states`) are
 * written again, the rest copied; `replaced` ranks get their note's entry from `sorted`. Takes over
 * `last` (its starts are moved in place): the last build's lists are not changed.
 */
export function patchLayout(last: Layout, sorted: readonly ParsedNote[], touched: readonly NoteState[], replaced: readonly number[]): Layout {
	if (touched.length > MAX_PATCHED) return layOut(last.states, sorted);
	const ranks = touched.map((s) => rankOf(last, s.path)).sort((a, b) => a - b);
	const questionParts: Question[][] = [];
	const gapParts: string[][] = [];
	const questionGrowth: number[] = [];
	const gapGrowth: number[] = [];
	let q = 0;
	let g = 0;
	for (const r of ranks) {
		const own = questionsOf(last.states[r]);
		const ownGaps = gapsOf(last.states[r]);
		questionParts.push(last.questions.slice(q, last.questionAt[r]), own);
		gapParts.push(last.gaps.slice(g, last.gapAt[r]), ownGaps);
		q = last.questionAt[r + 1];
		g = last.gapAt[r + 1];
		questionGrowth.push(own.length - (q - last.questionAt[r]));
		gapGrowth.push(ownGaps.length - (g - last.gapAt[r]));
	}
	questionParts.push(last.questions.slice(q));
	gapParts.push(last.gaps.slice(g));
	shiftStarts(last.questionAt, ranks, questionGrowth);
	shiftStarts(last.gapAt, ranks, gapGrowth);
	let notes = last.notes;
	if (replaced.length > 0) {
		notes = notes.slice();
		for (const r of replaced) notes[r] = noteEntry(sorted[r]);
	}
	return { ...last, questions: joined(questionParts), gaps: joined(gapParts), notes };
}

/** Above this many touched notes the lists are laid out afresh (and `joined` gets few parts). */
const MAX_PATCHED = 256;

/** The parts one after another: concat copies each run as a block, not item by item. */
function joined<T>(parts: T[][]): T[] {
	// eslint-disable-next-line no-restricted-syntax -- at most 2 × MAX_PATCHED + 1 arguments, far below the limit
	return ([] as T[]).concat(...parts);
}

/** Moves the starts after each of `ranks` (ascending) by how much that note's part grew. */
function shiftStarts(at: Int32Array, ranks: readonly number[], growth: readonly number[]): void {
	let by = 0;
	for (let k = 0; k < ranks.length; k++) {
		by += growth[k];
		if (by === 0) continue;
		const end = k + 1 < ranks.length ? ranks[k + 1] : at.length - 1;
		for (let r = ranks[k] + 1; r <= end; r++) at[r] += by;
	}
}
