// Anki's three numbers for a quiz session: new, learning and review cards still to come (the card in
// hand included), which kind is in hand, and how many steps were taken (for the progress bar).
import type { QuizSessionState } from "./quiz-session";

export type CardKind = "new" | "learning" | "review";

export interface SessionCounts {
	new: number;
	learning: number;
	review: number;
	/** The kind of the card in hand, or null when none is. */
	current: CardKind | null;
	/** Gradings and skips made so far in the session. */
	done: number;
}

/** `kindOf` says what a question is now (from its schedule); cards waiting for their learning step are learning. */
export function sessionCounts(state: QuizSessionState, kindOf: (qid: string) => CardKind): SessionCounts {
	const counts: SessionCounts = { new: 0, learning: state.learning.length, review: 0, current: null, done: state.stats.reviewed + state.stats.skipped };
	const add = (qid: string): CardKind => {
		const kind = kindOf(qid);
		counts[kind]++;
		return kind;
	};
	if (state.current) counts.current = add(state.current.id);
	for (const qid of state.queue) add(qid);
	return counts;
}

/** New (never graded), learning (a learning or relearning step) or review, from the question's schedule. */
export function kindOfCard(card: { reps: number; state: 0 | 1 | 2 | 3 } | undefined): CardKind {
	if (!card || card.reps === 0) return "new";
	return card.state === 1 || card.state === 3 ? "learning" : "review";
}
