// A key's data is read in one pass over its characters: the units and bigrams must be those `keyUnits`
// cuts (any string, as a saved snapshot may hold), and `variantScore` on them must be `similarity`.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { keyUnits, questionId, similarity } from "../../../src/core/normalize";
import { bigramPair, bigramsAt, makeKeyData, pairUnits, type IdClaims, type KeyData, type KeyVocabulary } from "../../../src/core/index/key-data";
import { VARIANT_THRESHOLD, variantScore, variantVerdict, verdictFromBigramHits } from "../../../src/core/index/variant-score";

const vocabulary = (): KeyVocabulary => ({ unitIds: new Map(), bigramIds: new Map(), claimsByBase: new Map<string, IdClaims>(), onNewBigram: () => undefined });

/** "unit×count" for each distinct unit, and "unit unit×count" for each distinct bigram, sorted. */
function shapeOfData(kd: KeyData, vocab: KeyVocabulary): { units: string[]; bigrams: string[] } {
	const unitOf = new Map<number, string>();
	for (const [u, id] of vocab.unitIds) unitOf.set(id, typeof u === "number" ? String.fromCharCode(u) : u);
	const pairOf = new Map<number, string>();
	for (const [pair, id] of vocab.bigramIds) {
		const [a, b] = pairUnits(pair);
		pairOf.set(id, `${unitOf.get(a)} ${unitOf.get(b)}`);
	}
	const units: string[] = [];
	for (let i = 0; i < kd.distinctUnits; i++) units.push(`${unitOf.get(kd.ids[i])}×${kd.ids[kd.distinctUnits + i]}`);
	const bigrams: string[] = [];
	const at = bigramsAt(kd);
	for (let i = 0; i < kd.distinctBigrams; i++) bigrams.push(`${pairOf.get(kd.ids[at + i])}×${kd.ids[at + kd.distinctBigrams + i]}`);
	return { units: units.sort(), bigrams: bigrams.sort() };
}

function shapeOfKey(key: string): { units: string[]; bigrams: string[] } {
	const u = keyUnits(key);
	const count = (xs: string[]): string[] => {
		const m = new Map<string, number>();
		for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
		return [...m].map(([x, n]) => `${x}×${n}`).sort();
	};
	return { units: count(u), bigrams: count(u.slice(1).map((x, i) => `${u[i]} ${x}`)) };
}

// Latin words, CJK, capitals, digits, an emoji (two code units), punctuation and every kind of white
// space `\s` knows, with a zero-width space (not white space to it).
const PIECES = ["tcp", "a", "b1", "Z", "9", "如", "何", "处", "理", "😀", "-", "？", " ", "\t", "\n", "\u00a0", "\u3000", "\u2003", "\ufeff", "\u200b", "\u2028"];
const arbKey = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((xs) => xs.join(""));

describe("bigramPair", () => {
	it("gives every pair of unit ids its own key, and pairUnits reads it back", () => {
		// Ids on both sides of the small-id bound, where the two forms of the key meet.
		const id = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0x7fe0, max: 0x8020 }), fc.integer({ min: 0, max: 0x3ffffff }));
		fc.assert(
			fc.property(fc.array(fc.tuple(id, id), { maxLength: 40 }), (pairs) => {
				const seen = new Map<number, string>();
				for (const [a, b] of pairs) {
					const key = bigramPair(a, b);
					expect(pairUnits(key)).toEqual([a, b]);
					const was = seen.get(key);
					if (was !== undefined) expect(was).toBe(`${a},${b}`);
					seen.set(key, `${a},${b}`);
				}
			}),
			seeded({ numRuns: 300 }),
		);
	});
});

describe("makeKeyData", () => {
	it("has the units and bigrams keyUnits cuts, with their counts, for any string", () => {
		fc.assert(
			fc.property(fc.array(arbKey, { minLength: 1, maxLength: 6 }), (keys) => {
				const vocab = vocabulary();
				for (const key of keys) expect(shapeOfData(makeKeyData(key, vocab), vocab)).toEqual(shapeOfKey(key));
			}),
			seeded({ numRuns: 300 }),
		);
	});

	it("scores pairs exactly as similarity does, in both orders", () => {
		const near = fc.array(fc.constantFrom("如", "何", "处", "理", "tcp", "a", "客", "户"), { minLength: 1, maxLength: 9 }).map((xs) => xs.join(" "));
		fc.assert(
			fc.property(near, near, (a, b) => {
				if (a === b) return;
				const vocab = vocabulary();
				const x = makeKeyData(a, vocab);
				const y = makeKeyData(b, vocab);
				expect(variantScore(x, y)).toBe(similarity(a, b));
				expect(variantScore(y, x)).toBe(similarity(b, a));
			}),
			seeded({ numRuns: 500 }),
		);
	});

	it("gives the verdict of both orders in one walk as the two scores give it", () => {
		// Equal lengths mostly (where the orders differ), with repeated units so multiplicities count.
		const units = fc.constantFrom("甲", "乙", "丙", "丁", "戊", "a", "b");
		const pair = fc.integer({ min: 1, max: 9 }).chain((n) => fc.tuple(fc.array(units, { minLength: n, maxLength: n }), fc.array(units, { minLength: n, maxLength: n + 1 })));
		let split = 0;
		fc.assert(
			fc.property(pair, ([a, b]) => {
				const vocab = vocabulary();
				const x = makeKeyData(a.join(" "), vocab);
				const y = makeKeyData(b.join(" "), vocab);
				const ab = variantScore(x, y) >= VARIANT_THRESHOLD;
				const ba = variantScore(y, x) >= VARIANT_THRESHOLD;
				if (ab !== ba) split++;
				expect(variantVerdict(x, y)).toBe((ab ? 1 : 0) | (ba ? 2 : 0));
			}),
			seeded({ numRuns: 2000 }),
		);
		// Some pairs pass in one order only, so the two counts are really told apart.
		expect(split).toBeGreaterThan(0);
	});

	it("gives the verdict from the shared bigram occurrences counted elsewhere (as the pair index counts them)", () => {
		const units = fc.constantFrom("甲", "乙", "丙", "丁", "a", "b");
		const pair = fc.integer({ min: 1, max: 9 }).chain((n) => fc.tuple(fc.array(units, { minLength: n, maxLength: n + 2 }), fc.array(units, { minLength: n, maxLength: n + 1 })));
		// Occurrences, by the first key's multiplicities, of its bigrams the second key also has (from keyUnits).
		const bigramsOf = (key: string): string[] => {
			const u = keyUnits(key);
			return u.slice(1).map((x, i) => `${u[i]} ${x}`);
		};
		const sharedBy = (a: string, b: string): number => {
			const other = new Set(bigramsOf(b));
			return bigramsOf(a).filter((x) => other.has(x)).length;
		};
		let passed = 0;
		fc.assert(
			fc.property(pair, ([xs, ys]) => {
				const a = xs.join(" ");
				const b = ys.join(" ");
				// (Keys are distinct: one key is one question, not a pair.)
				if (a === b) return;
				const vocab = vocabulary();
				const verdict = verdictFromBigramHits(makeKeyData(a, vocab), makeKeyData(b, vocab), sharedBy(a, b), sharedBy(b, a));
				const ab = similarity(a, b) >= VARIANT_THRESHOLD;
				const ba = similarity(b, a) >= VARIANT_THRESHOLD;
				if (ab || ba) passed++;
				expect(verdict).toBe((ab ? 1 : 0) | (ba ? 2 : 0));
			}),
			seeded({ numRuns: 2000 }),
		);
		expect(passed).toBeGreaterThan(0);
	});

	it("takes its base id from questionId", () => {
		expect(makeKeyData("如何处理客户投诉", vocabulary()).base).toBe(questionId("如何处理客户投诉"));
	});
});
