// One distinct question key as variant matching sees it: its units and bigrams as sorted id arrays,
// its variant pairs, and what grouping and id claiming keep on it between builds.
import { keyUnits, questionId } from "../normalize";

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

/** Distinct values ascending, then how often each occurs (2n numbers). */
function distinctSorted(values: Int32Array): Int32Array {
	values.sort();
	let n = 0;
	for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) n++;
	const counted = new Int32Array(2 * n);
	let at = -1;
	for (let i = 0; i < values.length; i++) {
		if (i === 0 || values[i] !== values[i - 1]) counted[++at] = values[i];
		counted[n + at]++;
	}
	return counted;
}

/** Ids for units and bigrams shared by every key of one pair index; a new bigram gets its posting list. */
export interface KeyVocabulary {
	unitIds: Map<string, number>;
	bigramIds: Map<number, number>;
	claimsByBase: Map<string, IdClaims>;
	onNewBigram(): void;
}

/** The key data of a key not seen before, its units and bigrams numbered in the vocabulary. */
export function makeKeyData(key: string, vocab: KeyVocabulary): KeyData {
	const units = keyUnits(key);
	const unitIds = new Int32Array(units.length);
	for (let i = 0; i < units.length; i++) {
		let id = vocab.unitIds.get(units[i]);
		if (id === undefined) {
			id = vocab.unitIds.size;
			vocab.unitIds.set(units[i], id);
		}
		unitIds[i] = id;
	}
	const bigramIds = new Int32Array(Math.max(0, units.length - 1));
	for (let i = 0; i + 1 < unitIds.length; i++) {
		const pair = unitIds[i] * 0x4000000 + unitIds[i + 1];
		let id = vocab.bigramIds.get(pair);
		if (id === undefined) {
			id = vocab.bigramIds.size;
			vocab.bigramIds.set(pair, id);
			vocab.onNewBigram();
		}
		bigramIds[i] = id;
	}
	const unitCounts = distinctSorted(unitIds);
	const bigramCounts = distinctSorted(bigramIds);
	const packed = new Int32Array(unitCounts.length + bigramCounts.length);
	packed.set(unitCounts, 0);
	packed.set(bigramCounts, unitCounts.length);
	const base = questionId(key);
	let claims = vocab.claimsByBase.get(base);
	if (!claims) {
		claims = { build: 0, issued: 0, keysSharingBase: 0, suffixedIds: null };
		vocab.claimsByBase.set(base, claims);
	}
	const kd: KeyData = {
		key, base, units: units.length, ids: packed, distinctUnits: unitCounts.length >> 1, distinctBigrams: bigramCounts.length >> 1,
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

/** The list without this key (near lists are short: most keys have none, a few have a handful). */
export function withoutKey(list: KeyData[] | null, kd: KeyData): KeyData[] | null {
	if (!list) return null;
	const at = list.indexOf(kd);
	if (at < 0) return list;
	if (list.length === 1) return null;
	list.splice(at, 1);
	return list;
}
