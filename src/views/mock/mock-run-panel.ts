// The mock interview run, drawn into any element (a Modal's content in the plugin, a div in tests):
// the controller's model drawn with renderMock on each change, and the keys the run answers to.
import type { Rating } from "../../core/types";
import type { NewMockRun } from "../../core/review/review-store";
import { MockController, type MockChange, type MockRunDeps } from "./mock-controller";
import { drawMockRating, renderMock, updateMockCountdown, type MockHandlers } from "./render-mock";

/** The keys handleKey answers to (the modal registers these on its scope). */
export const MOCK_KEYS: readonly string[] = [" ", "Enter", "1", "2", "3", "4", "r"];

export class MockRunPanel {
	private readonly controller: MockController;
	private closed = false;

	constructor(
		private readonly el: HTMLElement,
		private readonly deps: MockRunDeps,
	) {
		this.controller = new MockController(deps, (change) => this.redraw(change));
		el.addClass("ip-mock");
		this.draw();
	}

	/** Keyboard: space/enter start and finish answers, 1–4 rate, enter moves on, R records. */
	handleKey(ev: KeyboardEvent): void {
		const inInput = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement;
		const c = this.controller;
		const s = c.phase;
		if (ev.key === "Enter" || (ev.key === " " && !inInput)) {
			if (s === "idle" && this.deps.questions.length > 0) c.start();
			else if (s === "answering") c.done();
			else if (s === "rated" && ev.key === "Enter") c.next();
			else return;
			ev.preventDefault();
			return;
		}
		if (!inInput && s === "answering" && ev.key.toLowerCase() === "r" && this.deps.recording?.enabled()) {
			this.deps.recording.toggle();
			ev.preventDefault();
			return;
		}
		if (!inInput && (s === "revealed" || s === "rated") && /^[1-4]$/.test(ev.key)) {
			c.rate(Number(ev.key) as Rating);
			ev.preventDefault();
		}
	}

	/** End the run now (the End button): a rated current answer still counts. */
	endEarly(): void {
		this.controller.endEarly();
	}

	/** The modal is closing: stop the clock and keep what was done. */
	destroy(): void {
		this.controller.destroy();
		this.closed = true;
	}

	/** The run as it stands, in the review store's shape. */
	run(): NewMockRun {
		return this.controller.run();
	}

	private redraw(change: MockChange): void {
		if (this.closed) return;
		if (change === "view") this.draw();
		else if (change === "rating") drawMockRating(this.el, this.controller.rating());
		else if (this.controller.phase === "answering") updateMockCountdown(this.el, this.controller.left(), this.deps.lang);
	}

	private draw(): void {
		const rec = this.deps.recording;
		const recording = rec?.enabled() ? rec : null;
		const question = this.controller.current();
		if (recording && question && this.controller.phase === "answering") recording.show(question);
		renderMock(this.el, this.controller.model(), this.handlers(recording));
	}

	private handlers(recording: MockRunDeps["recording"] | null): MockHandlers {
		const c = this.controller;
		const { deps } = this;
		return {
			start: () => c.start(),
			done: () => c.done(),
			endEarly: () => c.endEarly(),
			rate: (r) => c.rate(r),
			setRemark: (text) => c.setRemark(text),
			next: () => c.next(),
			renderMarkdown: (el, md, sourcePath) => void deps.renderMarkdown(el, md, sourcePath),
			...(deps.writeLog ? { writeLog: () => void c.writeLog() } : {}),
			...(deps.close ? { close: () => deps.close?.() } : {}),
			...(recording ? { drawRecording: (el: HTMLElement, phase: "front" | "revealed") => recording.draw(el, phase) } : {}),
		};
	}
}
