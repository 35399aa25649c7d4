// "Practise this question": the question whose heading or line the cursor is on, or whose section
// holds it (the innermost when sections nest), in the note at `path`.
import type { Question, QuestionIndex } from "../types";

/** `line` is 1-based. Null when no question of the note covers the line. */
export function questionAt(index: QuestionIndex, path: string, line: number): Question | null {
	let best: Question | null = null;
	for (const q of index.questions) {
		if (q.path !== path || line < q.line || line > Math.max(q.line, q.endLine)) continue;
		// The latest start is the innermost section (a question under a question heading).
		if (!best || q.line > best.line) best = q;
	}
	return best;
}

/** The note holds questions the quiz can draw (its own or a variant's). */
export function noteHasQuestions(index: QuestionIndex, path: string): boolean {
	return index.questions.some((q) => q.path === path);
}
