// The saved-pairs snapshot: the variant pair index's keys and pairs written out with the parse cache,
// and read back (checked pair by pair) so the next start need not match every key again.
import type { KeyData } from "./key-data";
import type { VariantPairIndex } from "./variant-pairs";
import { linkNear, linkOriented } from "./pair-links";
import { VARIANT_THRESHOLD, variantScore } from "./variant-score";

/**
 * The variant pairs among a set of keys, as a builder found them. Pairs are indices into `keys`;
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

/** Saved keys taken in between two pauses of importPairsSteps. */
const IMPORT_STEP_KEYS = 500;

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

/** The live keys and the variant pairs among them. */
export function exportPairs(pairs: VariantPairIndex): PairSnapshot {
	const at = new Map<KeyData, number>();
	const keys: string[] = [];
	for (const kd of pairs.liveKeys) {
		at.set(kd, keys.length);
		keys.push(kd.key);
	}
	const near: number[] = [];
	const oriented: number[] = [];
	for (const kd of pairs.liveKeys) {
		for (const other of kd.near ?? []) if (kd.slot < other.slot) near.push(at.get(kd) as number, at.get(other) as number);
		for (const p of kd.oriented?.values() ?? []) if (p.a === kd) oriented.push(at.get(p.a) as number, at.get(p.b) as number, p.aFirst ? 1 : 0);
	}
	return { v: PAIRS_VERSION, common: pairs.commonBigram, keys, near, oriented };
}

/**
 * Takes saved keys and their pairs into an empty pair index, in steps of a few hundred keys (a big
 * vault's snapshot does not hold the interface). A snapshot of another version or threshold, or one
 * whose pairs are out of range or not alike enough, is refused (false) and the index is emptied again.
 * `onAccepted` runs once the snapshot's shape is accepted, before any key is taken in.
 */
export function* importPairsSteps(pairs: VariantPairIndex, s: unknown, onAccepted: () => void): Generator<void, boolean, void> {
	if (pairs.keys.size > 0 || !isSnapshot(s, pairs.commonBigram)) return false;
	onAccepted();
	const refuse = (): false => {
		pairs.reset();
		return false;
	};
	const kds: KeyData[] = [];
	for (const key of s.keys) {
		if (kds.length % IMPORT_STEP_KEYS === IMPORT_STEP_KEYS - 1) yield;
		if (pairs.keys.has(key)) return refuse();
		kds.push(pairs.addSavedKey(key));
	}
	pairs.placeSavedKeys(kds);
	pairs.keysRevision++;
	yield;
	for (let i = 0; i < s.near.length; i += 2) {
		const a = kds[s.near[i]];
		const b = kds[s.near[i + 1]];
		if (a === b || variantScore(a, b) < VARIANT_THRESHOLD) return refuse();
		linkNear(a, b);
	}
	for (let i = 0; i < s.oriented.length; i += 3) {
		const a = kds[s.oriented[i]];
		const b = kds[s.oriented[i + 1]];
		const aFirst = s.oriented[i + 2] === 1;
		if (a === b || a.units !== b.units || variantScore(aFirst ? a : b, aFirst ? b : a) < VARIANT_THRESHOLD) return refuse();
		linkOriented(a, b, aFirst);
	}
	pairs.pairsChanged.clear();
	return true;
}
