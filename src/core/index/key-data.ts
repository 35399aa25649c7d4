// One distinct question key as variant matching sees it: its units and bigrams as sorted id arrays,
// its variant pairs, and what grouping and id claiming keep on it between builds.
import { isJsSpace } from "../js-space";
import { questionId } from "../normalize";

/** The ids handed out from one base id in one build (shared by keys whose bases collide). */
export interface IdClaims {
	/** Build these claims belong to; an older build's claims start again from the plain id. */
	build: number;
	/** Ids handed out so far in that build. */
	issued: number;
	/** Keys with this base: almost always one; more only when two keys' hashes collide. */
	keysSharingBase: number;
	/** The ids handed out so far ("q…-2", "q…-3"), kept so a rebuild gives the same string objects. */
	suffixedIds: string[] | null;
}

/** A pair whose verdict depends on which key comes first (equal unit counts, asymmetric overlap). */
export interface OrientedPair {
	a: KeyData;
	b: KeyData;
	/** similarity(a, b) passes when a's first question comes before b's; the other order passes otherwise. */
	aFirst: boolean;
}

/** One distinct key and what variant matching needs of it. */
export interface KeyData {
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
	distinctUnits: number;
	distinctBigrams: number;
	/** Position in the pair index's live keys, -1 when no question has this key. */
	slot: number;
	/** Keys alike enough (and proposed by a shared rare bigram); most keys have none. */
	near: KeyData[] | null;
	/** Pairs whose verdict depends on which key comes first, by the other key. */
	oriented: Map<KeyData, OrientedPair> | null;
	/** Build in which `firstItem` was set (a full build also marks the keys it saw with it), and the first item with this key in that build. */
	build: number;
	firstItem: number;
	claims: IdClaims;
	/** Notes with a question of this key, by path (as of the last build). */
	holdingNotes: number;
	/** Build in which an edit's regrouping took this key in. */
	scopedInBuild: number;
}

/** Where a key's bigram ids start in `ids`, and where their multiplicities start. */
export const bigramsAt = (kd: KeyData): number => 2 * kd.distinctUnits;
export const bigramCountsAt = (kd: KeyData): number => 2 * kd.distinctUnits + kd.distinctBigrams;

/** Ids for units and bigrams shared by every key of one pair index; a new bigram gets its posting list. */
export interface KeyVocabulary {
	/** A Latin word by its string, any other unit (one UTF-16 code unit) by its code. */
	unitIds: Map<string | number, number>;
	bigramIds: Map<number, number>;
	claimsByBase: Map<string, IdClaims>;
	onNewBigram(): void;
}

/** Scratch for one key's unit and bigram ids (keys are made one at a time; no allocation per key). */
let scratch = new Int32Array(256);


const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Sorts ids [from, to) ascending (a key has a few dozen at most: insertion sort, no allocation). */
function sortRange(a: Int32Array, from: number, to: number): void {
	if (to - from > 64) {
		a.subarray(from, to).sort();
		return;
	}
	for (let i = from + 1; i < to; i++) {
		const v = a[i];
		let j = i - 1;
		while (j >= from && a[j] > v) {
			a[j + 1] = a[j];
			j--;
		}
		a[j + 1] = v;
	}
}

/** Distinct values in sorted [from, to). */
function distinctIn(a: Int32Array, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (i === from || a[i] !== a[i - 1]) n++;
	return n;
}

/** Writes the distinct values of sorted [from, to) at `at`, then how often each occurs (n further on). */
function writeCounted(a: Int32Array, from: number, to: number, out: Int32Array, at: number, n: number): void {
	let k = at - 1;
	for (let i = from; i < to; i++) {
		if (i === from || a[i] !== a[i - 1]) out[++k] = a[i];
		out[k + n]++;
	}
}

/** Below this both unit ids of a bigram fit one small integer (V8 keeps it unboxed: no number object made per lookup). */
const SMALL_UNIT = 0x8000;

/**
 * A bigram's key in the vocabulary: one number per pair of unit ids (a, b), a different one for every
 * pair. Small ids give a small non-negative integer; the others (a big vault's rare words) a negative one.
 */
export function bigramPair(a: number, b: number): number {
	return a < SMALL_UNIT && b < SMALL_UNIT ? a * SMALL_UNIT + b : -(a * 0x4000000 + b) - 1;
}

/** The unit ids of a bigram's key (bigramPair read back). */
export function pairUnits(pair: number): [number, number] {
	if (pair >= 0) return [Math.floor(pair / SMALL_UNIT), pair % SMALL_UNIT];
	const p = -(pair + 1);
	return [Math.floor(p / 0x4000000), p % 0x4000000];
}

/** A unit's id in the vocabulary, given when first seen. */
function unitId(vocab: KeyVocabulary, unit: string | number): number {
	let id = vocab.unitIds.get(unit);
	if (id === undefined) {
		id = vocab.unitIds.size;
		vocab.unitIds.set(unit, id);
	}
	return id;
}

/**
 * The key data of a key not seen before, its units and bigrams numbered in the vocabulary. Units as
 * `keyUnits` cuts them (a run of [a-z0-9], or any other code unit but white space), read in one pass.
 */
export function makeKeyData(key: string, vocab: KeyVocabulary): KeyData {
	// Units go at [0, n), their bigrams at [n, 2n - 1).
	if (scratch.length < 2 * key.length) scratch = new Int32Array(2 * key.length);
	const ids = scratch;
	let n = 0;
	for (let i = 0; i < key.length; ) {
		const c = key.charCodeAt(i);
		if (isWordChar(c)) {
			let end = i + 1;
			while (end < key.length && isWordChar(key.charCodeAt(end))) end++;
			ids[n++] = unitId(vocab, key.slice(i, end));
			i = end;
		} else {
			// (JavaScript's `\s`: where `keyUnits`' pattern splits without making a unit.)
			if (!isJsSpace(c)) ids[n++] = unitId(vocab, c);
			i++;
		}
	}
	const bigrams = Math.max(0, n - 1);
	for (let i = 0; i < bigrams; i++) {
		const pair = bigramPair(ids[i], ids[i + 1]);
		let id = vocab.bigramIds.get(pair);
		if (id === undefined) {
			id = vocab.bigramIds.size;
			vocab.bigramIds.set(pair, id);
			vocab.onNewBigram();
		}
		ids[n + i] = id;
	}
	sortRange(ids, 0, n);
	sortRange(ids, n, n + bigrams);
	const distinctUnits = distinctIn(ids, 0, n);
	const distinctBigrams = distinctIn(ids, n, n + bigrams);
	const packed = new Int32Array(2 * (distinctUnits + distinctBigrams));
	writeCounted(ids, 0, n, packed, 0, distinctUnits);
	writeCounted(ids, n, n + bigrams, packed, 2 * distinctUnits, distinctBigrams);
	const base = questionId(key);
	let claims = vocab.claimsByBase.get(base);
	if (!claims) {
		claims = { build: 0, issued: 0, keysSharingBase: 0, suffixedIds: null };
		vocab.claimsByBase.set(base, claims);
	}
	const kd: KeyData = {
		key, base, units: n, ids: packed, distinctUnits, distinctBigrams,
		slot: -1, near: null, oriented: null, build: 0, firstItem: 0, claims, holdingNotes: 0, scopedInBuild: 0,
	};
	claims.keysSharingBase++;
	return kd;
}

/** Where the key's bigram id is in `ids` (its multiplicity is distinctBigrams further on), -1 when it has none. */
export function bigramIndex(kd: KeyData, id: number): number {
	const ids = kd.ids;
	let lo = bigramsAt(kd);
	let hi = lo + kd.distinctBigrams - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const v = ids[mid];
		if (v === id) return mid;
		if (v < id) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

/** Does the key have this bigram? */
export const holdsBigram = (kd: KeyData, id: number): boolean => bigramIndex(kd, id) >= 0;
