// All prep notes' questions → one index: stable ids, variants of one question merged, gaps.
// IndexBuilder keeps what does not change between builds (keys, bigram postings, variant pairs, the
// notes holding each key), so a rebuild after one edited note regroups only the questions it can touch.
import type { ExtractedQuestion, ParsedNote, Question, QuestionIndex } from "../types";
import { keyUnits, questionId, questionKey } from "../normalize";
import { runSteps } from "../run-steps";

/** Two keys at least this alike are one question asked twice. Tuned on the seed notes. */
export const VARIANT_THRESHOLD = 0.88;

/** Bigrams shared by more keys than this do not propose candidate pairs (too common to tell anything). */
export const COMMON_BIGRAM = 400;

/**
 * `similarity` reaches the threshold only when at least 60% of the shorter key's bigrams occur in the
 * longer one (its Dice and containment paths both need that). Counting shared bigrams through the
 * postings and scoring only pairs that pass keeps the index near-linear on big vaults.
 */
const MIN_CONTAINMENT = 0.6;

/**
 * The variant pairs among a set of keys, as a builder found them: saved with the parse cache so the
 * next start need not match every key against the others again. Pairs are indices into `keys`;
 * oriented pairs are triples (a, b, 1 when similarity passes with a first, else 0).
 */
export interface PairSnapshot {
	v: number;
	common: number;
	keys: string[];
	near: number[];
	oriented: number[];
}

/** Bump when keys, similarity or the matching rules change: older snapshots are then ignored. */
export const PAIRS_VERSION = 1;

/** One distinct key and what variant matching needs of it. */
interface KeyData {
	key: string;
	/** questionId(key): ids are claimed from it. */
	base: string;
	/** Unit (word or CJK character) count, as `similarity` counts them. */
	units: number;
	/**
	 * Distinct unit ids ascending, then how often each occurs; then distinct bigram ids ascending, then
	 * their multiplicities (none below two units: such keys match nothing else). One array per key.
	 */
	ids: Int32Array;
	/** Distinct units and distinct bigrams. */
	nu: number;
	ng: number;
	/** Position in the builder's live keys, -1 when no question has this key. */
	slot: number;
	/** Keys alike enough (and proposed by a shared rare bigram); most keys have none. */
	near: KeyData[] | null;
	/** Pairs whose verdict depends on which key comes first (equal unit counts, asymmetric overlap). */
	oriented: Map<KeyData, OrientedPair> | null;
	/** Build in which `first` was set, and the first item with this key in that build. */
	gen: number;
	first: number;
	/** Ids claimed from the same base in this build (shared by keys whose bases collide). */
	claims: Claims;
	/** commonMult as of this common-bigram version. */
	commonVersion: number;
	commonMult: number;
	/** Notes with a question of this key, by path (as of the last build). */
	uses: number;
	/** Build in which an edit's regrouping took this key in. */
	scoped: number;
}

/** One note as the last build saw it: its questions, their order and keys, and the index's copies. */
interface NoteState {
	path: string;
	questions: readonly ExtractedQuestion[];
	data: NoteData;
	/** The index's question per place in `data.order`. */
	out: (Question | undefined)[];
	/** The key of each place (keys live while a note holds them). */
	kds: KeyData[];
}

/** A build's index, and its notes' states when the next build may follow it note by note. */
interface Built {
	index: QuestionIndex;
	states: Map<string, NoteState> | null;
}

/** What the last finished build was made of: an edit is compared against it. */
interface LastBuild {
	byPath: Map<string, NoteState>;
	index: QuestionIndex;
	/** The notes as given, and their path order (the live index gives them in the same order each time). */
	input: readonly ParsedNote[];
	sorted: readonly ParsedNote[];
}

interface Claims {
	gen: number;
	n: number;
	/** Keys with this base: almost always one; more only when two keys' hashes collide. */
	refs: number;
	/** The ids handed out so far ("q…-2", "q…-3"), kept so a rebuild gives the same string objects. */
	names: string[] | null;
}

interface OrientedPair {
	a: KeyData;
	b: KeyData;
	/** similarity(a, b) passes when a's first question comes before b's; the other order passes otherwise. */
	aFirst: boolean;
}

/** The keys having a bigram, each followed by how often it occurs in that key: [key, n, key, n, …]. */
type Posting = (KeyData | number)[];

/** Per questions array: the order by line, keys, and which repeats stay apart. Independent of the path. */
interface NoteData {
	/** Indices into the questions, ordered by line (stable). */
	order: number[];
	keys: string[];
	/** The same words answered again in the same form in this note: a different question. */
	apart: boolean[];
	/** Every question has exactly ExtractedQuestion's fields (the index copies them field by field). */
	plain: boolean;
}

const FIELDS = ["text", "form", "line", "endLine", "answerLines", "topic", "answerMarkdown", "answered", "parts", "star"];

function isPlain(q: ExtractedQuestion): boolean {
	const keys = Object.keys(q);
	return keys.length === FIELDS.length && keys.every((k, i) => k === FIELDS[i]);
}

/**
 * The index's copy of a question. A literal with one field order gives every question one shape
 * (spread copies each get their own, and reading them is many times slower); other fields are kept.
 */
function indexedCopy(q: ExtractedQuestion, plain: boolean, path: string, key: string, id: string, covered: boolean, variantOf: string | null, variants: string[]): Question {
	if (!plain) return { ...q, path, key, id, covered, variantOf, variants };
	return {
		text: q.text, form: q.form, line: q.line, endLine: q.endLine, answerLines: q.answerLines, topic: q.topic,
		answerMarkdown: q.answerMarkdown, answered: q.answered, parts: q.parts, star: q.star,
		path, key, id, covered, variantOf, variants,
	};
}

/** Saved keys taken in between two pauses of importPairsSteps. */
const IMPORT_STEP_KEYS = 500;

/** Questions made between two pauses of buildSteps. */
const STEP_ITEMS = 2000;

/** Most questions have no variants: one shared (frozen) empty list. */
const NO_VARIANTS = Object.freeze([]) as unknown as string[];

const noteMemo = new WeakMap<readonly ExtractedQuestion[], NoteData>();

function noteData(questions: readonly ExtractedQuestion[], memo: boolean): NoteData {
	const hit = memo ? noteMemo.get(questions) : undefined;
	if (hit) return hit;
	const order = questions.map((_, i) => i);
	let sorted = true;
	for (let i = 1; i < questions.length && sorted; i++) if (questions[i].line < questions[i - 1].line) sorted = false;
	if (!sorted) order.sort((a, b) => questions[a].line - questions[b].line || a - b);
	const keys: string[] = [];
	const apart: boolean[] = [];
	// Answered spots seen so far in this note, per key: the forms.
	const answeredForms = new Map<string, string[]>();
	for (const i of order) {
		const q = questions[i];
		const k = questionKey(q.text);
		keys.push(k);
		const forms = answeredForms.get(k);
		apart.push(q.answered && forms !== undefined && forms.includes(q.form));
		if (q.answered) {
			if (forms) forms.push(q.form);
			else answeredForms.set(k, [q.form]);
		}
	}
	const data = { order, keys, apart, plain: questions.every(isPlain) };
	if (memo) noteMemo.set(questions, data);
	return data;
}

/** Distinct values ascending, then how often each occurs (2n numbers). */
function distinctSorted(values: Int32Array): Int32Array {
	values.sort();
	let n = 0;
	for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) n++;
	const out = new Int32Array(2 * n);
	let at = -1;
	for (let i = 0; i < values.length; i++) {
		if (i === 0 || values[i] !== values[i - 1]) out[++at] = values[i];
		out[n + at]++;
	}
	return out;
}

function keysOf(p: Posting): KeyData[] {
	const out: KeyData[] = [];
	for (let k = 0; k < p.length; k += 2) out.push(p[k] as KeyData);
	return out;
}

/** Where a key's bigram ids start in `ids`, and its multiplicities. */
const gramAt = (kd: KeyData): number => 2 * kd.nu;
const gramMultAt = (kd: KeyData): number => 2 * kd.nu + kd.ng;

function byPath(a: { path: string }, b: { path: string }): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Does the key have this bigram? */
function holdsGram(kd: KeyData, id: number): boolean {
	const ids = kd.ids;
	let lo = gramAt(kd);
	let hi = lo + kd.ng - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const v = ids[mid];
		if (v === id) return true;
		if (v < id) lo = mid + 1;
		else hi = mid - 1;
	}
	return false;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** What grouping reads of a question: whether it is answered, how much, and whether it is kept apart. */
function groupingSig(state: NoteState, j: number): number {
	const q = state.questions[state.data.order[j]];
	return q.answerMarkdown.length * 4 + (q.answered ? 2 : 0) + (state.data.apart[j] ? 1 : 0);
}

/**
 * An edited note against its last build. Keys whose questions in it changed (in number, answer or
 * apartness) go into `seeds`; the other questions keep their grouping when they also keep their order
 * among themselves. Returns, per place of the new note, the place in the old one it carries over from
 * (-1 for a seed's question), or null when the kept questions changed order (all keys are then seeds).
 */
function carryOver(old: NoteState, cur: NoteState, seeds: Set<KeyData>): Int32Array | null {
	const perKey = new Map<KeyData, number[]>();
	old.kds.forEach((kd, j) => {
		const list = perKey.get(kd);
		if (list) list.push(groupingSig(old, j));
		else perKey.set(kd, [groupingSig(old, j)]);
	});
	const changed = new Set<KeyData>();
	const seen = new Map<KeyData, number>();
	cur.kds.forEach((kd, j) => {
		const n = seen.get(kd) ?? 0;
		seen.set(kd, n + 1);
		const list = perKey.get(kd);
		if (!list || list[n] !== groupingSig(cur, j)) changed.add(kd);
	});
	for (const [kd, list] of perKey) if (seen.get(kd) !== list.length) changed.add(kd);
	const from = new Int32Array(cur.kds.length).fill(-1);
	let o = 0;
	for (let j = 0; j < cur.kds.length; j++) {
		if (changed.has(cur.kds[j])) continue;
		while (o < old.kds.length && changed.has(old.kds[o])) o++;
		// The kept questions came in another order (a section moved): regroup the whole note.
		if (o >= old.kds.length || old.kds[o] !== cur.kds[j]) return null;
		from[j] = o++;
	}
	changed.forEach((kd) => seeds.add(kd));
	return from;
}

const isIndexList = (v: unknown, n: number, width: number): v is number[] =>
	Array.isArray(v) && v.length % width === 0 && v.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < n);

/** The shape of a PairSnapshot of this version and threshold (its pairs are checked as they are read). */
function isSnapshot(s: unknown, common: number): s is PairSnapshot {
	if (typeof s !== "object" || s === null) return false;
	const x = s as Partial<PairSnapshot>;
	if (x.v !== PAIRS_VERSION || x.common !== common || !Array.isArray(x.keys) || !x.keys.every((k) => typeof k === "string")) return false;
	const n = x.keys.length;
	if (!isIndexList(x.near, n, 2) || !isIndexList(x.oriented, n, 3)) return false;
	for (let i = 2; i < x.oriented.length; i += 3) if (x.oriented[i] > 1) return false;
	return true;
}

/** Questions being grouped, in path then line order: each is a place in a note's state. */
class Items {
	readonly state: NoteState[] = [];
	readonly place: number[] = [];
	readonly key: KeyData[] = [];
	get count(): number {
		return this.key.length;
	}
	add(state: NoteState, j: number, kd: KeyData): void {
		this.state.push(state);
		this.place.push(j);
		this.key.push(kd);
	}
	question(i: number): ExtractedQuestion {
		const s = this.state[i];
		return s.questions[s.data.order[this.place[i]]];
	}
	/** The same words answered again in the same form in this note: kept apart from its key's group. */
	apart(i: number): boolean {
		return this.state[i].data.apart[this.place[i]];
	}
}

interface Grouping {
	/** Each item's group (its smallest item). */
	root: Int32Array;
	/** Per group root: the canonical item. */
	canonical: Int32Array;
	ids: string[];
	/** Per group root: the variants' ids (canonical excluded), in order. */
	variantIds: Map<number, string[]>;
}

/** Notes that changed since the last build (new questions or new notes), and paths that left or changed. */
interface EditPlan {
	changed: ParsedNote[];
	gone: string[];
}

/** Above this many changed notes a full build is as quick and simpler. */
const MAX_EDITED_NOTES = 16;

/** What changed since the last build, or null when a full build is due (many changes, or shared paths). */
function planEdit(last: LastBuild, sorted: readonly ParsedNote[]): EditPlan | null {
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
 * last build's order with this build's notes.
 */
function sameOrder(last: LastBuild, notes: readonly ParsedNote[]): ParsedNote[] | null {
	const prev = last.input;
	if (prev.length !== notes.length) return null;
	const at = new Map<ParsedNote, ParsedNote>();
	for (let i = 0; i < notes.length; i++) {
		if (prev[i].path !== notes[i].path) return null;
		if (prev[i] !== notes[i]) at.set(prev[i], notes[i]);
	}
	return at.size === 0 ? last.sorted.slice() : last.sorted.map((n) => at.get(n) ?? n);
}

/** The list without this key (near lists are short: most keys have none, a few have a handful). */
function without(list: KeyData[] | null, kd: KeyData): KeyData[] | null {
	if (!list) return null;
	const at = list.indexOf(kd);
	if (at < 0) return list;
	if (list.length === 1) return null;
	list.splice(at, 1);
	return list;
}

function noteList(sorted: readonly ParsedNote[]): QuestionIndex["notes"] {
	return sorted.map((n) => ({ path: n.path, questions: n.questions.length, warnings: n.warnings }));
}

/** Ids of canonical questions nothing answers, in index order. */
function gapsOf(questions: readonly Question[]): string[] {
	const gaps: string[] = [];
	for (const q of questions) if (q.variantOf === null && !q.covered) gaps.push(q.id);
	return gaps;
}

/**
 * Builds indexes one after another, reusing the work of the previous build: keys, their bigram postings
 * and the variant pairs found among them are kept, so only keys that came or went are matched again.
 * Every build gives exactly what `buildIndex` gives for the same notes.
 */
export class IndexBuilder {
	private readonly keys = new Map<string, KeyData>();
	private readonly claimsByBase = new Map<string, Claims>();
	private readonly unitIds = new Map<string, number>();
	private readonly gramIds = new Map<number, number>();
	private readonly postings: Posting[] = [];
	private live: KeyData[] = [];
	private gen = 0;
	private firstNewSlot = 0;
	private commonVersion = 0;
	private counts = new Int32Array(64);
	private countsOther = new Int32Array(64);
	/** Last build's questions per note (by the note's questions array), reused when nothing about them changed. */
	private readonly previous = new WeakMap<readonly ExtractedQuestion[], { path: string; out: (Question | undefined)[] }>();
	/** The last finished build, when the next may follow it note by note. */
	private last: LastBuild | null = null;
	/** Keys whose variant pairs changed since the last build (by priming or this build's matching). */
	private readonly touched = new Set<KeyData>();
	/** Keys primed since the last build: those no note holds go at the next build. */
	private readonly primed = new Set<KeyData>();
	private readonly commonBigram: number;

	/** `commonBigram` is for tests (small vaults never reach the default). */
	constructor(opts: { commonBigram?: number } = {}) {
		this.commonBigram = opts.commonBigram ?? COMMON_BIGRAM;
	}

	build(notes: readonly ParsedNote[]): QuestionIndex {
		return runSteps(this.buildSteps(notes));
	}

	/**
	 * The same build in steps: it pauses (yields) every few thousand questions, so a caller can give
	 * the interface a turn. Nothing else may use the builder until it is done.
	 */
	*buildSteps(notes: readonly ParsedNote[]): Generator<void, QuestionIndex, void> {
		const gen = ++this.gen;
		const last = this.last;
		this.last = null;
		const same = last ? sameOrder(last, notes) : null;
		const sortedNotes = same ?? notes.slice().sort(byPath);
		const plan = last ? planEdit(last, sortedNotes) : null;
		const { index, states } = last && plan ? this.regroup(last, plan, sortedNotes, gen) : yield* this.fullBuild(sortedNotes, gen);
		// Merged notes (two sharing a path) are not followed edit by edit: the next build starts afresh.
		this.last = states ? { byPath: states, index, input: notes.slice(), sorted: sortedNotes } : null;
		this.touched.clear();
		this.primed.clear();
		return index;
	}

	/** Every question grouped afresh: the first build, or after many notes changed. */
	private *fullBuild(sortedNotes: readonly ParsedNote[], gen: number): Generator<void, Built, void> {
		// Items in path then line order. Notes sharing a path are merged, their questions ordered by line.
		const items = new Items();
		const byPathState = new Map<string, NoteState>();
		const added: KeyData[] = [];
		for (let n = 0; n < sortedNotes.length; ) {
			const path = sortedNotes[n].path;
			let end = n + 1;
			while (end < sortedNotes.length && sortedNotes[end].path === path) end++;
			const single = end === n + 1;
			const questions = single ? sortedNotes[n].questions : sortedNotes.slice(n, end).flatMap((x) => x.questions);
			const state = this.noteState(path, questions, single);
			byPathState.set(path, state);
			for (let j = 0; j < state.data.order.length; j++) {
				const kd = this.keyAt(state.data.keys, j);
				if (kd.gen !== gen) {
					kd.gen = gen;
					kd.uses = 0;
					if (kd.slot < 0) added.push(kd);
				}
				kd.uses++;
				state.kds.push(kd);
				items.add(state, j, kd);
			}
			n = end;
		}
		yield;
		this.updatePairs(added, this.live.filter((kd) => kd.gen !== gen));
		yield;
		const grouping = this.group(items, this.live, gen);
		const questions: Question[] = new Array<Question>(items.count);
		const byId = new Map<string, Question>();
		for (let i = 0; i < items.count; i++) {
			if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
			const q = this.indexed(items, grouping, i);
			questions[i] = q;
			byId.set(q.id, q);
		}
		const index = { notes: noteList(sortedNotes), questions, gaps: gapsOf(questions), byId };
		return { index, states: byPathState.size === sortedNotes.length ? byPathState : null };
	}

	/**
	 * A few notes changed since the last build: only the keys they had or have, and the keys linked to
	 * those (variant pairs, shared ids), can group differently. Those are regrouped; every other question
	 * keeps its object. Same result as a full build.
	 */
	private regroup(last: LastBuild, plan: EditPlan, sortedNotes: readonly ParsedNote[], gen: number): Built {
		const byPathState = last.byPath;
		// The lookup is updated in place (copying ten thousand entries per keystroke is most of an edit's cost).
		const byId = last.index.byId;
		const dropId = (q: Question | undefined): void => {
			if (q && byId.get(q.id) === q) byId.delete(q.id);
		};
		const seeds = new Set<KeyData>();
		const olds = new Map<string, NoteState>();
		for (const path of plan.gone) {
			const old = byPathState.get(path);
			if (!old) continue;
			byPathState.delete(path);
			for (const kd of old.kds) kd.uses--;
			old.out.forEach(dropId);
			olds.set(path, old);
		}
		const carries: { state: NoteState; old: NoteState; from: Int32Array }[] = [];
		for (const note of plan.changed) {
			const state = this.noteState(note.path, note.questions, true);
			byPathState.set(note.path, state);
			const keys = state.data.keys;
			for (let j = 0; j < keys.length; j++) {
				const kd = this.keyAt(keys, j);
				state.kds.push(kd);
				kd.uses++;
			}
			const old = olds.get(note.path);
			const carry = old ? carryOver(old, state, seeds) : null;
			if (old && carry) {
				olds.delete(note.path);
				carries.push({ state, old, from: carry });
			} else state.kds.forEach((kd) => seeds.add(kd));
		}
		for (const old of olds.values()) old.kds.forEach((kd) => seeds.add(kd));
		const added: KeyData[] = [];
		const removed: KeyData[] = [];
		for (const kd of seeds) if (kd.slot < 0 && kd.uses > 0) added.push(kd);
		for (const kd of [...seeds, ...this.primed]) if (kd.slot >= 0 && kd.uses === 0 && !removed.includes(kd)) removed.push(kd);
		this.updatePairs(added, removed);
		for (const kd of this.touched) seeds.add(kd);

		// The keys whose groups may change, closed over pairs and shared ids so no group is cut.
		const scope: KeyData[] = [];
		const reach = (kd: KeyData): void => {
			if (kd.slot < 0 || kd.scoped === gen) return;
			kd.scoped = gen;
			scope.push(kd);
		};
		seeds.forEach(reach);
		for (let s = 0; s < scope.length; s++) {
			const kd = scope[s];
			kd.near?.forEach(reach);
			kd.oriented?.forEach((_, other) => reach(other));
			if (kd.claims.refs > 1) for (const other of this.keys.values()) if (other.claims === kd.claims) reach(other);
		}

		// Their questions in path then line order: a look at every question's key, no more.
		const items = new Items();
		for (const note of sortedNotes) {
			const state = byPathState.get(note.path) as NoteState;
			const kds = state.kds;
			for (let j = 0; j < kds.length; j++) {
				if (kds[j].scoped !== gen) continue;
				items.add(state, j, kds[j]);
				dropId(state.out[j]);
			}
		}
		const grouping = this.group(items, scope, gen);
		for (let i = 0; i < items.count; i++) {
			const q = this.indexed(items, grouping, i);
			byId.set(q.id, q);
		}
		// Questions of an edited note that group as before: last build's grouping with the new words and lines.
		for (const { state, old, from } of carries) {
			for (let j = 0; j < from.length; j++) {
				if (from[j] < 0 || state.kds[j].scoped === gen) continue;
				const was = old.out[from[j]] as Question;
				const q = state.questions[state.data.order[j]];
				const out = indexedCopy(q, state.data.plain, state.path, was.key, was.id, was.covered, was.variantOf, was.variants);
				state.out[j] = out;
				byId.set(out.id, out);
			}
		}
		const questions = sortedNotes.flatMap((n) => (byPathState.get(n.path) as NoteState).out as Question[]);
		return { index: { notes: noteList(sortedNotes), questions, gaps: gapsOf(questions), byId }, states: byPathState };
	}

	/** A note's state for this build, keeping the index's copies from the last build of the same questions. */
	private noteState(path: string, questions: readonly ExtractedQuestion[], memo: boolean): NoteState {
		const data = noteData(questions, memo);
		const prev = this.previous.get(questions);
		// The same questions under another path (a renamed note) get their own copies.
		if (prev && prev.path === path) return { path, questions, data, out: prev.out, kds: [] };
		const out = new Array<Question | undefined>(questions.length);
		if (memo) this.previous.set(questions, { path, out });
		return { path, questions, data, out, kds: [] };
	}

	/** Union-find over the items: same key (unless kept apart), or keys alike enough; then canonicals and ids. */
	private group(items: Items, keys: readonly KeyData[], gen: number): Grouping {
		const count = items.count;
		const parent = new Int32Array(count);
		for (let i = 0; i < count; i++) parent[i] = i;
		const find = (i: number): number => {
			while (parent[i] !== i) i = parent[i] = parent[parent[i]];
			return i;
		};
		const union = (a: number, b: number): void => {
			const ra = find(a);
			const rb = find(b);
			if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
		};
		for (const kd of keys) kd.gen = gen - 1;
		for (let i = 0; i < count; i++) {
			const kd = items.key[i];
			if (kd.gen !== gen) {
				kd.gen = gen;
				kd.first = i;
			} else if (!items.apart(i)) union(kd.first, i);
		}
		for (const kd of keys) {
			if (kd.near) for (const other of kd.near) if (kd.slot < other.slot) union(kd.first, other.first);
			if (kd.oriented) for (const p of kd.oriented.values()) if (p.a === kd && p.a.first < p.b.first === p.aFirst) union(p.a.first, p.b.first);
		}

		// Groups: the canonical is the answered member with the most text (the first on ties).
		const canonical = new Int32Array(count).fill(-1);
		const size = new Int32Array(count);
		for (let i = 0; i < count; i++) {
			const r = find(i);
			size[r]++;
			const best = canonical[r];
			if (best < 0) {
				canonical[r] = i;
				continue;
			}
			const m = items.question(i);
			const b = items.question(best);
			if ((m.answered && !b.answered) || (m.answered === b.answered && m.answerMarkdown.length > b.answerMarkdown.length)) canonical[r] = i;
		}
		const root = new Int32Array(count);
		for (let i = 0; i < count; i++) root[i] = find(i);
		// Canonical questions claim the plain id of their key first, in note order.
		const ids: string[] = new Array<string>(count);
		for (let i = 0; i < count; i++) if (canonical[root[i]] === i) ids[i] = this.claim(items.key[i], gen);
		for (let i = 0; i < count; i++) if (ids[i] === undefined) ids[i] = this.claim(items.key[i], gen);
		const variantIds = new Map<number, string[]>();
		for (let i = 0; i < count; i++) {
			const r = root[i];
			if (size[r] < 2 || canonical[r] === i) continue;
			const list = variantIds.get(r);
			if (list) list.push(ids[i]);
			else variantIds.set(r, [ids[i]]);
		}
		return { root, canonical, ids, variantIds };
	}

	/** The index's question for item i: last build's object when nothing about it changed. */
	private indexed(items: Items, g: Grouping, i: number): Question {
		const r = g.root[i];
		const c = g.canonical[r];
		const id = g.ids[i];
		// The canonical is answered whenever any member is (it is chosen that way).
		const covered = items.question(c).answered;
		const variantOf = c === i ? null : g.ids[c];
		const variants = c === i ? (g.variantIds.get(r) ?? NO_VARIANTS) : NO_VARIANTS;
		const state = items.state[i];
		const j = items.place[i];
		const prev = state.out[j];
		if (prev && prev.path === state.path && prev.id === id && prev.covered === covered && prev.variantOf === variantOf && sameIds(prev.variants, variants)) return prev;
		const out = indexedCopy(items.question(i), state.data.plain, state.path, items.key[i].key, id, covered, variantOf, variants);
		state.out[j] = out;
		return out;
	}

	/**
	 * Registers these notes' keys and matches the new ones, without building: work done ahead (a note at
	 * a time while notes load) that the next build need not do. Keys no build uses go at the next build.
	 */
	prime(notes: readonly ParsedNote[]): void {
		const added: KeyData[] = [];
		for (const note of notes) {
			const keys = noteData(note.questions, true).keys;
			for (let j = 0; j < keys.length; j++) {
				const kd = this.keyAt(keys, j);
				if (kd.slot < 0 && !added.includes(kd)) added.push(kd);
			}
		}
		for (const kd of added) this.primed.add(kd);
		this.updatePairs(added, []);
	}

	/** The key data for keys[j], made if new; the note's key string becomes the shared one. */
	private keyAt(keys: string[], j: number): KeyData {
		let kd = this.keys.get(keys[j]);
		if (!kd) {
			kd = this.newKey(keys[j]);
			this.keys.set(kd.key, kd);
		}
		// One string per key however many notes ask it (thousands of copies otherwise).
		keys[j] = kd.key;
		return kd;
	}

	/** The next free id for a key: its plain id, then -2, -3 … */
	private claim(kd: KeyData, gen: number): string {
		const c = kd.claims;
		if (c.gen !== gen) {
			c.gen = gen;
			c.n = 0;
		}
		c.n++;
		if (c.n === 1) return kd.base;
		const names = (c.names ??= []);
		return (names[c.n - 2] ??= `${kd.base}-${c.n}`);
	}

	private newKey(key: string): KeyData {
		const units = keyUnits(key);
		const ids = new Int32Array(units.length);
		for (let i = 0; i < units.length; i++) {
			let id = this.unitIds.get(units[i]);
			if (id === undefined) {
				id = this.unitIds.size;
				this.unitIds.set(units[i], id);
			}
			ids[i] = id;
		}
		const grams = new Int32Array(Math.max(0, units.length - 1));
		for (let i = 0; i + 1 < ids.length; i++) {
			const pair = ids[i] * 0x4000000 + ids[i + 1];
			let g = this.gramIds.get(pair);
			if (g === undefined) {
				g = this.gramIds.size;
				this.gramIds.set(pair, g);
				this.postings.push([]);
			}
			grams[i] = g;
		}
		const u = distinctSorted(ids);
		const g2 = distinctSorted(grams);
		const nu = u.length >> 1;
		const ng = g2.length >> 1;
		const packed = new Int32Array(u.length + g2.length);
		packed.set(u, 0);
		packed.set(g2, u.length);
		const base = questionId(key);
		let claims = this.claimsByBase.get(base);
		if (!claims) {
			claims = { gen: 0, n: 0, refs: 0, names: null };
			this.claimsByBase.set(base, claims);
		}
		const kd: KeyData = {
			key, base, units: units.length, ids: packed, nu, ng,
			slot: -1, near: null, oriented: null, gen: 0, first: 0, claims, commonVersion: -1, commonMult: 0, uses: 0, scoped: 0,
		};
		claims.refs++;
		return kd;
	}

	private isCommon(g: number): boolean {
		return this.postings[g].length > 2 * this.commonBigram;
	}

	/** Counts changes of the keys (and so of the pairs): a saved snapshot is current while it stays. */
	keysRevision = 0;

	/** The keys in use and the variant pairs among them (see PairSnapshot). */
	exportPairs(): PairSnapshot {
		const at = new Map<KeyData, number>();
		const keys: string[] = [];
		for (const kd of this.live) {
			at.set(kd, keys.length);
			keys.push(kd.key);
		}
		const near: number[] = [];
		const oriented: number[] = [];
		for (const kd of this.live) {
			for (const other of kd.near ?? []) if (kd.slot < other.slot) near.push(at.get(kd) as number, at.get(other) as number);
			for (const p of kd.oriented?.values() ?? []) if (p.a === kd) oriented.push(at.get(p.a) as number, at.get(p.b) as number, p.aFirst ? 1 : 0);
		}
		return { v: PAIRS_VERSION, common: this.commonBigram, keys, near, oriented };
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
		if (this.keys.size > 0 || !isSnapshot(s, this.commonBigram)) return false;
		// The next build is a full one: it drops the saved keys no note holds.
		this.last = null;
		const kds: KeyData[] = [];
		for (const key of s.keys) {
			if (kds.length % IMPORT_STEP_KEYS === IMPORT_STEP_KEYS - 1) yield;
			if (this.keys.has(key)) return this.reset();
			const kd = this.newKey(key);
			this.keys.set(key, kd);
			kds.push(kd);
		}
		this.updatePostings(kds);
		this.keysRevision++;
		yield;
		for (let i = 0; i < s.near.length; i += 2) {
			const a = kds[s.near[i]];
			const b = kds[s.near[i + 1]];
			if (a === b || variantScore(a, b) < VARIANT_THRESHOLD) return this.reset();
			(a.near ??= []).push(b);
			(b.near ??= []).push(a);
		}
		for (let i = 0; i < s.oriented.length; i += 3) {
			const a = kds[s.oriented[i]];
			const b = kds[s.oriented[i + 1]];
			const aFirst = s.oriented[i + 2] === 1;
			if (a === b || a.units !== b.units || variantScore(aFirst ? a : b, aFirst ? b : a) < VARIANT_THRESHOLD) return this.reset();
			const pair: OrientedPair = { a, b, aFirst };
			(a.oriented ??= new Map()).set(b, pair);
			(b.oriented ??= new Map()).set(a, pair);
		}
		this.touched.clear();
		return true;
	}

	/** Saved keys take their places and postings; their pairs come from the snapshot. */
	private updatePostings(kds: readonly KeyData[]): void {
		for (const kd of kds) {
			kd.slot = this.live.length;
			this.live.push(kd);
			for (let j = 0; j < kd.ng; j++) this.postings[kd.ids[gramAt(kd) + j]].push(kd, kd.ids[gramMultAt(kd) + j]);
		}
		this.firstNewSlot = this.live.length;
		this.commonVersion++;
	}

	/** Back to an empty builder (a refused snapshot leaves nothing behind). */
	private reset(): false {
		for (const kd of [...this.live]) this.dropKey(kd);
		this.keys.clear();
		this.claimsByBase.clear();
		this.postings.length = 0;
		this.gramIds.clear();
		this.unitIds.clear();
		this.primed.clear();
		this.touched.clear();
		this.commonVersion++;
		this.keysRevision++;
		return false;
	}

	/** Keys came and went: keep the postings and the variant pairs exactly as a fresh build finds them. */
	private updatePairs(added: KeyData[], removed: KeyData[]): void {
		if (removed.length === 0 && added.length === 0) return;
		this.keysRevision++;
		const wasCommon = new Map<number, boolean>();
		const touch = (g: number): void => {
			if (!wasCommon.has(g)) wasCommon.set(g, this.isCommon(g));
		};
		for (const kd of removed) {
			for (let j = gramAt(kd); j < gramMultAt(kd); j++) {
				const g = kd.ids[j];
				touch(g);
				const p = this.postings[g];
				const at = p.indexOf(kd);
				const last = p.length - 2;
				p[at] = p[last];
				p[at + 1] = p[last + 1];
				p.length = last;
			}
			for (const other of kd.near ?? []) {
				other.near = without(other.near, kd);
				this.touched.add(other);
			}
			for (const other of kd.oriented?.keys() ?? []) {
				other.oriented?.delete(kd);
				this.touched.add(other);
			}
			this.dropKey(kd);
		}
		this.firstNewSlot = this.live.length;
		for (const kd of added) {
			kd.slot = this.live.length;
			this.live.push(kd);
			for (let j = 0; j < kd.ng; j++) {
				const g = kd.ids[gramAt(kd) + j];
				touch(g);
				this.postings[g].push(kd, kd.ids[gramMultAt(kd) + j]);
			}
		}
		const becameCommon: number[] = [];
		const becameRare: number[] = [];
		for (const [g, was] of wasCommon) {
			const now = this.isCommon(g);
			if (was && !now) becameRare.push(g);
			else if (!was && now) becameCommon.push(g);
		}
		if (becameCommon.length + becameRare.length > 0) this.commonVersion++;
		// A bigram grew common: pairs it alone proposed are no longer proposed.
		for (const g of becameCommon) {
			for (const a of keysOf(this.postings[g])) {
				for (const b of [...(a.near ?? [])]) if (holdsGram(b, g) && !this.sharesRare(a, b)) this.unlink(a, b);
				for (const b of [...(a.oriented?.keys() ?? [])]) {
					if (holdsGram(b, g) && !this.sharesRare(a, b)) {
						a.oriented?.delete(b);
						b.oriented?.delete(a);
						this.touched.add(a).add(b);
					}
				}
			}
		}
		for (const kd of added) this.matchNewKey(kd);
		// A bigram grew rare: every pair sharing it is proposed now.
		for (const g of becameRare) {
			const keys = keysOf(this.postings[g]);
			for (let i = 0; i < keys.length; i++) {
				for (let j = i + 1; j < keys.length; j++) {
					const a = keys[i];
					const b = keys[j];
					if (!a.near?.includes(b) && !a.oriented?.has(b)) this.consider(a, b);
				}
			}
		}
	}

	private dropKey(kd: KeyData): void {
		const last = this.live[this.live.length - 1];
		this.live[kd.slot] = last;
		last.slot = kd.slot;
		this.live.pop();
		kd.slot = -1;
		kd.near = null;
		kd.oriented = null;
		this.keys.delete(kd.key);
		kd.uses = 0;
		if (--kd.claims.refs === 0) this.claimsByBase.delete(kd.base);
	}

	private unlink(a: KeyData, b: KeyData): void {
		a.near = without(a.near, b);
		b.near = without(b.near, a);
		this.touched.add(a).add(b);
	}

	private sharesRare(a: KeyData, b: KeyData): boolean {
		const x = a.ids;
		const y = b.ids;
		let i = gramAt(a);
		let j = gramAt(b);
		const xe = i + a.ng;
		const ye = j + b.ng;
		while (i < xe && j < ye) {
			if (x[i] === y[j]) {
				if (!this.isCommon(x[i])) return true;
				i++;
				j++;
			} else if (x[i] < y[j]) i++;
			else j++;
		}
		return false;
	}

	/** Occurrences of a key's common bigrams: assumed shared, so the count filter stays conservative. */
	private commonMultOf(kd: KeyData): number {
		if (kd.commonVersion !== this.commonVersion) {
			let n = 0;
			for (let j = 0; j < kd.ng; j++) if (this.isCommon(kd.ids[gramAt(kd) + j])) n += kd.ids[gramMultAt(kd) + j];
			kd.commonMult = n;
			kd.commonVersion = this.commonVersion;
		}
		return kd.commonMult;
	}

	/** Candidates of a new key: keys sharing one of its rare bigrams with enough shared occurrences. */
	private matchNewKey(a: KeyData): void {
		if (this.counts.length < this.live.length) {
			const n = Math.max(this.live.length, this.counts.length * 2);
			this.counts = new Int32Array(n);
			this.countsOther = new Int32Array(n);
		}
		const mine = this.counts;
		const theirs = this.countsOther;
		const touched: number[] = [];
		// New keys hold the slots from `firstNew` on, in the order they are matched.
		const firstNew = this.firstNewSlot;
		const mySlot = a.slot;
		for (let j = 0; j < a.ng; j++) {
			const p = this.postings[a.ids[gramAt(a) + j]];
			if (p.length > 2 * this.commonBigram) continue;
			const mult = a.ids[gramMultAt(a) + j];
			for (let k = 0; k < p.length; k += 2) {
				const s = (p[k] as KeyData).slot;
				// Itself, or another new key already matched against this one.
				if (s >= firstNew && s <= mySlot) continue;
				if (mine[s] === 0) touched.push(s);
				mine[s] += mult;
				theirs[s] += p[k + 1] as number;
			}
		}
		const myCommon = this.commonMultOf(a);
		for (const s of touched) {
			const b = this.live[s];
			const passA = a.units <= b.units && mine[s] + myCommon >= MIN_CONTAINMENT * (a.units - 1) - 1e-9;
			const passB = b.units <= a.units && theirs[s] + this.commonMultOf(b) >= MIN_CONTAINMENT * (b.units - 1) - 1e-9;
			mine[s] = 0;
			theirs[s] = 0;
			if (passA || passB) this.consider(a, b);
		}
	}

	/** Scores a proposed pair and records it when alike enough. */
	private consider(a: KeyData, b: KeyData): void {
		const ab = variantScore(a, b) >= VARIANT_THRESHOLD;
		// With equal unit counts the score depends on which key is taken as the shorter one.
		const ba = a.units === b.units ? variantScore(b, a) >= VARIANT_THRESHOLD : ab;
		if (ab || ba) this.touched.add(a).add(b);
		if (ab && ba) {
			(a.near ??= []).push(b);
			(b.near ??= []).push(a);
		} else if (ab || ba) {
			const pair: OrientedPair = { a, b, aFirst: ab };
			(a.oriented ??= new Map()).set(b, pair);
			(b.oriented ??= new Map()).set(a, pair);
		}
	}
}

/**
 * Occurrences (with a's multiplicities) of a's distinct ids that b also has: ids from `ai` (n of them,
 * multiplicities n further on) and from `bi` (m of them), both ascending.
 */
function sharedCount(a: Int32Array, ai: number, n: number, b: Int32Array, bi: number, m: number): number {
	let hits = 0;
	const ae = ai + n;
	const be = bi + m;
	let i = ai;
	let j = bi;
	while (i < ae && j < be) {
		if (a[i] === b[j]) {
			hits += a[i + n];
			i++;
			j++;
		} else if (a[i] < b[j]) i++;
		else j++;
	}
	return hits;
}

/**
 * `similarity(a.key, b.key)` on the keys' unit and bigram ids, same arithmetic (it is what decides
 * variants, so the two must agree; a test compares them). Keys under two units score 0 against others.
 */
function variantScore(a: KeyData, b: KeyData): number {
	if (a.units < 2 || b.units < 2) return 0;
	const s = a.units <= b.units ? a : b;
	const l = s === a ? b : a;
	const bs = s.units - 1;
	const bl = l.units - 1;
	const bc = sharedCount(s.ids, gramAt(s), s.ng, l.ids, gramAt(l), l.ng) / bs;
	const shared = bc * bs;
	const dice = (2 * shared) / (bs + bl);
	const ratio = s.units / l.units;
	let contained = 0;
	if (s.units >= 3 && ratio >= 0.5 && bc >= 0.6) contained = (sharedCount(s.ids, 0, s.nu, l.ids, 0, l.nu) / s.units) * (0.85 + 0.15 * ratio);
	return Math.min(1, Math.max(dice, contained));
}

/** One index from scratch (the live index keeps an IndexBuilder instead). */
export function buildIndex(notes: ParsedNote[]): QuestionIndex {
	return new IndexBuilder().build(notes);
}
