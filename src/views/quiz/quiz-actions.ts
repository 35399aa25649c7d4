// What the quiz's buttons and keys do: each action steps the controller, the card control or the
// answer's recording, then the view draws again. The view owns the leaf, focus and drawing (QuizHost).
import { MarkdownRenderer, Notice, type App, type Component } from "obsidian";
import type { PrepServices } from "../../services";
import type { Rating } from "../../core/types";
import type { NoteTopicFilter } from "../../core/topic";
import { t } from "../../core/i18n";
import type { QuizController } from "./quiz-controller";
import type { QuizHandlers } from "./quiz-handlers";
import type { QuizCardControl, QuizCardAction } from "./quiz-card-control";
import { ConfirmResetModal } from "./confirm-reset-modal";
import type { CardControlHandlers } from "./render-card-controls";
import type { QuestionRecording } from "../record/question-recording";
import type { QuizKeyActions } from "./quiz-keys";
import { linkStoryTo } from "./quiz-star";
import { hideWithNotice } from "../not-question";

/** What the actions need of the view. */
export interface QuizHost {
	app: App;
	draw(): void;
	/** Open the card's note beside the quiz, the quiz keeping its keys. */
	openNote(): Promise<void>;
	/** Focus back on the quiz (after a modal). */
	takeFocus(): void;
}

export class QuizActions {
	constructor(
		private readonly host: QuizHost,
		private readonly services: PrepServices,
		private readonly controller: QuizController,
		private readonly cardControl: QuizCardControl,
		private readonly recording: QuestionRecording | null,
		/** Starts a mock interview limited to the quiz's note and topic (absent: no button). */
		private readonly startMock?: (limit: NoteTopicFilter) => void,
	) {}

	/** Any action in the quiz means the person is back from the note: the timer runs again. */
	act(fn: () => void): void {
		this.controller.setPaused("note", false);
		fn();
		this.host.draw();
	}

	grade(rating: Rating): void {
		// Grading needs the answer seen first, so a stray digit cannot grade a card.
		const qid = this.controller.current()?.id ?? "";
		if (this.controller.phase() === "revealed") this.act(() => this.controller.grade(rating, this.recording?.take(qid)));
	}

	/** Showing the answer ends the recording of it (saved, then played back beside the answer). */
	reveal(): void {
		this.act(() => this.controller.reveal());
		void this.recording?.finish();
	}

	/** A skipped card's recording is dropped. */
	skip(): void {
		this.recording?.cancel();
		this.act(() => this.controller.skip());
	}

	/** Returns whether a grade or card control was taken back (a key handler lets the key through otherwise). */
	undo(): boolean {
		if (this.cardControl.canUndo()) {
			this.act(() => this.cardControl.undo());
			return true;
		}
		if (!this.controller.canUndo()) return false;
		this.act(() => this.controller.undo());
		return true;
	}

	/** Bury, suspend or reset the card in hand; a notice says it was done. */
	control(action: QuizCardAction): void {
		if (!this.controller.current()) return;
		this.act(() => this.cardControl.apply(action));
		new Notice(t(this.services.lang(), `card.done.${action}`), 3000);
	}

	/** Reset asks first: it forgets the card's progress. */
	confirmReset(): void {
		const q = this.controller.current();
		if (!q) return;
		new ConfirmResetModal(this.host.app, this.services.lang(), q.text, () => {
			if (this.controller.current()?.id === q.id) this.control("reset");
			this.host.takeFocus();
		}).open();
	}

	cardControlHandlers(): CardControlHandlers {
		return {
			bury: () => this.control("bury"),
			suspend: () => this.control("suspend"),
			reset: () => this.confirmReset(),
			edit: () => void this.host.openNote(),
		};
	}

	/** The card's question is not one: on to the next card, and hidden (with Undo in a notice). */
	notQuestion(): void {
		const card = this.controller.current();
		if (!card) return;
		this.skip();
		void hideWithNotice(this.services, card.id);
	}

	/** The drawn quiz's handlers; `markdown` owns what this draw renders. */
	handlers(markdown: Component): QuizHandlers {
		const c = this.controller;
		const handlers: QuizHandlers = {
			setMode: (mode) => this.act(() => c.setMode(mode)),
			setNote: (path) => this.act(() => c.setNote(path)),
			setTopic: (topic) => this.act(() => c.setTopic(topic)),
			hint: () => this.act(() => c.hint()),
			reveal: () => this.reveal(),
			grade: (r) => this.grade(r),
			skip: () => this.skip(),
			openNote: () => void this.host.openNote(),
			writeAnswer: () => void c.writeAnswer(),
			useHub: (path) => void c.useHub(path),
			again: () => this.act(() => c.restart()),
			undo: () => this.undo(),
			cardControl: this.cardControlHandlers(),
			openStory: (story) => void this.services.openAt(story.path, story.line),
			linkStory: (story) => {
				const q = c.current();
				if (q) void linkStoryTo(q, story, this.services, (message) => new Notice(message));
			},
			notQuestion: () => this.notQuestion(),
			renderMarkdown: (el, md, sourcePath) => {
				void MarkdownRenderer.render(this.host.app, md, el, sourcePath, markdown);
			},
		};
		const recording = this.recording;
		if (recording?.enabled()) handlers.drawRecording = (el, phase) => recording.draw(el, phase);
		const startMock = this.startMock;
		if (startMock) {
			handlers.onStartMock = () => {
				const { path, topic } = c.getViewState();
				startMock({ path: path || undefined, topic: topic || undefined });
			};
		}
		return handlers;
	}

	/** The bare keys' actions (quiz-keys.ts). */
	keyActions(): QuizKeyActions {
		const c = this.controller;
		return {
			reveal: () => {
				if (!c.current()) return false;
				this.reveal();
				return true;
			},
			grade: (r) => this.grade(r),
			hint: () => this.act(() => c.hint()),
			openNote: () => void this.host.openNote(),
			skip: () => this.skip(),
			toggleRecording: () => {
				if (!this.recording?.enabled() || !c.current()) return false;
				this.recording.toggle();
				return true;
			},
			undo: () => this.undo(),
			cardControl: this.cardControlHandlers(),
		};
	}
}
