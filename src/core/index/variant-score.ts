// `similarity` of two keys computed on their id arrays: what decides whether two questions are variants.
import { bigramsAt, type KeyData } from "./key-data";

/** Two keys at least this alike are one question asked twice. Tuned on the seed notes. */
export const VARIANT_THRESHOLD = 0.88;

/**
 * Occurrences (with a's multiplicities) of a's distinct ids that b also has: ids from `aStart` (n of them,
 * multiplicities n further on) and from `bStart` (m of them), both ascending.
 */
function sharedCount(a: Int32Array, aStart: number, n: number, b: Int32Array, bStart: number, m: number): number {
	let hits = 0;
	const aEnd = aStart + n;
	const bEnd = bStart + m;
	let i = aStart;
	let j = bStart;
	while (i < aEnd && j < bEnd) {
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
export function variantScore(a: KeyData, b: KeyData): number {
	if (a.units < 2 || b.units < 2) return 0;
	const shorter = a.units <= b.units ? a : b;
	const longer = shorter === a ? b : a;
	const shorterBigrams = shorter.units - 1;
	const longerBigrams = longer.units - 1;
	const bigramContainment = sharedCount(shorter.ids, bigramsAt(shorter), shorter.distinctBigrams, longer.ids, bigramsAt(longer), longer.distinctBigrams) / shorterBigrams;
	const shared = bigramContainment * shorterBigrams;
	const dice = (2 * shared) / (shorterBigrams + longerBigrams);
	const ratio = shorter.units / longer.units;
	let contained = 0;
	if (shorter.units >= 3 && ratio >= 0.5 && bigramContainment >= 0.6) {
		contained = (sharedCount(shorter.ids, 0, shorter.distinctUnits, longer.ids, 0, longer.distinctUnits) / shorter.units) * (0.85 + 0.15 * ratio);
	}
	return Math.min(1, Math.max(dice, contained));
}
