// The narrow handle that views and commands get instead of the whole plugin or `app`.
// wirePlugin (src/plugin-wiring.ts) builds it for main.ts; tests build one from plain data.
import type { Lang, QuestionIndex, Settings } from "./core/types";
import type { ReviewStore } from "./core/review/review-store";
import type { PrepSet } from "./core/prep-set";
import type { IndexStatus } from "./core/index-status";
import type { QuizRequest } from "./core/quiz/quiz-filter";
import type { Question } from "./core/types";
import type { Story } from "./core/star/stories";

// Views import the index's status from here with the rest of the handle.
export type { IndexState, IndexStatus } from "./core/index-status";

export interface PrepServices {
	/** What is indexed so far (partial while building); empty index before the first note. */
	getIndex(): QuestionIndex;
	getPrepSet(): PrepSet | null;
	getStatus(): IndexStatus;
	/** Called (debounced) after the index or the review data changed. Returns an unsubscribe. */
	onChange(listener: () => void): () => void;
	getSettings(): Settings;
	updateSettings(patch: Partial<Settings>): Promise<void>;
	reviews: ReviewStore;
	/** Review data changed: save soon (debounced), and tell listeners. */
	reviewsChanged(): void;
	lang(): Lang;
	/** Current time in epoch ms (tests freeze it). */
	now(): number;
	/** Open a note with the cursor on a 1-based line. */
	openAt(path: string, line: number): Promise<void>;
	/** Open the quiz view, optionally filtered to a note, a topic or one question (and in a mode). */
	openQuiz(filter?: QuizRequest): Promise<void>;
	/** Notes whose names look like interview notes, most linked first (for "no hub set"). */
	suggestHubs(): string[];
	/** The story bank (absent in tests that do not need it). */
	stories?: StoryService;
}

/** The story bank's stories, and the one write it makes: a link under a question. */
export interface StoryService {
	list(): Story[];
	/** Writes a link to `story` under question `q` in its note (Vault.process); false when the question moved. */
	link(q: Question, story: Story): Promise<boolean>;
}
