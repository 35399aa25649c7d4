// The "Interview coverage" sidebar view: draws the report and patches it on every change while it is
// shown (a hidden tab is drawn once shown again: when-shown.ts).
import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { PrepServices } from "../../services";
import { t } from "../../core/i18n";
import { buildCoverageModel } from "./coverage-model";
import { renderCoverage, type CoverageHandlers } from "./render-coverage";
import { renderStories } from "./render-stories";
import { storyBankOf } from "./story-bank-model";
import { hideWithNotice } from "../not-question";
import { renderDueLinkIn } from "../quiz/due-link";
import { DueClock } from "../quiz/due-clock";
import { DrawWhenShown } from "../when-shown";

export const COVERAGE_VIEW_TYPE = "interview-prep-coverage";
export const COVERAGE_ICON = "list-checks";

export class CoverageView extends ItemView {
	private root: HTMLElement | null = null;
	private storiesEl: HTMLElement | null = null;
	/** The due count atop the view, a click away from the quiz. */
	private dueEl: HTMLElement | null = null;
	/** Draws again when a card comes due or the day rolls over: the counts change with nothing else changing. */
	private readonly dueClock = new DueClock(() => this.refresh());
	private readonly shown = new DrawWhenShown(this.contentEl, () => this.draw());

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: PrepServices,
	) {
		super(leaf);
	}

	getViewType(): string {
		return COVERAGE_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t(this.services.lang(), "coverage.title");
	}

	getIcon(): string {
		return COVERAGE_ICON;
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.dueEl = this.contentEl.createDiv({ cls: "ip-cov-due" });
		this.root = this.contentEl.createDiv();
		this.storiesEl = this.contentEl.createDiv({ cls: "ip-cov-story-bank" });
		this.register(this.services.onChange(() => this.refresh()));
		this.shown.attach(this, this.app.workspace);
		this.refresh();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.dueClock.stop();
		this.root = null;
		this.dueEl = null;
		this.storiesEl = null;
		await Promise.resolve();
	}

	onResize(): void {
		this.shown.check();
	}

	/** Redraws now when shown; otherwise once it is shown again. */
	refresh(): void {
		if (this.root) this.shown.changed();
	}

	/** Draws from the current index and reviews (patching, so nothing flickers). */
	private draw(): void {
		if (!this.root) return;
		if (this.dueEl) this.dueClock.follow(renderDueLinkIn(this.dueEl, this.services), this.services.now());
		renderCoverage(this.root, buildCoverageModel(this.services), this.handlers());
		if (this.storiesEl) renderStories(this.storiesEl, storyBankOf(this.services), this.services.lang(), this.handlers());
	}

	private handlers(): CoverageHandlers {
		const { services } = this;
		return {
			openAt: (path, line) => void services.openAt(path, line),
			openQuiz: (filter) => void services.openQuiz(filter),
			useHub: (name) => void services.updateSettings({ hubs: [name] }),
			unsuspend: (q) => {
				const suspended = services.reviews.controlState().suspended;
				for (const id of [q.id, ...q.variants]) if (suspended.has(id)) services.reviews.control(id, "unsuspend", services.now());
				services.reviewsChanged();
			},
			notQuestion: (id) => void hideWithNotice(services, id),
		};
	}
}
