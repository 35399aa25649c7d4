// The recording of one question's spoken answer, for the quiz and the mock interview alike: starts when
// the question shows (setting) or on R / the button, stops at reveal or on R, saves into the recordings
// folder, and hands the grading its file and speaking figures. It draws itself into a box of its own.
import { t } from "../../core/i18n";
import { recordingPath } from "../../core/speech/recording-files";
import type { AnswerRecording, Lang, Settings } from "../../core/types";
import type { RecordingVault } from "../../vault/recordings";
import { drawRecording, updateLive, type RecordingStatus, type RecordingView } from "./draw-recording";
import { AnswerRecorder, failureOf, type MediaPlatform, type RecorderFailure, type RecorderFailureKind } from "./recorder";

export type { RecordingStatus };

export interface QuestionRecordingDeps {
	lang(): Lang;
	settings(): Pick<Settings, "recordAnswers" | "recordingFolder" | "recordingsPerQuestion" | "targetSeconds">;
	vault: RecordingVault;
	/** The browser's media parts (browserMedia() in the plugin; fakes in tests). */
	media(): MediaPlatform;
	/** Epoch ms, for the file name. */
	now(): number;
	notify(message: string): void;
}

/** Failures that will not go away by themselves: no automatic start again until the person asks. */
const LASTING: readonly RecorderFailureKind[] = ["denied", "noMicrophone", "unsupported"];
const TICK_MS = 200;

export class QuestionRecording {
	private question: { id: string; text: string } | null = null;
	private status: RecordingStatus = { kind: "idle" };
	/** Bumped for every new question or recording: late results of an old one are dropped. */
	private generation = 0;
	private blocked = false;
	private told = new Set<RecorderFailureKind>();
	private box: HTMLElement | null = null;
	private phase: "front" | "revealed" = "front";
	private stopTick: (() => void) | null = null;
	/** Saves still being written (tests and closing wait on them). */
	private pending = new Set<Promise<void>>();

	constructor(private readonly deps: QuestionRecordingDeps) {}

	enabled(): boolean {
		return this.deps.settings().recordAnswers !== "off";
	}

	state(): RecordingStatus["kind"] {
		return this.status.kind;
	}

	/** The question in hand changed (or is the same again: nothing happens then). */
	show(question: { id: string; text: string } | null): void {
		if (question?.id === this.question?.id) return;
		this.cancel();
		this.question = question ? { id: question.id, text: question.text } : null;
		if (question && this.deps.settings().recordAnswers === "auto" && !this.blocked) void this.start();
	}

	/** R or the button: start, or stop and save. */
	toggle(): void {
		if (!this.enabled() || !this.question) return;
		const k = this.status.kind;
		if (k === "recording" || k === "starting") void this.finish();
		else if (k !== "stopping") {
			this.blocked = false; // asked for by the person: try again
			void this.start();
		}
	}

	/** The answer is revealed (or the mock answer done): a running recording stops and is saved. */
	async finish(): Promise<void> {
		const s = this.status;
		if (s.kind === "starting") {
			s.stopWanted = true;
			return;
		}
		if (s.kind !== "recording" || !this.question) return;
		const { id, text } = this.question;
		const gen = this.generation;
		this.set({ kind: "stopping" });
		let done;
		try {
			done = await s.recorder.stop();
		} catch (err) {
			if (gen === this.generation) this.fail(failureOf(err));
			return;
		}
		const settings = this.deps.settings();
		const recording: AnswerRecording = { path: recordingPath(settings.recordingFolder, text, id, this.deps.now(), done.extension), ...done.figures };
		if (gen === this.generation) this.set({ kind: "saving", recording });
		const save = this.save(recording, done.data, id, settings, gen);
		this.pending.add(save);
		await save;
		this.pending.delete(save);
	}

	/** Drop a running recording (skipped card, closed view); a finished one stays saved. */
	cancel(): void {
		this.generation++;
		const s = this.status;
		if (s.kind === "recording") s.recorder.cancel();
		this.set({ kind: "idle" });
	}

	/** The recording of `qid` for its grading, once it is saved or being saved. */
	take(qid: string): AnswerRecording | undefined {
		const s = this.status;
		if (this.question?.id !== qid || (s.kind !== "saved" && s.kind !== "saving")) return undefined;
		return { ...s.recording };
	}

	/** Saves in flight have landed. */
	async settled(): Promise<void> {
		await Promise.all([...this.pending]);
	}

	/** Draws the control (before reveal) or the playback (after) into `parent`, and keeps it up to date. */
	draw(parent: HTMLElement, phase: "front" | "revealed"): void {
		this.phase = phase;
		this.box = parent.createDiv({ cls: "ip-rec" });
		this.redraw();
	}

	destroy(): void {
		this.cancel();
		this.box = null;
	}

	private async start(): Promise<void> {
		const gen = ++this.generation;
		this.set({ kind: "starting", stopWanted: false });
		let recorder: AnswerRecorder;
		try {
			recorder = await AnswerRecorder.start(this.deps.media(), (f) => {
				if (gen === this.generation) this.fail(f);
			});
		} catch (err) {
			if (gen === this.generation) this.fail(failureOf(err));
			return;
		}
		if (gen !== this.generation) return recorder.cancel();
		const wanted = this.status.kind === "starting" && this.status.stopWanted;
		this.set({ kind: "recording", recorder });
		if (wanted) await this.finish();
	}

	private async save(recording: AnswerRecording, data: Blob, qid: string, settings: ReturnType<QuestionRecordingDeps["settings"]>, gen: number): Promise<void> {
		const lang = this.deps.lang();
		try {
			recording.path = await this.deps.vault.save(recording.path, await data.arrayBuffer());
			if (gen === this.generation) this.set({ kind: "saved", recording });
			await this.deps.vault.prune(settings.recordingFolder, qid, settings.recordingsPerQuestion);
		} catch (err) {
			const message = t(lang, "rec.saveFailed", { error: err instanceof Error ? err.message : String(err) });
			this.deps.notify(message);
			if (gen === this.generation) this.set({ kind: "failed", message });
		}
	}

	private fail(failure: RecorderFailure): void {
		const lang = this.deps.lang();
		const message = failure.kind === "failed" ? t(lang, "rec.failed", { error: failure.message }) : t(lang, `rec.${failure.kind}`);
		if (LASTING.includes(failure.kind)) this.blocked = true;
		// One notice per kind of failure in a session; the card says it each time.
		if (!this.told.has(failure.kind)) this.deps.notify(message);
		this.told.add(failure.kind);
		const s = this.status;
		if (s.kind === "recording") s.recorder.cancel();
		this.set({ kind: "failed", message });
	}

	private set(status: RecordingStatus): void {
		this.status = status;
		this.stopTick?.();
		this.stopTick = null;
		if (status.kind === "recording") {
			const media = this.deps.media();
			this.stopTick = media.every(() => this.tick(), TICK_MS);
		}
		this.redraw();
	}

	private tick(): void {
		const s = this.status;
		if (s.kind === "recording" && this.box?.isConnected) updateLive(this.box, s.recorder.elapsed(), s.recorder.level, this.deps.lang());
	}

	private redraw(): void {
		const box = this.box;
		if (!box) return;
		const view: RecordingView = {
			lang: this.deps.lang(),
			enabled: this.enabled(),
			phase: this.phase,
			status: this.status,
			target: this.deps.settings().targetSeconds,
			resourceUrl: (path) => this.deps.vault.resourceUrl(path),
		};
		drawRecording(box, view, () => this.toggle());
	}
}
