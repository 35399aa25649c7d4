// The "Practice statistics" view: computed when it is open and drawn again on changes while shown
// (nothing is computed at start-up or while the view is hidden).
import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { PrepServices } from "../../services";
import { t } from "../../core/i18n";
import { buildStatsModel } from "./stats-model";
import { renderStats } from "./render-stats";
import { renderDueLink } from "../quiz/due-link";
import { DueClock } from "../quiz/due-clock";
import { DrawWhenShown } from "../when-shown";

export const STATS_VIEW_TYPE = "interview-prep-stats";
export const STATS_ICON = "bar-chart-3";

export class StatsView extends ItemView {
	private root: HTMLElement | null = null;
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
		return STATS_VIEW_TYPE;
	}

	getDisplayText(): string {
		return t(this.services.lang(), "stats.title");
	}

	getIcon(): string {
		return STATS_ICON;
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.root = this.contentEl.createDiv();
		this.register(this.services.onChange(() => this.refresh()));
		this.shown.attach(this, this.app.workspace);
		this.refresh();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.dueClock.stop();
		this.root = null;
		await Promise.resolve();
	}

	onResize(): void {
		this.shown.check();
	}

	/** Redraws now when shown; otherwise once it is shown again. */
	refresh(): void {
		if (this.root) this.shown.changed();
	}

	private draw(): void {
		if (!this.root) return;
		const { services } = this;
		renderStats(this.root, buildStatsModel(services), {
			reviewsOf: (qid) => {
				const q = services.getIndex().byId.get(qid);
				const ids = q ? [q.id, ...q.variants] : [qid];
				return ids.flatMap((id) => services.reviews.reviewsOf(id));
			},
			openAt: (path, line) => void services.openAt(path, line),
		});
		// The due count beside the title, a click away from the quiz.
		const heading = this.root.querySelector<HTMLElement>(".ip-stats-heading");
		this.dueClock.follow(heading ? renderDueLink(heading, services) : null, services.now());
	}
}
