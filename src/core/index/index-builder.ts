// Builds indexes one after another, reusing the work of the previous build: the variant pair index
// (keys, postings, pairs) is kept, and after a few edited notes only the questions they can touch are
// regrouped. Every build gives exactly what `buildIndex` gives for the same notes.
import type { ExtractedQuestion, ParsedNote, Question, QuestionIndex } from "../types";
import { runSteps } from "../run-steps";
import type { KeyData } from "./key-data";
import { COMMON_BIGRAM, VariantPairIndex } from "./variant-pairs";
import { exportPairs, importPairsSteps, type PairSnapshot } from "./pair-snapshot";
import { GroupItems, groupItems, indexedQuestion } from "./grouping";
import { carryOver, pathOrder, planEdit, planReplaced, sameOrder, type EditPlan, type LastBuild, type SameOrder } from "./edit-plan";
import { byPath, indexedCopy, noteData, type NoteState } from "./note-state";
import { layOut, patchLayout, rankOf, type Layout } from "./index-layout";

/** A build's index, and what the next build may follow note by note (null when it may not). */
interface Built {
	index: QuestionIndex;
	states: Map<string, NoteState> | null;
	layout: Layout | null;
}

/** Questions made between two pauses of buildSteps. */
const STEP_ITEMS = 2000;

/**
 * Questions keyed between two pauses of a full build. Keying a question the first time (its key, the
 * key's unit and bigram ids) is slower than indexing it, more so in the first build after start-up,
 * before the engine has compiled it: a pause costs next to nothing, a long slice freezes the interface.
 */
const KEY_STEP_ITEMS = 250;

export class IndexBuilder {
	private readonly pairs: VariantPairIndex;
	/** Builds started so far: the current one's number marks what it has seen. */
	private buildCount = 0;
	/** Last build's questions per note (by the note's questions array), reused when nothing about them changed. */
	private readonly previous = new WeakMap<readonly ExtractedQuestion[], { path: string; indexedByPlace: (Question | undefined)[] }>();
	/** The last finished build, when the next may follow it note by note. */
	private last: LastBuild | null = null;

	/** `commonBigram` is for tests (small vaults never reach the default). */
	constructor(opts: { commonBigram?: number } = {}) {
		this.pairs = new VariantPairIndex(opts.commonBigram ?? COMMON_BIGRAM);
	}

	/** Counts changes of the keys (and so of the pairs): a saved snapshot is current while it stays. */
	get keysRevision(): number {
		return this.pairs.keysRevision;
	}

	build(notes: readonly ParsedNote[]): QuestionIndex {
		return runSteps(this.buildSteps(notes));
	}

	/**
	 * The same build in steps: it pauses (yields) every few thousand questions, so a caller can give
	 * the interface a turn. Nothing else may use the builder until it is done.
	 */
	*buildSteps(notes: readonly ParsedNote[]): Generator<void, QuestionIndex, void> {
		const build = ++this.buildCount;
		const last = this.last;
		this.last = null;
		const same = last ? sameOrder(last, notes) : null;
		const order = same ? null : pathOrder(notes);
		const sortedNotes = same?.sorted ?? (order as { sorted: ParsedNote[] }).sorted;
		const plan = last ? (same ? planReplaced(last, same) : planEdit(last, sortedNotes)) : null;
		const { index, states, layout } = last && plan ? this.regroup(last, plan, sortedNotes, same, build) : yield* this.fullBuild(sortedNotes, build);
		// Merged notes (two sharing a path) are not followed edit by edit: the next build starts afresh.
		const rankOfInput = order?.rankOfInput ?? (last as LastBuild).rankOfInput;
		this.last = states && layout ? { byPath: states, index, input: notes.slice(), sorted: sortedNotes, rankOfInput, layout } : null;
		this.pairs.pairsChanged.clear();
		return index;
	}

	/** Every question grouped afresh: the first build, or after many notes changed. */
	private *fullBuild(sortedNotes: readonly ParsedNote[], build: number): Generator<void, Built, void> {
		// Items in path then line order. Notes sharing a path are merged, their questions ordered by line.
		const items = new GroupItems();
		const stateByPath = new Map<string, NoteState>();
		const sortedStates: NoteState[] = [];
		const added: KeyData[] = [];
		let nextPause = KEY_STEP_ITEMS;
		for (let n = 0; n < sortedNotes.length; ) {
			const path = sortedNotes[n].path;
			let end = n + 1;
			while (end < sortedNotes.length && sortedNotes[end].path === path) end++;
			const single = end === n + 1;
			const questions = single ? sortedNotes[n].questions : sortedNotes.slice(n, end).flatMap((x) => x.questions);
			const state = this.noteState(path, questions, single);
			stateByPath.set(path, state);
			sortedStates.push(state);
			for (let j = 0; j < state.data.order.length; j++) {
				const kd = this.pairs.keyFor(state.data.keys, j);
				if (kd.build !== build) {
					kd.build = build;
					kd.holdingNotes = 0;
					if (kd.slot < 0) added.push(kd);
				}
				kd.holdingNotes++;
				state.keysByPlace.push(kd);
				items.add(state, j, kd);
			}
			n = end;
			// (Keying a note's questions, and making the key data of keys not seen before, takes time too.)
			if (items.count >= nextPause) {
				nextPause = items.count + KEY_STEP_ITEMS;
				yield;
			}
		}
		yield;
		yield* this.pairs.updateSteps(added, this.pairs.liveKeys.filter((kd) => kd.build !== build));
		yield;
		const grouping = groupItems(items, this.pairs.liveKeys, build);
		const byId = new Map<string, Question>();
		for (let i = 0; i < items.count; i++) {
			if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
			const q = indexedQuestion(items, grouping, i);
			byId.set(q.id, q);
		}
		const followed = stateByPath.size === sortedNotes.length;
		// Merged notes' states hold every question of their path; the notes are listed one by one.
		const layout = layOut(sortedStates, sortedNotes);
		const index = { notes: layout.notes, questions: layout.questions, gaps: layout.gaps, byId };
		return { index, states: followed ? stateByPath : null, layout: followed ? layout : null };
	}

	/**
	 * A few notes changed since the last build: only the keys they had or have, and the keys linked to
	 * those (variant pairs, shared ids), can group differently. Those are regrouped; every other question
	 * keeps its object. Same result as a full build.
	 */
	private regroup(last: LastBuild, plan: EditPlan, sortedNotes: readonly ParsedNote[], same: SameOrder | null, build: number): Built {
		const stateByPath = last.byPath;
		// The lookup is updated in place (copying ten thousand entries per keystroke is most of an edit's cost).
		const byId = last.index.byId;
		const dropId = (q: Question | undefined): void => {
			if (q && byId.get(q.id) === q) byId.delete(q.id);
		};
		const seeds = new Set<KeyData>();
		const oldStates = new Map<string, NoteState>();
		for (const path of plan.gone) {
			const old = stateByPath.get(path);
			if (!old) continue;
			stateByPath.delete(path);
			for (const kd of old.keysByPlace) kd.holdingNotes--;
			old.indexedByPlace.forEach(dropId);
			oldStates.set(path, old);
		}
		// Notes whose questions this build writes again (their places in the index's lists follow).
		const touched = new Set<NoteState>();
		const carries: { state: NoteState; old: NoteState; from: Int32Array }[] = [];
		for (const note of plan.changed) {
			const state = this.noteState(note.path, note.questions, true);
			stateByPath.set(note.path, state);
			const keys = state.data.keys;
			for (let j = 0; j < keys.length; j++) {
				const kd = this.pairs.keyFor(keys, j);
				state.keysByPlace.push(kd);
				kd.holdingNotes++;
			}
			const old = oldStates.get(note.path);
			if (same && old) last.layout.states[rankOf(last.layout, note.path)] = state;
			touched.add(state);
			const carry = old ? carryOver(old, state, seeds) : null;
			if (old && carry) {
				oldStates.delete(note.path);
				carries.push({ state, old, from: carry });
			} else state.keysByPlace.forEach((kd) => seeds.add(kd));
		}
		for (const old of oldStates.values()) old.keysByPlace.forEach((kd) => seeds.add(kd));
		const added: KeyData[] = [];
		const removed: KeyData[] = [];
		for (const kd of seeds) if (kd.slot < 0 && kd.holdingNotes > 0) added.push(kd);
		for (const kd of seeds) if (kd.slot >= 0 && kd.holdingNotes === 0) removed.push(kd);
		this.pairs.update(added, removed);
		for (const kd of this.pairs.pairsChanged) seeds.add(kd);

		// The keys whose groups may change, closed over pairs and shared ids so no group is cut.
		const scope: KeyData[] = [];
		const reach = (kd: KeyData): void => {
			if (kd.slot < 0 || kd.scopedInBuild === build) return;
			kd.scopedInBuild = build;
			scope.push(kd);
		};
		seeds.forEach(reach);
		for (let s = 0; s < scope.length; s++) {
			const kd = scope[s];
			kd.near?.forEach(reach);
			kd.oriented?.forEach((_, other) => reach(other));
			if (kd.claims.keysSharingBase > 1) for (const other of this.pairs.keys.values()) if (other.claims === kd.claims) reach(other);
		}

		// Their questions in path then line order. Only the edited notes hold them unless a key in scope is
		// held by other notes too (a question asked in several notes, a variant pair's other side): then
		// every note is looked at.
		let ordered: NoteState[] | null = null;
		const inOrder = (): NoteState[] => (ordered ??= same ? last.layout.states : sortedNotes.map((n) => stateByPath.get(n.path) as NoteState));
		const edited = [...touched].sort(byPath);
		const items = new GroupItems();
		for (const state of heldElsewhere(scope, edited) ? inOrder() : edited) {
			const keys = state.keysByPlace;
			for (let j = 0; j < keys.length; j++) {
				if (keys[j].scopedInBuild !== build) continue;
				touched.add(state);
				items.add(state, j, keys[j]);
				dropId(state.indexedByPlace[j]);
			}
		}
		const grouping = groupItems(items, scope, build);
		for (let i = 0; i < items.count; i++) {
			const q = indexedQuestion(items, grouping, i);
			byId.set(q.id, q);
		}
		// Questions of an edited note that group as before: last build's grouping with the new words and lines.
		for (const { state, old, from } of carries) {
			for (let j = 0; j < from.length; j++) {
				if (from[j] < 0 || state.keysByPlace[j].scopedInBuild === build) continue;
				const was = old.indexedByPlace[from[j]] as Question;
				const q = state.questions[state.data.order[j]];
				const copy = indexedCopy(q, state.data.plainFields, state.path, was.key, was.id, was.covered, was.variantOf, was.variants);
				state.indexedByPlace[j] = copy;
				byId.set(copy.id, copy);
			}
		}
		// The same paths: only the touched notes' parts of the lists are written again.
		const layout = same ? patchLayout(last.layout, sortedNotes, [...touched], same.replaced) : layOut(inOrder(), sortedNotes);
		return { index: { notes: layout.notes, questions: layout.questions, gaps: layout.gaps, byId }, states: stateByPath, layout };
	}

	/** A note's state for this build, keeping the index's copies from the last build of the same questions. */
	private noteState(path: string, questions: readonly ExtractedQuestion[], memo: boolean): NoteState {
		const data = noteData(questions, memo);
		const prev = this.previous.get(questions);
		// The same questions under another path (a renamed note) get their own copies.
		if (prev && prev.path === path) return { path, questions, data, indexedByPlace: prev.indexedByPlace, keysByPlace: [] };
		const indexedByPlace = new Array<Question | undefined>(questions.length);
		if (memo) this.previous.set(questions, { path, indexedByPlace });
		return { path, questions, data, indexedByPlace, keysByPlace: [] };
	}

	/** The keys in use and the variant pairs among them (see PairSnapshot). */
	exportPairs(): PairSnapshot {
		return exportPairs(this.pairs);
	}

	/**
	 * Takes in saved keys and their pairs instead of matching them: only on a builder that has seen
	 * no keys yet. Keys no note holds go at the next build (a full one); keys that come later are
	 * matched against them as usual. A snapshot of another version or threshold, or
	 * one whose pairs are out of range or not alike enough, is refused (false) and nothing is kept.
	 */
	importPairs(s: unknown): boolean {
		return runSteps(this.importPairsSteps(s));
	}

	/** importPairs in steps of a few hundred keys, so a big vault's snapshot does not hold the interface. */
	*importPairsSteps(s: unknown): Generator<void, boolean, void> {
		// Once accepted, the next build is a full one: it drops the saved keys no note holds.
		return yield* importPairsSteps(this.pairs, s, () => (this.last = null));
	}
}

/**
 * Do other notes than these hold a key in scope? The builder counts in `holdingNotes` each question
 * of a key (a note asking it twice counts twice), so these notes' questions are counted the same way.
 */
function heldElsewhere(scope: readonly KeyData[], notes: readonly NoteState[]): boolean {
	const held = new Map<KeyData, number>();
	for (const s of notes) for (const kd of s.keysByPlace) held.set(kd, (held.get(kd) ?? 0) + 1);
	return scope.some((kd) => kd.holdingNotes > (held.get(kd) ?? 0));
}
