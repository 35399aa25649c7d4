// All prep notes' questions → one index: stable ids, variants of one question merged, gaps.
// The public entry of src/core/index/: the builder, the one-shot build, and the saved-pairs snapshot's type.
import type { ParsedNote, QuestionIndex } from "../types";
import { IndexBuilder } from "./index-builder";

export { IndexBuilder } from "./index-builder";
export { COMMON_BIGRAM } from "./variant-pairs";
export { VARIANT_THRESHOLD } from "./variant-score";
export { PAIRS_VERSION, type PairSnapshot } from "./pair-snapshot";
export { keysOf, rememberKeys } from "./note-state";
export { readyQuestion } from "./ready-question";

/** One index from scratch (the live index keeps an IndexBuilder instead). */
export function buildIndex(notes: ParsedNote[]): QuestionIndex {
	return new IndexBuilder().build(notes);
}
