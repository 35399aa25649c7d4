// What the variant pair index reads for every candidate, kept by live slot in flat arrays: the
// postings (slots and counts) and each slot's unit count and common bigram occurrences. Counting
// candidates then reads small integers in a row instead of reaching for one key object per entry.

/**
 * The live keys having a bigram, by slot, each followed by how often it occurs in that key:
 * [slot, n, slot, n, …]. A key moving to another slot is rewritten in its postings.
 */
export type Posting = number[];

/** Where this slot's entry is in the posting (slots are at even places; a count may equal a slot). */
export function entryOf(posting: Posting, slot: number): number {
	for (let k = 0; k < posting.length; k += 2) if (posting[k] === slot) return k;
	return -1;
}

/** A copy of the array at a new length, the new places filled with `fill`. */
function grown(a: Int32Array, n: number, fill: number): Int32Array {
	const b = new Int32Array(n).fill(fill);
	b.set(a);
	return b;
}

/** Per live slot: the key's unit count, and its common bigram occurrences with the version they were counted at. */
export class SlotColumns {
	units: Int32Array = new Int32Array(64);
	common: Int32Array = new Int32Array(64);
	/** -1: not counted yet. */
	commonAt: Int32Array = new Int32Array(64).fill(-1);

	/** A key takes this slot (the next free one). */
	place(slot: number, units: number): void {
		if (slot >= this.units.length) {
			const n = 2 * this.units.length;
			this.units = grown(this.units, n, 0);
			this.common = grown(this.common, n, 0);
			this.commonAt = grown(this.commonAt, n, -1);
		}
		this.units[slot] = units;
		this.commonAt[slot] = -1;
	}

	/** The key at `from` moves to `to`. */
	move(from: number, to: number): void {
		this.units[to] = this.units[from];
		this.common[to] = this.common[from];
		this.commonAt[to] = this.commonAt[from];
	}
}
