// `similarity` of two keys computed on their id arrays: what decides whether two questions are variants.
import { bigramsAt, type KeyData } from "./key-data";

/** Two keys at least this alike are one question asked twice. Tuned on the seed notes. */
export const VARIANT_THRESHOLD = 0.88;

/** Occurrences (with a's multiplicities) of a's distinct ids that b also has: sharedBothWays, a's side. */
function sharedCount(a: Int32Array, aStart: number, n: number, b: Int32Array, bStart: number, m: number): number {
	sharedBothWays(a, aStart, n, b, bStart, m, oneWay);
	return oneWay[0];
}
const oneWay = new Float64Array(2);

/** Does similarity's containment path apply (and so need the shared units)? */
const containmentApplies = (shortUnits: number, longUnits: number, bigramHits: number): boolean =>
	shortUnits >= 3 && shortUnits / longUnits >= 0.5 && bigramHits / (shortUnits - 1) >= 0.6;

/** similarity's arithmetic on the counts: the shorter key's bigram and unit occurrences the longer has. */
function scoreFrom(shortUnits: number, longUnits: number, bigramHits: number, unitHits: number): number {
	const shorterBigrams = shortUnits - 1;
	const longerBigrams = longUnits - 1;
	const bigramContainment = bigramHits / shorterBigrams;
	const shared = bigramContainment * shorterBigrams;
	const dice = (2 * shared) / (shorterBigrams + longerBigrams);
	const ratio = shortUnits / longUnits;
	let contained = 0;
	if (shortUnits >= 3 && ratio >= 0.5 && bigramContainment >= 0.6) contained = (unitHits / shortUnits) * (0.85 + 0.15 * ratio);
	return Math.min(1, Math.max(dice, contained));
}

/**
 * `similarity(a.key, b.key)` on the keys' unit and bigram ids, same arithmetic (it is what decides
 * variants, so the two must agree; a test compares them). Keys under two units score 0 against others.
 */
export function variantScore(a: KeyData, b: KeyData): number {
	if (a.units < 2 || b.units < 2) return 0;
	const shorter = a.units <= b.units ? a : b;
	const longer = shorter === a ? b : a;
	const bigramHits = sharedCount(shorter.ids, bigramsAt(shorter), shorter.distinctBigrams, longer.ids, bigramsAt(longer), longer.distinctBigrams);
	const unitHits = containmentApplies(shorter.units, longer.units, bigramHits) ? sharedCount(shorter.ids, 0, shorter.distinctUnits, longer.ids, 0, longer.distinctUnits) : 0;
	return scoreFrom(shorter.units, longer.units, bigramHits, unitHits);
}

/**
 * Occurrences each way of the ids two keys share: a's multiplicities in `hits[0]`, b's in `hits[1]`.
 * Ids from `aStart` (n of them, multiplicities n further on) and from `bStart` (m of them), both ascending.
 */
function sharedBothWays(a: Int32Array, aStart: number, n: number, b: Int32Array, bStart: number, m: number, hits: Float64Array): void {
	let byA = 0;
	let byB = 0;
	const aEnd = aStart + n;
	const bEnd = bStart + m;
	let i = aStart;
	let j = bStart;
	while (i < aEnd && j < bEnd) {
		if (a[i] === b[j]) {
			byA += a[i + n];
			byB += b[j + m];
			i++;
			j++;
		} else if (a[i] < b[j]) i++;
		else j++;
	}
	hits[0] = byA;
	hits[1] = byB;
}

const bigramHits = new Float64Array(2);
const unitHits = new Float64Array(2);

/**
 * Whether variantScore(a, b) and variantScore(b, a) reach the threshold: bit 1 and bit 2. The two differ
 * only for keys of equal length (each order takes the first key's multiplicities); those are counted
 * both ways in one walk over the ids.
 */
export function variantVerdict(a: KeyData, b: KeyData): number {
	if (a.units < 2 || b.units < 2) return 0;
	sharedBothWays(a.ids, bigramsAt(a), a.distinctBigrams, b.ids, bigramsAt(b), b.distinctBigrams, bigramHits);
	return verdictFromBigramHits(a, b, bigramHits[0], bigramHits[1]);
}

/**
 * variantVerdict given the occurrences of the bigrams the two keys share, by a's multiplicities and by
 * b's (the pair index has counted them while finding candidates: the bigrams need no second walk).
 */
export function verdictFromBigramHits(a: KeyData, b: KeyData, byA: number, byB: number): number {
	if (a.units < 2 || b.units < 2) return 0;
	if (a.units !== b.units) {
		// variantScore: the shorter key's multiplicities.
		const aShorter = a.units < b.units;
		const shorter = aShorter ? a : b;
		const longer = aShorter ? b : a;
		const hits = aShorter ? byA : byB;
		const units = containmentApplies(shorter.units, longer.units, hits) ? sharedCount(shorter.ids, 0, shorter.distinctUnits, longer.ids, 0, longer.distinctUnits) : 0;
		return scoreFrom(shorter.units, longer.units, hits, units) >= VARIANT_THRESHOLD ? 3 : 0;
	}
	const units = a.units;
	if (containmentApplies(units, units, byA) || containmentApplies(units, units, byB)) sharedBothWays(a.ids, 0, a.distinctUnits, b.ids, 0, b.distinctUnits, unitHits);
	else unitHits.fill(0);
	const ab = scoreFrom(units, units, byA, unitHits[0]) >= VARIANT_THRESHOLD ? 1 : 0;
	const ba = scoreFrom(units, units, byB, unitHits[1]) >= VARIANT_THRESHOLD ? 2 : 0;
	return ab | ba;
}
