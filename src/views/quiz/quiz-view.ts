// The quiz sidebar: an ItemView that draws the controller's model with renderQuiz, keeps the
// speaking timer ticking, and puts the bare keys (Space, 1–4, H, O, S, U) on its own scope.
import { Component, ItemView, MarkdownRenderer, Scope, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { PrepServices } from "../../services";
import type { Rating } from "../../core/types";
import { t } from "../../core/i18n";
import { QuizController, type QuizViewState } from "./quiz-controller";
import { renderQuiz, updateTimer, type QuizHandlers } from "./render-quiz";
import { hideWithNotice } from "../not-question";

export const QUIZ_VIEW_TYPE = "interview-prep-quiz";
export const QUIZ_ICON = "graduation-cap";
/** Longest wait setTimeout keeps (2^31 − 1 ms). */
const MAX_WAIT = 2_147_483_647;

export interface QuizViewHooks {
	/** Starts a mock interview limited to the quiz's note and topic (from the mock feature). */
	startMock?: (limit: { path?: string; topic?: string }) => void;
	/** Tells the listener when a mock interview opens and closes (the speaking timer pauses meanwhile). */
	watchMock?: (listener: (running: boolean) => void) => () => void;
}

export class QuizView extends ItemView {
	readonly controller: QuizController;
	/** Owns the markdown rendered by the last draw; replaced (and unloaded) on every draw. */
	private markdown: Component | null = null;
	/** Redraws the nothing-due screen when its next card comes due; replaced on every draw. */
	private dueTimer: number | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private services: PrepServices,
		private hooks: QuizViewHooks = {},
	) {
		super(leaf);
		this.icon = QUIZ_ICON;
		this.controller = new QuizController(services);
		// Focusable, so handing focus back after O takes it off the note's editor.
		this.contentEl.tabIndex = -1;
		this.contentEl.addClass("ip-quiz-host");
		this.scope = new Scope(this.app.scope);
		this.registerKeys(this.scope);
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
					this.controller.setPaused(running);
					this.draw();
				}),
			);
		}
		this.draw();
		await Promise.resolve();
	}

	protected async onClose(): Promise<void> {
		this.clearDueTimer();
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

	/** Only the timer changes every second; the rest stays as drawn. */
	private tick(): void {
		const el = this.contentEl.querySelector<HTMLElement>(".ip-quiz-timer");
		if (!el || !this.controller.current()) return;
		updateTimer(el, this.controller.elapsed(), this.services.getSettings().targetSeconds, this.services.lang(), this.controller.paused());
	}

	private act(fn: () => void): void {
		fn();
		this.draw();
	}

	private grade(rating: Rating): void {
		// Grading needs the answer seen first, so a stray digit cannot grade a card.
		if (this.controller.phase() === "revealed") this.act(() => this.controller.grade(rating));
	}

	/** Returns whether a grade was taken back (a key handler lets the key through otherwise). */
	private undo(): boolean {
		if (!this.controller.canUndo()) return false;
		this.act(() => this.controller.undo());
		return true;
	}

	/** The card's question is not one: on to the next card, and hidden (with Undo in a notice). */
	private notQuestion(): void {
		const card = this.controller.current();
		if (!card) return;
		this.act(() => this.controller.skip());
		void hideWithNotice(this.services, card.id);
	}

	private handlers(markdown: Component): QuizHandlers {
		const c = this.controller;
		const handlers: QuizHandlers = {
			setMode: (mode) => this.act(() => c.setMode(mode)),
			setNote: (path) => this.act(() => c.setNote(path)),
			setTopic: (topic) => this.act(() => c.setTopic(topic)),
			hint: () => this.act(() => c.hint()),
			reveal: () => this.act(() => c.reveal()),
			grade: (r) => this.grade(r),
			skip: () => this.act(() => c.skip()),
			openNote: () => void this.openNote(),
			writeAnswer: () => void c.writeAnswer(),
			useHub: (path) => void c.useHub(path),
			again: () => this.act(() => c.restart()),
			undo: () => this.undo(),
			notQuestion: () => this.notQuestion(),
			renderMarkdown: (el, md, sourcePath) => {
				void MarkdownRenderer.render(this.app, md, el, sourcePath, markdown);
			},
		};
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
			this.act(() => c.reveal());
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
			this.act(() => c.skip());
			return false;
		});
		// Ctrl/Cmd+Z too: this scope is active only while the quiz has focus, so editor undo is untouched.
		scope.register([], "u", () => !this.undo());
		scope.register(["Mod"], "z", () => !this.undo());
	}
}

function isRecord(value: unknown): value is Partial<QuizViewState> {
	return typeof value === "object" && value !== null;
}
