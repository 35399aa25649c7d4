// The quiz sidebar: an ItemView that draws the controller's model with renderQuiz, keeps the
// speaking timer ticking, and puts the bare keys (quiz-keys.ts) on its own scope; what the buttons
// and keys do is in quiz-actions.ts.
import { Component, ItemView, Scope, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { PrepServices } from "../../services";
import type { NoteTopicFilter } from "../../core/topic";
import { t } from "../../core/i18n";
import { QuizController, type QuizViewState } from "./quiz-controller";
import { renderQuiz } from "./render-quiz";
import { updateTimer } from "./render-timer";
import { PauseWatch } from "./pause-watch";
import { QuizCardControl } from "./quiz-card-control";
import { QuizActions } from "./quiz-actions";
import { registerQuizKeys } from "./quiz-keys";
import type { RecordingVault } from "../../vault/recordings";
import type { QuestionRecording } from "../record/question-recording";
import type { MediaPlatform } from "../record/recorder";
import { quizRecording } from "../record/recording-deps";
import { DrawWhenShown } from "../when-shown";

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
	private readonly actions: QuizActions;
	/** Changes (edits, the build, the next card due) are drawn while the quiz is shown, else once it is shown again. */
	private readonly shown = new DrawWhenShown(this.contentEl, () => this.draw());

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
		this.actions = new QuizActions(
			{ app: this.app, draw: () => this.draw(), openNote: () => this.openNote(), takeFocus: () => this.takeFocus() },
			services,
			this.controller,
			this.cardControl,
			this.recording,
			hooks.startMock,
		);
		this.scope = new Scope(this.app.scope);
		registerQuizKeys(this.scope, this.actions.keyActions());
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
				this.shown.changed();
			}),
		);
		this.shown.attach(this, this.app.workspace, true);
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
		renderQuiz(this.contentEl, model, this.actions.handlers(markdown));
		this.clearDueTimer();
		const nextDue = model.empty?.kind === "nothingDue" ? model.empty.nextDue : null;
		// At least a second (no busy loop if the clocks disagree); setTimeout cannot wait past about 24 days.
		if (nextDue !== null) this.dueTimer = window.setTimeout(() => this.whenDue(), Math.min(Math.max(nextDue - model.now, 1000), MAX_WAIT));
	}

	private whenDue(): void {
		this.dueTimer = null;
		this.controller.refresh();
		this.shown.changed();
	}

	onResize(): void {
		this.shown.check();
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

	/**
	 * Only the timer changes every second; the rest stays as drawn. The pause watch looks again too, and
	 * a change that came while the quiz was hidden is drawn once it is shown.
	 */
	private tick(): void {
		this.pauses.check();
		this.shown.check();
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
}

function isRecord(value: unknown): value is Partial<QuizViewState> {
	return typeof value === "object" && value !== null;
}
