// The variant-pair index's keys: every key seen, the live ones in slots, and per bigram the live keys
// holding it (postings, with how often each holds it). Which pairs of keys are alike: variant-pairs.ts.
import { bigramCountsAt, bigramsAt, makeKeyData, type IdClaims, type KeyData, type KeyVocabulary } from "./key-data";
import { SlotColumns, entryOf, type Posting } from "./slot-columns";

export class KeyPostings {
	/** Every key seen and not dropped, by its string. */
	readonly keys = new Map<string, KeyData>();
	protected readonly vocabulary: KeyVocabulary;
	/**
	 * By bigram id. Each posting holds the entries of keys placed before the last update (any order: a
	 * removal moves entries), then those the update placed, in slot order: a new key's own entry ends
	 * the keys it is matched against.
	 */
	protected readonly postings: Posting[] = [];
	/** Keys some question holds (or a snapshot brought in), each at its `slot`. */
	readonly liveKeys: KeyData[] = [];
	protected readonly columns = new SlotColumns();
	/** Changes when a bigram turns common or rare (each key's count of common bigram occurrences is then stale). */
	protected commonVersion = 0;

	constructor(readonly commonBigram: number) {
		const postings = this.postings;
		this.vocabulary = { unitIds: new Map(), bigramIds: new Map(), claimsByBase: new Map<string, IdClaims>(), onNewBigram: () => postings.push([]) };
	}

	/** The key data for keys[j], made if new; the note's key string becomes the shared one. */
	keyFor(keys: string[], j: number): KeyData {
		let kd = this.keys.get(keys[j]);
		if (!kd) {
			kd = makeKeyData(keys[j], this.vocabulary);
			this.keys.set(kd.key, kd);
		}
		// One string per key however many notes ask it (thousands of copies otherwise).
		keys[j] = kd.key;
		return kd;
	}

	/** Key data for a saved key (the index must not hold it yet). */
	addSavedKey(key: string): KeyData {
		const kd = makeKeyData(key, this.vocabulary);
		this.keys.set(key, kd);
		return kd;
	}

	/** Saved keys take their places and postings; their pairs come from the snapshot. */
	placeSavedKeys(kds: readonly KeyData[]): void {
		for (const kd of kds) {
			this.place(kd);
			for (let j = 0; j < kd.distinctBigrams; j++) this.postings[kd.ids[bigramsAt(kd) + j]].push(kd.slot, kd.ids[bigramCountsAt(kd) + j]);
		}
		this.commonVersion++;
	}

	/** The key takes the next live slot. */
	protected place(kd: KeyData): void {
		kd.slot = this.liveKeys.length;
		this.liveKeys.push(kd);
		this.columns.place(kd.slot, kd.units);
	}

	/** No keys, postings or vocabulary left. */
	protected clearKeys(): void {
		this.postings.length = 0;
		for (const kd of [...this.liveKeys]) this.dropKey(kd);
		this.keys.clear();
		this.vocabulary.claimsByBase.clear();
		this.vocabulary.bigramIds.clear();
		this.vocabulary.unitIds.clear();
		this.commonVersion++;
	}

	protected isCommon(bigram: number): boolean {
		return this.postings[bigram].length > 2 * this.commonBigram;
	}

	protected keysOf(posting: Posting): KeyData[] {
		const keys: KeyData[] = [];
		for (let k = 0; k < posting.length; k += 2) keys.push(this.liveKeys[posting[k]]);
		return keys;
	}

	/** Takes the key out of the live keys (its postings must be gone already, or all cleared). */
	protected dropKey(kd: KeyData): void {
		const last = this.liveKeys[this.liveKeys.length - 1];
		if (last !== kd) {
			// The last key moves into the freed slot, in its postings too.
			const postings = this.postings;
			if (postings.length > 0) {
				for (let j = bigramsAt(last); j < bigramCountsAt(last); j++) {
					const p = postings[last.ids[j]];
					p[entryOf(p, last.slot)] = kd.slot;
				}
			}
			this.columns.move(last.slot, kd.slot);
			this.liveKeys[kd.slot] = last;
			last.slot = kd.slot;
		}
		this.liveKeys.pop();
		kd.slot = -1;
		kd.near = null;
		kd.oriented = null;
		this.keys.delete(kd.key);
		kd.holdingNotes = 0;
		if (--kd.claims.keysSharingBase === 0) this.vocabulary.claimsByBase.delete(kd.base);
	}

	protected sharesRareBigram(a: KeyData, b: KeyData): boolean {
		const x = a.ids;
		const y = b.ids;
		let i = bigramsAt(a);
		let j = bigramsAt(b);
		const xEnd = i + a.distinctBigrams;
		const yEnd = j + b.distinctBigrams;
		while (i < xEnd && j < yEnd) {
			if (x[i] === y[j]) {
				if (!this.isCommon(x[i])) return true;
				i++;
				j++;
			} else if (x[i] < y[j]) i++;
			else j++;
		}
		return false;
	}

	/** Occurrences of a live key's common bigrams (an upper bound of those it shares with another key). */
	protected commonBigramOccurrences(slot: number): number {
		const c = this.columns;
		if (c.commonAt[slot] !== this.commonVersion) {
			const kd = this.liveKeys[slot];
			let n = 0;
			for (let j = 0; j < kd.distinctBigrams; j++) if (this.isCommon(kd.ids[bigramsAt(kd) + j])) n += kd.ids[bigramCountsAt(kd) + j];
			c.common[slot] = n;
			c.commonAt[slot] = this.commonVersion;
		}
		return c.common[slot];
	}
}
