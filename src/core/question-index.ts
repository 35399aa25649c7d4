// All prep notes' questions → one index: stable ids, variants of one question merged, gaps.
// IndexBuilder keeps what does not change between builds (keys, bigram postings, variant pairs), so a
// rebuild after one edited note costs one pass over the questions plus the new keys' candidates.
import type { ExtractedQuestion, ParsedNote, Question, QuestionIndex } from "./types";
import { keyUnits, questionId, questionKey } from "./normalize";

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
	near: Set<KeyData> | null;
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
}

interface Claims {
	gen: number;
	n: number;
	refs: number;
	/** The ids handed out so far ("q…-2", "q…-3"), kept so a rebuild gives the same string objects. */
	names: string[];
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
	private readonly orientedPairs = new Set<OrientedPair>();
	private gen = 0;
	private firstNewSlot = 0;
	private commonVersion = 0;
	private counts = new Int32Array(64);
	private countsOther = new Int32Array(64);
	/** Last build's questions per note (by the note's questions array), reused when nothing about them changed. */
	private readonly previous = new WeakMap<readonly ExtractedQuestion[], (Question | undefined)[]>();
	private readonly commonBigram: number;

	/** `commonBigram` is for tests (small vaults never reach the default). */
	constructor(opts: { commonBigram?: number } = {}) {
		this.commonBigram = opts.commonBigram ?? COMMON_BIGRAM;
	}

	build(notes: readonly ParsedNote[]): QuestionIndex {
		const steps = this.buildSteps(notes);
		for (;;) {
			const r = steps.next();
			if (r.done) return r.value;
		}
	}

	/**
	 * The same build in steps: it pauses (yields) every few thousand questions, so a caller can give
	 * the interface a turn. Nothing else may use the builder until it is done.
	 */
	*buildSteps(notes: readonly ParsedNote[]): Generator<void, QuestionIndex, void> {
		const gen = ++this.gen;
		const sortedNotes = notes.slice().sort(byPath);

		// Items in path then line order. Notes sharing a path are merged, their questions ordered by line.
		const itemQ: ExtractedQuestion[] = [];
		const itemPath: string[] = [];
		const itemKey: KeyData[] = [];
		const itemPlain: boolean[] = [];
		/** Per item: the note's slot array for reuse, and the item's place in it. */
		const itemPrev: (Question | undefined)[][] = [];
		const itemPrevAt: number[] = [];
		const added: KeyData[] = [];
		let parent = new Int32Array(0);
		const apartFlags: boolean[] = [];
		for (let n = 0; n < sortedNotes.length; ) {
			const path = sortedNotes[n].path;
			let end = n + 1;
			while (end < sortedNotes.length && sortedNotes[end].path === path) end++;
			const questions = end === n + 1 ? sortedNotes[n].questions : sortedNotes.slice(n, end).flatMap((x) => x.questions);
			const data = noteData(questions, end === n + 1);
			let prev = this.previous.get(questions);
			if (!prev) {
				prev = new Array<Question | undefined>(questions.length);
				if (end === n + 1) this.previous.set(questions, prev);
			}
			for (let j = 0; j < data.order.length; j++) {
				itemPrev.push(prev);
				itemPrevAt.push(j);
				itemQ.push(questions[data.order[j]]);
				itemPath.push(path);
				apartFlags.push(data.apart[j]);
				itemPlain.push(data.plain);
				let kd = this.keys.get(data.keys[j]);
				if (!kd) {
					kd = this.newKey(data.keys[j]);
					this.keys.set(kd.key, kd);
				}
				itemKey.push(kd);
			}
			n = end;
		}

		// Union-find over items: same key (unless kept apart), or keys alike enough.
		const count = itemQ.length;
		parent = new Int32Array(count);
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
		for (let i = 0; i < count; i++) {
			const kd = itemKey[i];
			if (kd.gen !== gen) {
				kd.gen = gen;
				kd.first = i;
				if (kd.slot < 0) added.push(kd);
			} else if (!apartFlags[i]) union(kd.first, i);
		}
		yield;
		this.updatePairs(added, this.live.filter((kd) => kd.gen !== gen));
		yield;
		for (const kd of this.live) if (kd.near) for (const other of kd.near) if (kd.slot < other.slot) union(kd.first, other.first);
		for (const p of this.orientedPairs) {
			if (p.a.first < p.b.first === p.aFirst) union(p.a.first, p.b.first);
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
			const m = itemQ[i];
			const b = itemQ[best];
			if ((m.answered && !b.answered) || (m.answered === b.answered && m.answerMarkdown.length > b.answerMarkdown.length)) canonical[r] = i;
		}
		// Canonical questions claim the plain id of their key first, in note order.
		const ids: string[] = new Array<string>(count);
		for (let i = 0; i < count; i++) if (canonical[find(i)] === i) ids[i] = this.claim(itemKey[i], gen);
		for (let i = 0; i < count; i++) if (ids[i] === undefined) ids[i] = this.claim(itemKey[i], gen);
		const variantIds = new Map<number, string[]>();
		for (let i = 0; i < count; i++) {
			const r = find(i);
			if (size[r] < 2 || canonical[r] === i) continue;
			const list = variantIds.get(r);
			if (list) list.push(ids[i]);
			else variantIds.set(r, [ids[i]]);
		}

		const questions: Question[] = new Array<Question>(count);
		const byId = new Map<string, Question>();
		const gaps: string[] = [];
		for (let i = 0; i < count; i++) {
			if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
			const r = find(i);
			const c = canonical[r];
			const q = itemQ[i];
			const id = ids[i];
			// The canonical is answered whenever any member is (it is chosen that way).
			const covered = itemQ[c].answered;
			const variantOf = c === i ? null : ids[c];
			const variants = c === i ? (variantIds.get(r) ?? NO_VARIANTS) : NO_VARIANTS;
			const path = itemPath[i];
			const slots = itemPrev[i];
			const prev = slots[itemPrevAt[i]];
			let out: Question;
			if (prev && prev.path === path && prev.id === id && prev.covered === covered && prev.variantOf === variantOf && sameIds(prev.variants, variants)) {
				out = prev;
			} else {
				out = indexedCopy(q, itemPlain[i], path, itemKey[i].key, id, covered, variantOf, variants);
				slots[itemPrevAt[i]] = out;
			}
			questions[i] = out;
			byId.set(id, out);
			if (variantOf === null && !covered) gaps.push(id);
		}
		const indexed = sortedNotes.map((n) => ({ path: n.path, questions: n.questions.length, warnings: n.warnings }));
		return { notes: indexed, questions, gaps, byId };
	}

	/**
	 * Registers these notes' keys and matches the new ones, without building: work done ahead (a note at
	 * a time while notes load) that the next build need not do. Keys no build uses go at the next build.
	 */
	prime(notes: readonly ParsedNote[]): void {
		const added: KeyData[] = [];
		for (const note of notes) {
			for (const key of noteData(note.questions, true).keys) {
				let kd = this.keys.get(key);
				if (!kd) {
					kd = this.newKey(key);
					this.keys.set(key, kd);
				}
				if (kd.slot < 0 && !added.includes(kd)) added.push(kd);
			}
		}
		this.updatePairs(added, []);
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
		return (c.names[c.n - 2] ??= `${kd.base}-${c.n}`);
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
			claims = { gen: 0, n: 0, refs: 0, names: [] };
			this.claimsByBase.set(base, claims);
		}
		claims.refs++;
		return {
			key, base, units: units.length, ids: packed, nu, ng,
			slot: -1, near: null, oriented: null, gen: 0, first: 0, claims, commonVersion: -1, commonMult: 0,
		};
	}

	private isCommon(g: number): boolean {
		return this.postings[g].length > 2 * this.commonBigram;
	}

	/** Keys came and went: keep the postings and the variant pairs exactly as a fresh build finds them. */
	private updatePairs(added: KeyData[], removed: KeyData[]): void {
		if (removed.length === 0 && added.length === 0) return;
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
			for (const other of kd.near ?? []) other.near?.delete(kd);
			for (const [other, pair] of kd.oriented ?? []) {
				other.oriented?.delete(kd);
				this.orientedPairs.delete(pair);
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
				for (const [b, pair] of [...(a.oriented ?? [])]) {
					if (holdsGram(b, g) && !this.sharesRare(a, b)) {
						a.oriented?.delete(b);
						b.oriented?.delete(a);
						this.orientedPairs.delete(pair);
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
					if (!a.near?.has(b) && !a.oriented?.has(b)) this.consider(a, b);
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
		if (--kd.claims.refs === 0) this.claimsByBase.delete(kd.base);
	}

	private unlink(a: KeyData, b: KeyData): void {
		a.near?.delete(b);
		b.near?.delete(a);
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
		if (ab && ba) {
			(a.near ??= new Set()).add(b);
			(b.near ??= new Set()).add(a);
		} else if (ab || ba) {
			const pair: OrientedPair = { a, b, aFirst: ab };
			(a.oriented ??= new Map()).set(b, pair);
			(b.oriented ??= new Map()).set(a, pair);
			this.orientedPairs.add(pair);
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
