// Keeping history when a question's words change a little: its id (derived from the words) changes,
// so history left under an id that vanished is offered to a new, similar question without history.
import { similarity } from "../normalize";
import type { QuestionIndex } from "../types";

export interface AliasProposal {
	from: string;
	to: string;
	/** Key of the question now holding the history. */
	toKey: string;
	score: number;
}

/** Below this, two questions are different questions (应对工作中的压力 vs …挫折 scores 0.78 and stays apart). */
export const ALIAS_THRESHOLD = 0.8;

/**
 * `known`: question ids with history, with the key they had when last reviewed (undefined when not
 * recorded). An id missing from the index whose key is close to a question that has no history
 * yet becomes an alias proposal; best matches first, each side used once. History whose note is
 * gone and that matches nothing stays where it is, in case the note comes back.
 */
export function reconcile(known: ReadonlyMap<string, string | undefined>, index: QuestionIndex, threshold = ALIAS_THRESHOLD): AliasProposal[] {
	const proposals: AliasProposal[] = [];
	const orphans: { qid: string; key: string }[] = [];
	for (const [qid, key] of known) {
		const q = index.byId.get(qid);
		if (q) {
			// Merged into another question as a variant: the canonical one takes the history if it has none.
			if (q.variantOf && !known.has(q.variantOf)) {
				const canon = index.byId.get(q.variantOf);
				if (canon) proposals.push({ from: qid, to: canon.id, toKey: canon.key, score: 1 });
			}
			continue;
		}
		if (key) orphans.push({ qid, key });
	}
	const taken = new Set(proposals.map((p) => p.to));
	const fresh = index.questions.filter((q) => q.variantOf === null && !known.has(q.id) && !taken.has(q.id));
	if (orphans.length === 0 || fresh.length === 0) return proposals;

	const pairs: AliasProposal[] = [];
	for (const o of orphans) {
		for (const q of fresh) {
			const score = similarity(o.key, q.key);
			if (score >= threshold) pairs.push({ from: o.qid, to: q.id, toKey: q.key, score });
		}
	}
	pairs.sort((a, b) => b.score - a.score || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
	const usedFrom = new Set<string>();
	for (const p of pairs) {
		if (usedFrom.has(p.from) || taken.has(p.to)) continue;
		usedFrom.add(p.from);
		taken.add(p.to);
		proposals.push(p);
	}
	return proposals;
}
