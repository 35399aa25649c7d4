// Draws the recording box: before reveal the record button and the live state (time, level); after
// reveal the recording to play, its length against the target and the speaking figures.
import { t } from "../../core/i18n";
import { formatClock } from "../../core/i18n/time-format";
import type { Lang } from "../../core/types";
import type { AnswerRecording } from "../../core/types";
import type { AnswerRecorder } from "./recorder";

/** Where a question's recording stands. */
export type RecordingStatus =
	| { kind: "idle" }
	| { kind: "starting"; stopWanted: boolean }
	| { kind: "recording"; recorder: AnswerRecorder }
	| { kind: "stopping" }
	| { kind: "saving"; recording: AnswerRecording }
	| { kind: "saved"; recording: AnswerRecording }
	| { kind: "failed"; message: string };

export interface RecordingView {
	lang: Lang;
	enabled: boolean;
	phase: "front" | "revealed";
	status: RecordingStatus;
	target: number;
	resourceUrl(path: string): string | null;
}

export function drawRecording(box: HTMLElement, view: RecordingView, toggle: () => void): void {
	box.empty();
	const { lang, status } = view;
	box.toggle(view.enabled);
	if (!view.enabled) return;
	box.dataset.state = status.kind;
	if (status.kind === "failed") box.createDiv({ cls: "ip-rec-error", text: status.message });

	if (view.phase === "front") {
		const live = status.kind === "recording" || status.kind === "starting";
		const row = box.createDiv({ cls: live ? "ip-rec-row is-recording" : "ip-rec-row" });
		const button = row.createEl("button", {
			cls: live ? "ip-rec-toggle mod-warning" : "ip-rec-toggle",
			text: t(lang, live ? "rec.stop" : "rec.start"),
			attr: { "aria-label": t(lang, live ? "rec.stopLabel" : "rec.startLabel"), title: t(lang, live ? "rec.stopLabel" : "rec.startLabel") },
		});
		button.disabled = status.kind === "stopping";
		button.addEventListener("click", () => toggle());
		if (status.kind === "starting") row.createSpan({ cls: "ip-rec-note", text: t(lang, "rec.starting") });
		if (status.kind === "recording") {
			row.createSpan({ cls: "ip-rec-dot", attr: { "aria-hidden": "true" } });
			row.createSpan({ cls: "ip-rec-time" });
			const level = row.createEl("progress", { cls: "ip-rec-level" });
			level.max = 1;
			updateLive(box, status.recorder.elapsed(), status.recorder.level, lang);
		}
		if (status.kind === "stopping" || status.kind === "saving") row.createSpan({ cls: "ip-rec-note", text: t(lang, "rec.saving") });
		return;
	}

	if (status.kind !== "saved" && status.kind !== "saving") return;
	const r = status.recording;
	const panel = box.createDiv({ cls: "ip-rec-playback" });
	panel.createDiv({ cls: "ip-quiz-section-title", text: t(lang, "rec.title") });
	const url = status.kind === "saved" ? view.resourceUrl(r.path) : null;
	if (url) panel.createEl("audio", { cls: "ip-rec-audio", attr: { controls: "", preload: "metadata", src: url } });
	else panel.createDiv({ cls: "ip-rec-note", text: t(lang, "rec.saving") });
	const over = view.target > 0 && r.lengthSecs > view.target;
	const lengthText = over
		? t(lang, "rec.lengthOver", { length: formatClock(r.lengthSecs), over: formatClock(r.lengthSecs - view.target), target: formatClock(view.target) })
		: t(lang, "rec.length", { length: formatClock(r.lengthSecs), target: formatClock(view.target) });
	panel.createDiv({ cls: over ? "ip-rec-length is-over" : "ip-rec-length", text: lengthText, attr: { "data-secs": String(r.lengthSecs) } });
	panel.createDiv({
		cls: "ip-rec-figures",
		text: t(lang, "rec.figures", { spoken: formatClock(r.spokenSecs), silence: formatClock(r.longestSilenceSecs), pauses: r.longPauses }),
		attr: { "data-spoken": String(r.spokenSecs), "data-silence": String(r.longestSilenceSecs), "data-pauses": String(r.longPauses) },
	});
	panel.createDiv({ cls: "ip-rec-path", text: t(lang, "rec.savedIn", { path: r.path }) });
}

/** The running time and the sound level, every few hundred milliseconds while recording. */
export function updateLive(box: HTMLElement, elapsed: number, level: number, lang: Lang): void {
	const time = box.querySelector<HTMLElement>(".ip-rec-time");
	if (time) {
		time.setText(t(lang, "rec.recording", { time: formatClock(elapsed) }));
		time.dataset.secs = elapsed.toFixed(1);
	}
	const meter = box.querySelector<HTMLProgressElement>(".ip-rec-level");
	// A speaking voice is around 0.05–0.3 RMS: scaled so it fills most of the bar.
	if (meter) meter.value = Math.min(1, level * 4);
}
