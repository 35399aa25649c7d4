// The bigrams one update of the variant pair index touches, each with whether it was common before the
// update: in flat arrays kept between updates (an update per loaded note made a Map each time).

export class TouchedBigrams {
	/** [bigram, 1 when it was common, …] for this round, `count` pairs. */
	private readonly list: number[] = [];
	count = 0;
	/** Per bigram: the round that last touched it. */
	private round = new Int32Array(64);
	private current = 0;

	/** A new round; bigram ids are below `bigrams`. */
	start(bigrams: number): void {
		if (this.round.length < bigrams) {
			const grown = new Int32Array(Math.max(bigrams, 2 * this.round.length));
			grown.set(this.round);
			this.round = grown;
		}
		this.current++;
		this.count = 0;
	}

	/** Notes the bigram, and whether it was common, the first time this round touches it. */
	touch(bigram: number, common: boolean): void {
		if (this.round[bigram] === this.current) return;
		this.round[bigram] = this.current;
		this.list[2 * this.count] = bigram;
		this.list[2 * this.count + 1] = common ? 1 : 0;
		this.count++;
	}

	bigram(i: number): number {
		return this.list[2 * i];
	}

	wasCommon(i: number): boolean {
		return this.list[2 * i + 1] === 1;
	}
}
