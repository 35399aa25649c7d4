// A card buried or suspended from the quiz leaves the session: the next card shows, and it is
// counted neither as graded nor as skipped (the card is out of practice, not passed over).
import { skipCard, type QuestionLookup, type QuizSessionState } from "./quiz-session";

export function leaveCard(state: QuizSessionState, now: number, lookup: QuestionLookup): QuizSessionState {
	const id = state.current?.id;
	if (id === undefined) return state;
	// Without the card: its id may come back later in the queue or as a step in learning.
	const without: QuestionLookup = (qid) => (qid === id ? undefined : lookup(qid));
	const next = skipCard(state, now, without);
	return {
		...next,
		stats: state.stats,
		queue: next.queue.filter((qid) => qid !== id),
		learning: next.learning.filter((c) => c.qid !== id),
	};
}
