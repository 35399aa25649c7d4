// The quiz's view state (what survives a restart of Obsidian): mode, note, topic, and the limits to one
// question ("Practise this question") or one hub (the deck overview), and how a request changes it.
import { QUIZ_MODES, type QuizFilters, type QuizMode } from "../../core/quiz/quiz-filter";

export interface QuizViewState {
	mode: QuizMode;
	path: string;
	topic: string;
	/** One question's id; absent for all. */
	question?: string;
	/** One hub's notes; absent for all. */
	hub?: string;
}

export function viewStateOf(mode: QuizMode, filters: QuizFilters): QuizViewState {
	const { path, topic, question, hub } = filters;
	return { mode, path, topic, ...(question ? { question } : {}), ...(hub ? { hub } : {}) };
}

/** The state after a saved or requested one; `changed` when it changes what is practised. */
export function applyViewState(mode: QuizMode, filters: QuizFilters, state: Partial<QuizViewState> | null | undefined): { mode: QuizMode; filters: QuizFilters; changed: boolean } {
	const str = (x: unknown): x is string => typeof x === "string";
	const nextMode = state?.mode && QUIZ_MODES.includes(state.mode) ? state.mode : mode;
	const path = str(state?.path) ? state.path : filters.path;
	const topic = str(state?.topic) ? state.topic : filters.topic;
	// Choosing a note or topic (the quiz's dropdowns) ends practising one question or one hub.
	const picked = str(state?.path) || str(state?.topic);
	const question = str(state?.question) ? state.question : picked ? "" : (filters.question ?? "");
	const hub = str(state?.hub) ? state.hub : picked ? "" : (filters.hub ?? "");
	const next: QuizFilters = { path, topic, ...(question ? { question } : {}), ...(hub ? { hub } : {}) };
	const changed = nextMode !== mode || path !== filters.path || topic !== filters.topic || question !== (filters.question ?? "") || hub !== (filters.hub ?? "");
	return { mode: nextMode, filters: next, changed };
}
