// The mock interview in a Modal: keys go through the modal's scope, the clock through window timers.
import { Component, MarkdownRenderer, Modal, Notice, type App } from "obsidian";
import type { PrepServices } from "../../services";
import { MOCK_KEYS, MockRunPanel } from "./mock-run-panel";
import type { MockRunQuestion } from "./mock-controller";
import type { MockLogVault } from "../../vault/mock-log-vault";
import { writeMockLog } from "./write-mock-log";
import type { RecordingVault } from "../../vault/recordings";
import { quizRecording } from "../record/recording-deps";
import { questionStarPanel } from "../../core/star/star-report";

export class MockModal extends Modal {
	private panel: MockRunPanel | null = null;
	private readonly component = new Component();

	constructor(
		app: App,
		private readonly services: PrepServices,
		private readonly vault: MockLogVault,
		private readonly questions: MockRunQuestion[],
		/** Told when the modal opens (true) and closes (false): the quiz pauses its timer meanwhile. */
		private readonly onOpenChange?: (open: boolean) => void,
		/** Where spoken answers are saved; without it the run does not record. */
		private readonly recordings?: RecordingVault,
	) {
		super(app);
	}

	onOpen(): void {
		const { services } = this;
		this.onOpenChange?.(true);
		this.component.load();
		this.modalEl.addClass("ip-mock-modal");
		const settings = services.getSettings();
		const lang = services.lang();
		this.panel = new MockRunPanel(this.contentEl, {
			lang,
			now: () => services.now(),
			questions: this.questions,
			targetSecs: settings.targetSeconds,
			renderMarkdown: (el, md, sourcePath) => MarkdownRenderer.render(this.app, md, el, sourcePath, this.component),
			// The question asked decides whether STAR applies; the answer checked is the one shown (or its blank template).
			starPanel: (question, answeredBy) => questionStarPanel(question, answeredBy ?? question, services.stories?.list() ?? [], settings, lang),
			grade: (q, rating, secs, runId, recording) => {
				services.reviews.grade(q.id, rating, secs, services.now(), { key: q.key, mock: runId, recording });
				services.reviewsChanged();
			},
			recordRun: (run) => {
				const event = services.reviews.addMockRun(run);
				services.reviewsChanged();
				return event;
			},
			writeLog: (run) =>
				writeMockLog(this.vault, {
					run,
					questionOf: (qid) => services.getIndex().byId.get(qid),
					folder: services.getSettings().mockFolder,
					lang,
				}),
			every: (fn, ms) => {
				const id = window.setInterval(fn, ms);
				return () => window.clearInterval(id);
			},
			notify: (message) => new Notice(message),
			close: () => this.close(),
			...(this.recordings ? { recording: quizRecording(services, this.recordings) } : {}),
		});
		for (const key of MOCK_KEYS) {
			this.scope.register([], key, (evt) => {
				this.panel?.handleKey(evt);
				return !evt.defaultPrevented;
			});
		}
	}

	onClose(): void {
		this.panel?.destroy();
		this.panel = null;
		this.component.unload();
		this.contentEl.empty();
		this.onOpenChange?.(false);
	}
}
