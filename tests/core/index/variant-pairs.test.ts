// The variant pair index against the straightforward rule, on random keys coming and going: two live
// keys are paired when they share a bigram no more than `commonBigram` live keys hold and `similarity`
// passes in one order (oriented) or both (near). Its candidate counting and filters must lose no pair.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { keyUnits, similarity } from "../../../src/core/normalize";
import { VariantPairIndex } from "../../../src/core/index/variant-pairs";
import { VARIANT_THRESHOLD } from "../../../src/core/index/variant-score";
import type { KeyData } from "../../../src/core/index/key-data";

/** The pairs as the straightforward rule finds them among these keys: "a|b" near, "a>b" passing with a first only. */
function expectedPairs(keys: readonly string[], common: number): string[] {
	const bigramsOf = (k: string): Set<string> => {
		const u = keyUnits(k);
		const out = new Set<string>();
		for (let i = 0; i + 1 < u.length; i++) out.add(`${u[i]} ${u[i + 1]}`);
		return out;
	};
	const sets = keys.map(bigramsOf);
	const holders = new Map<string, number>();
	for (const s of sets) for (const g of s) holders.set(g, (holders.get(g) ?? 0) + 1);
	const out: string[] = [];
	for (let i = 0; i < keys.length; i++) {
		for (let j = i + 1; j < keys.length; j++) {
			if (![...sets[i]].some((g) => sets[j].has(g) && (holders.get(g) ?? 0) <= common)) continue;
			const [a, b] = keys[i] < keys[j] ? [keys[i], keys[j]] : [keys[j], keys[i]];
			const ab = similarity(a, b) >= VARIANT_THRESHOLD;
			const ba = similarity(b, a) >= VARIANT_THRESHOLD;
			if (ab && ba) out.push(`${a}|${b}`);
			else if (ab) out.push(`${a}>${b}`);
			else if (ba) out.push(`${b}>${a}`);
		}
	}
	return out.sort();
}

/** The pairs the index holds, in the same notation. */
function indexPairs(pairs: VariantPairIndex): string[] {
	const out = new Set<string>();
	for (const kd of pairs.liveKeys) {
		for (const o of kd.near ?? []) out.add(kd.key < o.key ? `${kd.key}|${o.key}` : `${o.key}|${kd.key}`);
		for (const p of kd.oriented?.values() ?? []) out.add(p.aFirst ? `${p.a.key}>${p.b.key}` : `${p.b.key}>${p.a.key}`);
	}
	return [...out].sort();
}

// Near-copies of a few phrases (a unit added, dropped or swapped), with repeated bigrams and Latin words,
// so pairs fall on both sides of the threshold and of the 60% containment filter.
const BASES = [
	["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"],
	["甲", "乙", "甲", "乙", "丙", "丁"],
	["如", "何", "处", "理", "客", "户", "投", "诉"],
	["tell", "me", "about", "team", "conflict"],
	["你", "如", "何", "推", "动", "需", "求", "变", "更"],
];
const UNITS = ["甲", "乙", "丙", "如", "何", "team", "work", "客"];
const arbKey = fc
	.record({
		base: fc.constantFrom(...BASES),
		edits: fc.array(fc.record({ at: fc.nat(), unit: fc.option(fc.constantFrom(...UNITS), { nil: undefined }), swap: fc.boolean() }), { maxLength: 3 }),
	})
	.map(({ base, edits }) => {
		const w = base.slice();
		for (const e of edits) {
			const at = e.at % (w.length + 1);
			if (e.unit === undefined) {
				if (w.length > 1) w.splice(at % w.length, 1);
			} else if (e.swap && w.length > 0) w[at % w.length] = e.unit;
			else w.splice(at, 0, e.unit);
		}
		// Spaces only between Latin words, as questionKey writes keys.
		return w.reduce((k, u) => (k && /[a-z]$/.test(k) && /^[a-z]/.test(u) ? `${k} ${u}` : k + u), "");
	});

/** One step: keys to add (new ones only) and how many live keys to drop (picked by index). */
const arbStep = fc.record({ add: fc.array(arbKey, { maxLength: 8 }), drop: fc.array(fc.nat(), { maxLength: 4 }) });

describe("VariantPairIndex: the pairs are those the straightforward rule finds", () => {
	it("as keys come and go, bigrams turning common and rare", () => {
		fc.assert(
			fc.property(fc.array(arbStep, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (steps, common) => {
				const pairs = new VariantPairIndex(common);
				for (const step of steps) {
					const removed: KeyData[] = [];
					for (const n of step.drop) {
						const kd = pairs.liveKeys[n % Math.max(1, pairs.liveKeys.length)];
						if (kd && !removed.includes(kd)) removed.push(kd);
					}
					const added: KeyData[] = [];
					for (const key of step.add) {
						if (pairs.keys.has(key) && !removed.some((kd) => kd.key === key)) continue;
						if (removed.some((kd) => kd.key === key) || added.some((kd) => kd.key === key)) continue;
						added.push(pairs.keyFor([key], 0));
					}
					pairs.update(added, removed);
					const live = pairs.liveKeys.map((kd) => kd.key);
					expect(indexPairs(pairs)).toEqual(expectedPairs(live, common));
					// Every live key sits at its slot.
					pairs.liveKeys.forEach((kd, i) => expect(kd.slot).toBe(i));
				}
			}),
			seeded({ numRuns: 300 }),
		);
	});

	it("finds the pairs of many keys at the default threshold of common bigrams", () => {
		const keys = fc.sample(arbKey, { numRuns: 400, seed: 7 });
		const distinct = [...new Set(keys)];
		const pairs = new VariantPairIndex(400);
		// In small batches, as notes load one by one.
		for (let i = 0; i < distinct.length; i += 7) pairs.update(distinct.slice(i, i + 7).map((k) => pairs.keyFor([k], 0)), []);
		const expected = expectedPairs(distinct, 400);
		expect(expected.length).toBeGreaterThan(50);
		expect(indexPairs(pairs)).toEqual(expected);
	});
});
