// The quiz sidebar: an ItemView that draws the controller's model with renderQuiz, keeps the
// speaking timer ticking, and puts the bare keys (Space, 1–4, H, O, S, U, R to record; B, X, F, E for card control) on its own scope.
import { Component, ItemView, MarkdownRenderer, Notice, Scope, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { PrepServices } from "../../services";
import type { Rating } from "../../core/types";
import type { NoteTopicFilter } from "../../core/topic";
import { t } from "../../core/i18n";
import { QuizController, type QuizViewState } from "./quiz-controller";
import { renderQuiz, type QuizHandlers } from "./render-quiz";
import { updateTimer } from "./render-timer";
import { PauseWatch } from "./pause-watch";
import { QuizCardControl, type QuizCardAction } from "./quiz-card-control";
import { ConfirmResetModal } from "./confirm-reset-modal";
import type { CardControlHandlers } from "./render-card-controls";
import type { RecordingVault } from "../../vault/recordings";
import type { QuestionRecording } from "../record/question-recording";
import type { MediaPlatform } from "../record/recorder";
import { quizRecording } from "../record/recording-deps";
import { linkStoryTo } from "./quiz-star";
import { hideWithNotice } from "../not-question";

export const QUIZ_VIEW_TYPE = "interview-prep-quiz";
export const QUIZ_ICON = "graduation-cap";
/** Longest wait setTimeout keeps (2^31 − 1 ms). */
const MAX_WAIT = 2_147_483_647;

export interface QuizViewHooks {
	/** Starts a mock interview limited to the quiz's note and topic (from the mock feature). */
	startMock?: (limit: NoteTopicFilter) => void;
	/** Tells the listener when a mock interview opens and closes (the speaking timer pauses meanwhile). */
	watchMock?: (listener: (running: boolean) => void) => () => void;
	/** Where spoken answers are saved; without it the quiz does not record. */
	recordings?: RecordingVault;
	/** The browser's media parts (tests hand in fakes). */
	media?: () => MediaPlatform;
}

export class QuizView extends ItemView {
	readonly controller: QuizController;
	readonly cardControl: QuizCardControl;
	/** Owns the markdown rendered by the last draw; replaced (and unloaded) on every draw. */
	private markdown: Component | null = null;
	/** Redraws the nothing-due screen when its next card comes due; replaced on every draw. */
	private dueTimer: number | null = null;
	/** Stands the speaking timer still while the quiz is hidden, a modal is open or the window has no focus. */
	private pauses: PauseWatch;
	/** The spoken answer of the card in hand (null when the feature has no recordings folder). */
	readonly recording: QuestionRecording | null;

	constructor(
		leaf: WorkspaceLeaf,
		private services: PrepServices,
		private hooks: QuizViewHooks = {},
	) {
		super(leaf);
		this.icon = QUIZ_ICON;
		this.controller = new QuizController(services);
		this.cardControl = new QuizCardControl(services, this.controller);
		this.recording = hooks.recordings ? quizRecording(services, hooks.recordings, hooks.media) : null;
		// Focusable, so handing focus back after O takes it off the note's editor.
		this.contentEl.tabIndex = -1;
		this.contentEl.addClass("ip-quiz-host");
		this.scope = new Scope(this.app.scope);
		this.registerKeys(this.scope);
		this.pauses = new PauseWatch(this.contentEl, (reason, paused) => {
			this.controller.setPaused(reason, paused);
			this.tick();
		});
	}

	getViewType(): string {
		return QUIZ_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t(this.services.lang(), "quiz.title");
	}

	getIcon(): string {
		return QUIZ_ICON;
	}

	getState(): Record<string, unknown> {
		return { ...this.controller.getViewState() };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		this.controller.setViewState(isRecord(state) ? state : null);
		this.draw();
		await super.setState(state, result);
	}

	protected async onOpen(): Promise<void> {
		this.controller.restart();
		this.register(
			this.services.onChange(() => {
				this.controller.refresh();
				this.draw();
			}),
		);
		this.registerInterval(window.setInterval(() => this.tick(), 1000));
		// The mock interview's time is not time spoken on the quiz card.
		const watchMock = this.hooks.watchMock;
		if (watchMock) {
			this.register(
				watchMock((running) => {
					this.controller.setPaused("mock", running);
										if (running) this.recording?.cancel(); // the mock records its own answers
					this.draw();
				}),
			);
		}
		this.pauses.attach(this, this.app.workspace);
		// A click in the quiz after O: back from the note, speaking again.
		this.registerDomEvent(this.contentEl, "pointerdown", () => this.backFromNote());
		this.draw();
		await Promise.resolve();
	}

	protected async onClose(): Promise<void> {
		this.clearDueTimer();
		this.recording?.destroy();
		this.markdown?.unload();
		this.markdown = null;
		await Promise.resolve();
	}

	/** Draw everything from the current model. */
	draw(): void {
		this.markdown?.unload();
		const markdown = new Component();
		markdown.load();
		this.markdown = markdown;
		const model = this.controller.model();
		if (this.cardControl.canUndo()) model.canUndo = true;
		this.recording?.show(model.card?.question ?? null);
		renderQuiz(this.contentEl, model, this.handlers(markdown));
		this.clearDueTimer();
		const nextDue = model.empty?.kind === "nothingDue" ? model.empty.nextDue : null;
		// At least a second (no busy loop if the clocks disagree); setTimeout cannot wait past about 24 days.
		if (nextDue !== null) this.dueTimer = window.setTimeout(() => this.whenDue(), Math.min(Math.max(nextDue - model.now, 1000), MAX_WAIT));
	}

	private whenDue(): void {
		this.dueTimer = null;
		this.controller.refresh();
		this.draw();
	}

	private clearDueTimer(): void {
		if (this.dueTimer !== null) window.clearTimeout(this.dueTimer);
		this.dueTimer = null;
	}

	/** Open the card's note beside the quiz and keep the quiz in charge of its keys (O then 3 grades, never types). */
	private async openNote(): Promise<void> {
		// Reading the note is not speaking: the timer waits until the next key or click in the quiz.
		if (this.controller.current() && this.controller.phase() !== "revealed") this.controller.setPaused("note", true);
		this.draw();
		await this.controller.openNote();
		this.takeFocus();
		// The editor takes focus as it shows, a frame later in some hosts: take it back then too.
		window.requestAnimationFrame(() => this.takeFocus());
	}

	private takeFocus(): void {
		if (this.leaf.view !== this) return; // closed meanwhile
		this.app.workspace.setActiveLeaf(this.leaf, { focus: true });
		this.contentEl.focus({ preventScroll: true });
	}

	/** Only the timer changes every second; the rest stays as drawn. The pause watch looks again too. */
	private tick(): void {
		this.pauses.check();
		const el = this.contentEl.querySelector<HTMLElement>(".ip-quiz-timer");
		if (!el || !this.controller.current()) return;
		const c = this.controller;
		updateTimer(el, c.elapsed(), this.services.getSettings().targetSeconds, this.services.lang(), c.pausedFor(), c.phase() === "revealed");
	}

	private backFromNote(): void {
		if (!this.controller.pausedFor().includes("note")) return;
		this.controller.setPaused("note", false);
		this.tick();
	}

	private act(fn: () => void): void {
		this.controller.setPaused("note", false);
		fn();
		this.draw();
	}

	private grade(rating: Rating): void {
		// Grading needs the answer seen first, so a stray digit cannot grade a card.
		const qid = this.controller.current()?.id ?? "";
		if (this.controller.phase() === "revealed") this.act(() => this.controller.grade(rating, this.recording?.take(qid)));
	}

	/** Showing the answer ends the recording of it (saved, then played back beside the answer). */
	private reveal(): void {
		this.act(() => this.controller.reveal());
		void this.recording?.finish();
	}

	/** A skipped card's recording is dropped. */
	private skip(): void {
		this.recording?.cancel();
		this.act(() => this.controller.skip());
	}

	/** Returns whether a grade or card control was taken back (a key handler lets the key through otherwise). */
	private undo(): boolean {
		if (this.cardControl.canUndo()) {
			this.act(() => this.cardControl.undo());
			return true;
		}
		if (!this.controller.canUndo()) return false;
		this.act(() => this.controller.undo());
		return true;
	}

	private control(action: QuizCardAction): void {
		if (!this.controller.current()) return;
		this.act(() => this.cardControl.apply(action));
		new Notice(t(this.services.lang(), `card.done.${action}`), 3000);
	}

	/** Reset asks first: it forgets the card's progress. */
	private confirmReset(): void {
		const q = this.controller.current();
		if (!q) return;
		new ConfirmResetModal(this.app, this.services.lang(), q.text, () => {
			if (this.controller.current()?.id === q.id) this.control("reset");
			this.takeFocus();
		}).open();
	}

	private cardControlHandlers(): CardControlHandlers {
		return {
			bury: () => this.control("bury"),
			suspend: () => this.control("suspend"),
			reset: () => this.confirmReset(),
			edit: () => void this.openNote(),
		};
	}

	/** The card's question is not one: on to the next card, and hidden (with Undo in a notice). */
	private notQuestion(): void {
		const card = this.controller.current();
		if (!card) return;
		this.skip();
		void hideWithNotice(this.services, card.id);
	}

	private handlers(markdown: Component): QuizHandlers {
		const c = this.controller;
		const handlers: QuizHandlers = {
			setMode: (mode) => this.act(() => c.setMode(mode)),
			setNote: (path) => this.act(() => c.setNote(path)),
			setTopic: (topic) => this.act(() => c.setTopic(topic)),
			hint: () => this.act(() => c.hint()),
			reveal: () => this.reveal(),
			grade: (r) => this.grade(r),
			skip: () => this.skip(),
			openNote: () => void this.openNote(),
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
				void MarkdownRenderer.render(this.app, md, el, sourcePath, markdown);
			},
		};
		const recording = this.recording;
		if (recording?.enabled()) handlers.drawRecording = (el, phase) => recording.draw(el, phase);
		const startMock = this.hooks.startMock;
		if (startMock) {
			handlers.onStartMock = () => {
				const { path, topic } = c.getViewState();
				startMock({ path: path || undefined, topic: topic || undefined });
			};
		}
		return handlers;
	}

	/** Bare keys work while the quiz has focus; returning false stops the key there. */
	private registerKeys(scope: Scope): void {
		const c = this.controller;
		const reveal = () => {
			if (!c.current()) return true;
			this.reveal();
			return false;
		};
		scope.register([], " ", reveal);
		scope.register([], "Enter", reveal);
		for (const r of [1, 2, 3, 4] as const) {
			scope.register([], String(r), () => {
				this.grade(r);
				return false;
			});
		}
		scope.register([], "h", () => {
			this.act(() => c.hint());
			return false;
		});
		scope.register([], "o", () => {
			void this.openNote();
			return false;
		});
		scope.register([], "s", () => {
			this.skip();
			return false;
		});
		scope.register([], "r", () => {
			if (!this.recording?.enabled() || !c.current()) return true;
			this.recording.toggle();
			return false;
		});
		const controls = this.cardControlHandlers();
		const keys: [string, keyof CardControlHandlers][] = [["b", "bury"], ["x", "suspend"], ["f", "reset"], ["e", "edit"]];
		for (const [key, name] of keys) {
			scope.register([], key, () => {
				controls[name]();
				return false;
			});
		}
		// Ctrl/Cmd+Z too: this scope is active only while the quiz has focus, so editor undo is untouched.
		scope.register([], "u", () => !this.undo());
		scope.register(["Mod"], "z", () => !this.undo());
	}
}

function isRecord(value: unknown): value is Partial<QuizViewState> {
	return typeof value === "object" && value !== null;
}
