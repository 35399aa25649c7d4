// The variant-pair index: the pairs of keys alike enough to be one question, over the live keys and
// their postings (key-postings.ts). Kept between builds, so only keys that come or go are matched.
import { bigramCountsAt, bigramIndex, bigramsAt, holdsBigram, type KeyData } from "./key-data";
import { KeyPostings } from "./key-postings";
import { linkNear, linkOriented, unlinkNear, unlinkOriented, unlinkPartners } from "./pair-links";
import { variantVerdict, verdictFromBigramHits } from "./variant-score";
import { entryOf } from "./slot-columns";
import { TouchedBigrams } from "./touched-bigrams";
import { runSteps } from "../run-steps";

/** Bigrams shared by more keys than this do not propose candidate pairs (too common to tell anything). */
export const COMMON_BIGRAM = 400;

/**
 * `similarity` reaches the threshold only when at least 60% of the shorter key's bigrams occur in the
 * longer one (its Dice and containment paths both need that). Counting shared bigrams through the
 * postings and scoring only pairs that pass keeps the index near-linear on big vaults; the common
 * bigrams (no postings walked) are looked up in the candidate only when the rare ones fall short.
 */
const MIN_CONTAINMENT = 0.6;

/**
 * New keys matched between two pauses of updateSteps: a key takes some microseconds, more in a big vault,
 * and many more in the first build after start-up, before the engine has compiled the matching.
 */
const MATCH_STEP = 32;

export class VariantPairIndex extends KeyPostings {
	/** Per live slot: occurrences the key being matched shares with it, and the other way round (reset after use). */
	private sharedByNew = new Int32Array(64);
	private sharedByOther = new Int32Array(64);
	private readonly touched = new TouchedBigrams();
	/** The new key's candidate slots, and its common bigrams (by place), while it is matched. */
	private candidates = new Int32Array(64);
	private commonPlaces = new Int32Array(64);
	/** Keys whose variant pairs changed since the last build (by this build's matching). */
	readonly pairsChanged = new Set<KeyData>();
	/** Counts changes of the keys (and so of the pairs): a saved snapshot is current while it stays. */
	keysRevision = 0;

	/** Back to an empty index (a refused snapshot leaves nothing behind). */
	reset(): void {
		this.clearKeys();
		this.pairsChanged.clear();
		this.keysRevision++;
	}

	/** Keys came and went: keep the postings and the variant pairs exactly as a fresh build finds them. */
	update(added: KeyData[], removed: KeyData[]): void {
		runSteps(this.updateSteps(added, removed));
	}

	/** update in steps: it pauses (yields) every few hundred new keys matched. */
	*updateSteps(added: KeyData[], removed: KeyData[]): Generator<void, void, void> {
		if (removed.length === 0 && added.length === 0) return;
		this.keysRevision++;
		this.touched.start(this.postings.length);
		for (const kd of removed) {
			for (let j = bigramsAt(kd); j < bigramCountsAt(kd); j++) {
				const bigram = kd.ids[j];
				this.touched.touch(bigram, this.isCommon(bigram));
				const p = this.postings[bigram];
				const at = entryOf(p, kd.slot);
				const last = p.length - 2;
				p[at] = p[last];
				p[at + 1] = p[last + 1];
				p.length = last;
			}
			unlinkPartners(kd, this.pairsChanged);
			this.dropKey(kd);
		}
		for (const kd of added) {
			this.place(kd);
			for (let j = 0; j < kd.distinctBigrams; j++) {
				const bigram = kd.ids[bigramsAt(kd) + j];
				this.touched.touch(bigram, this.isCommon(bigram));
				this.postings[bigram].push(kd.slot, kd.ids[bigramCountsAt(kd) + j]);
			}
		}
		const becameCommon: number[] = [];
		const becameRare: number[] = [];
		const touched = this.touched;
		for (let i = 0; i < touched.count; i++) {
			const bigram = touched.bigram(i);
			const was = touched.wasCommon(i);
			const now = this.isCommon(bigram);
			if (was && !now) becameRare.push(bigram);
			else if (!was && now) becameCommon.push(bigram);
		}
		if (becameCommon.length + becameRare.length > 0) this.commonVersion++;
		// A bigram grew common: pairs it alone proposed are no longer proposed.
		for (const bigram of becameCommon) {
			for (const a of this.keysOf(this.postings[bigram])) {
				for (const b of [...(a.near ?? [])]) if (holdsBigram(b, bigram) && !this.sharesRareBigram(a, b)) unlinkNear(a, b, this.pairsChanged);
				for (const b of [...(a.oriented?.keys() ?? [])]) if (holdsBigram(b, bigram) && !this.sharesRareBigram(a, b)) unlinkOriented(a, b, this.pairsChanged);
			}
		}
		for (let i = 0; i < added.length; i++) {
			if (i % MATCH_STEP === MATCH_STEP - 1) yield;
			this.matchNewKey(added[i]);
		}
		// A bigram grew rare: every pair sharing it is proposed now.
		for (const bigram of becameRare) {
			const keys = this.keysOf(this.postings[bigram]);
			for (let i = 0; i < keys.length; i++) {
				for (let j = i + 1; j < keys.length; j++) {
					const a = keys[i];
					const b = keys[j];
					if (!a.near?.includes(b) && !a.oriented?.has(b)) this.consider(a, b);
				}
			}
		}
	}

	/**
	 * Candidates of a new key: keys sharing one of its rare bigrams, then only those sharing enough
	 * bigram occurrences to be alike (counted exactly: the rare ones through the postings, the new
	 * key's few common ones looked up in the other key).
	 */
	private matchNewKey(a: KeyData): void {
		if (this.sharedByNew.length < this.liveKeys.length) {
			const n = Math.max(this.liveKeys.length, this.sharedByNew.length * 2);
			this.sharedByNew = new Int32Array(n);
			this.sharedByOther = new Int32Array(n);
			this.candidates = new Int32Array(n);
		}
		const mine = this.sharedByNew;
		const theirs = this.sharedByOther;
		const candidates = this.candidates;
		let found = 0;
		const mySlot = a.slot;
		const postings = this.postings;
		if (this.commonPlaces.length < a.distinctBigrams) this.commonPlaces = new Int32Array(2 * a.distinctBigrams);
		const common = this.commonPlaces;
		let commons = 0;
		for (let j = 0; j < a.distinctBigrams; j++) {
			const p = postings[a.ids[bigramsAt(a) + j]];
			if (p.length > 2 * this.commonBigram) {
				common[commons++] = j;
				continue;
			}
			const mult = a.ids[bigramCountsAt(a) + j];
			for (let k = 0; k < p.length; k += 2) {
				const s = p[k];
				// Its own entry: after it come only new keys matched later (each pair is matched once, by its later key).
				if (s === mySlot) break;
				if (mine[s] === 0) candidates[found++] = s;
				mine[s] += mult;
				theirs[s] += p[k + 1];
			}
		}
		const units = this.columns.units;
		const myCommon = this.commonBigramOccurrences(a.slot);
		for (let c = 0; c < found; c++) {
			const s = candidates[c];
			let byA = mine[s];
			let byB = theirs[s];
			mine[s] = 0;
			theirs[s] = 0;
			// `similarity` passes only when at least 60% of the shorter key's bigrams occur in the other.
			const bUnits = units[s];
			const needA = a.units <= bUnits ? MIN_CONTAINMENT * (a.units - 1) - 1e-9 : Infinity;
			const needB = bUnits <= a.units ? MIN_CONTAINMENT * (bUnits - 1) - 1e-9 : Infinity;
			// Not by the rare bigrams alone, nor were every common bigram shared: not alike.
			if (byA < needA && byB < needB && byA + myCommon < needA && byB + this.commonBigramOccurrences(s) < needB) continue;
			// The common bigrams they share: the counts are then exact, and the verdict needs no walk of the bigrams.
			const b = this.liveKeys[s];
			for (let c2 = 0; c2 < commons; c2++) {
				const j = common[c2];
				const at = bigramIndex(b, a.ids[bigramsAt(a) + j]);
				if (at < 0) continue;
				byA += a.ids[bigramCountsAt(a) + j];
				byB += b.ids[at + b.distinctBigrams];
			}
			if (byA < needA && byB < needB) continue;
			this.record(a, b, verdictFromBigramHits(a, b, byA, byB));
		}
	}

	/** Scores a proposed pair and records it when alike enough. */
	private consider(a: KeyData, b: KeyData): void {
		this.record(a, b, variantVerdict(a, b));
	}

	/** Records a pair by its verdict (variantVerdict's bits). */
	private record(a: KeyData, b: KeyData, verdict: number): void {
		// With equal unit counts the score depends on which key is taken as the shorter one.
		const ab = (verdict & 1) !== 0;
		const ba = (verdict & 2) !== 0;
		if (ab || ba) this.pairsChanged.add(a).add(b);
		if (ab && ba) linkNear(a, b);
		else if (ab || ba) linkOriented(a, b, ab);
	}
}
