// Building for the live index: one IndexBuilder kept between builds (an edit regroups only what it
// touches), run in paced steps, and its variant pairs exchanged with the parse cache. New keys are matched
// in the builds (in steps), not as each note loads: interleaved with parsing, that made a cold start slower.
import { IndexBuilder } from "../core/index/question-index";
import type { ParsedNote, QuestionIndex } from "../core/types";
import type { ParseCache } from "./parse-cache";
import type { Pacer } from "./pacer";

export class PacedIndexBuild {
	/** Keeps keys and variant pairs between builds, so a rebuild after one edit is cheap. */
	private readonly builder = new IndexBuilder();
	/** The builder's keys revision whose pairs went to the cache last. */
	private pairsOffered = -1;

	constructor(private readonly pacer: Pacer) {}

	/** The index of no notes (before the first build). */
	empty(): QuestionIndex {
		return this.builder.build([]);
	}

	/** Builds the index in steps, giving the interface a turn whenever the slice is used up. */
	build(notes: readonly ParsedNote[]): Promise<QuestionIndex> {
		return this.pacer.paced(this.builder.buildSteps(notes));
	}

	/** Last start's variant pairs, so the keys need not all be matched again (checked by the builder). */
	async importPairs(saved: unknown): Promise<void> {
		if (saved === null) return;
		this.pacer.startSlice();
		await this.pacer.paced(this.builder.importPairsSteps(saved));
	}

	/** The variant pairs for the next cache write, only when the keys changed since the last offer. */
	offerPairs(cache: ParseCache): void {
		if (this.builder.keysRevision === this.pairsOffered) return;
		this.pairsOffered = this.builder.keysRevision;
		cache.setPairs(this.builder.exportPairs());
	}

	/** The cache starts afresh (parse options changed): offer the pairs again. */
	forgetOffer(): void {
		this.pairsOffered = -1;
	}
}
