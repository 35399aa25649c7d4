// What the drawn quiz calls: one handler per button, field and link (quiz-actions.ts builds them in the
// view; tests hand in their own).
import type { Rating } from "../../core/types";
import type { QuizMode } from "../../core/quiz/quiz-filter";
import type { CardControlHandlers } from "./render-card-controls";
import type { StoryHandlers } from "./render-story-card";

export interface QuizHandlers extends StoryHandlers {
	setMode(mode: QuizMode): void;
	setNote(path: string): void;
	setTopic(topic: string): void;
	hint(): void;
	reveal(): void;
	grade(rating: Rating): void;
	skip(): void;
	openNote(): void;
	writeAnswer(): void;
	useHub(path: string): void;
	again(): void;
	/** Take back the session's last grade. */
	undo(): void;
	/** Renders note markdown into el (MarkdownRenderer.render in the view). */
	renderMarkdown(el: HTMLElement, markdown: string, sourcePath: string): void;
	/** "Not a question": hide the card's question (the button shows only when it is set). */
	notQuestion?: () => void;
	/** Provided by the mock interview feature; the button shows only when it is set. */
	onStartMock?: () => void;
	/** Bury, suspend, reset and edit on the card (the row shows only when set). */
	cardControl?: CardControlHandlers;
	/** Draws the answer's recording (button before reveal, playback after) under the timer, when recording is on. */
	drawRecording?: (el: HTMLElement, phase: "front" | "revealed") => void;
}
