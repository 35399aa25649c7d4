// One recording from the microphone: MediaRecorder writes the sound, a Web Audio AnalyserNode reads its
// level every 50 ms so the speaking time comes from the sound itself. The platform comes in as
// `MediaPlatform`, so tests can hand in fakes and a browser without MediaRecorder is one clear failure.
import { chooseFormat, extensionOf, type RecordingFormat } from "../../core/speech/recording-format";
import { measureSpeaking, rmsLevel, type EnergyFrame, type SpeakingFigures } from "../../core/speech/speaking-measure";

/** What recording needs from the browser; any part may be missing (an old WebView, a locked-down device). */
export interface MediaPlatform {
	getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
	MediaRecorder?: typeof MediaRecorder;
	AudioContext?: typeof AudioContext;
	/** Clock in seconds when there is no audio clock. */
	now(): number;
	every(fn: () => void, ms: number): () => void;
}

/** The browser's own, looked up when a recording starts (mobile WebViews may lack any part). */
export function browserMedia(): MediaPlatform {
	const w = window as unknown as { MediaRecorder?: typeof MediaRecorder; AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext };
	const devices = typeof navigator !== "undefined" ? navigator.mediaDevices : undefined;
	return {
		getUserMedia: devices?.getUserMedia ? (c) => devices.getUserMedia(c) : undefined,
		MediaRecorder: typeof w.MediaRecorder === "function" ? w.MediaRecorder : undefined,
		AudioContext: w.AudioContext ?? w.webkitAudioContext,
		now: () => performance.now() / 1000,
		every: (fn, ms) => {
			const id = window.setInterval(fn, ms);
			return () => window.clearInterval(id);
		},
	};
}

export type RecorderFailureKind = "denied" | "noMicrophone" | "unsupported" | "failed";

export class RecorderFailure extends Error {
	constructor(
		readonly kind: RecorderFailureKind,
		message: string,
	) {
		super(message);
		this.name = "RecorderFailure";
	}
}

/** getUserMedia's rejections → what the person is told. */
export function failureOf(err: unknown): RecorderFailure {
	if (err instanceof RecorderFailure) return err;
	const name = typeof err === "object" && err !== null && "name" in err ? String(err.name) : "";
	const message = err instanceof Error ? err.message : String(err);
	if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") return new RecorderFailure("denied", message);
	if (name === "NotFoundError" || name === "DevicesNotFoundError" || name === "OverconstrainedError" || name === "NotReadableError") {
		return new RecorderFailure("noMicrophone", message);
	}
	return new RecorderFailure("failed", message || name || "unknown error");
}

export interface FinishedRecording {
	data: Blob;
	extension: RecordingFormat["extension"];
	figures: SpeakingFigures;
}

const VOICE_BITS_PER_SECOND = 48_000;

/** How often the level is read (seconds of sound per frame). */
const FRAME_MS = 50;

export class AnswerRecorder {
	private chunks: Blob[] = [];
	private frames: EnergyFrame[] = [];
	private stopLevels: (() => void) | null = null;
	private failed: RecorderFailure | null = null;
	private readonly startedAt: number;
	/** The latest level read (0..1), for the recording indicator. */
	level = 0;

	private constructor(
		private readonly platform: MediaPlatform,
		private readonly stream: MediaStream,
		private readonly recorder: MediaRecorder,
		private readonly format: RecordingFormat,
		private readonly audio: { ctx: AudioContext; analyser: AnalyserNode } | null,
		private readonly onFailure: (failure: RecorderFailure) => void,
	) {
		this.startedAt = platform.now();
		recorder.addEventListener("dataavailable", (e: BlobEvent) => {
			if (e.data.size > 0) this.chunks.push(e.data);
		});
		recorder.addEventListener("error", (e: Event) => {
			const message = "error" in e && e.error instanceof Error ? e.error.message : "";
			this.failed = new RecorderFailure("failed", message || "MediaRecorder error");
			this.release();
			this.onFailure(this.failed);
		});
		if (audio) {
			const buffer = new Float32Array(audio.analyser.fftSize);
			const read = () => {
				audio.analyser.getFloatTimeDomainData(buffer);
				this.level = rmsLevel(buffer);
				this.frames.push({ at: this.elapsed(), level: this.level });
			};
			this.stopLevels = platform.every(read, FRAME_MS);
		}
	}

	/** Asks for the microphone and starts recording; throws a RecorderFailure saying why it cannot. */
	static async start(platform: MediaPlatform, onFailure: (failure: RecorderFailure) => void = () => undefined): Promise<AnswerRecorder> {
		const Recorder = platform.MediaRecorder;
		if (!platform.getUserMedia || !Recorder) throw new RecorderFailure("unsupported", "no MediaRecorder or getUserMedia");
		let stream: MediaStream;
		try {
			stream = await platform.getUserMedia({ audio: true });
		} catch (err) {
			throw failureOf(err);
		}
		if (stream.getAudioTracks().length === 0) {
			stopTracks(stream);
			throw new RecorderFailure("noMicrophone", "no audio track");
		}
		const format = chooseFormat((m) => (typeof Recorder.isTypeSupported === "function" ? Recorder.isTypeSupported(m) : false));
		let recorder: MediaRecorder;
		let audio: { ctx: AudioContext; analyser: AnalyserNode } | null = null;
		try {
			// A voice needs far less than the 128 kbit/s default: 48 kbit/s Opus is clear speech at about 350 KiB a minute.
			const options: MediaRecorderOptions = { audioBitsPerSecond: VOICE_BITS_PER_SECOND };
			if (format.mimeType) options.mimeType = format.mimeType;
			recorder = new Recorder(stream, options);
			audio = listen(platform, stream);
			recorder.start(1000);
		} catch (err) {
			stopTracks(stream);
			void audio?.ctx.close();
			throw failureOf(err);
		}
		return new AnswerRecorder(platform, stream, recorder, format, audio, onFailure);
	}

	/** Seconds recorded so far. */
	elapsed(): number {
		return Math.max(0, this.platform.now() - this.startedAt);
	}

	/** Stops and hands back the sound and what was measured in it. */
	async stop(): Promise<FinishedRecording> {
		const failed = this.failed;
		if (failed) throw failed;
		const length = this.elapsed();
		const stopped = new Promise<void>((resolve) => this.recorder.addEventListener("stop", () => resolve(), { once: true }));
		if (this.recorder.state !== "inactive") this.recorder.stop();
		else return Promise.reject(new RecorderFailure("failed", "the recorder had stopped"));
		this.stopLevelsNow();
		await stopped;
		this.release();
		const late = this.failedNow();
		if (late) throw late;
		const type = this.recorder.mimeType || this.format.mimeType;
		return {
			data: new Blob(this.chunks, type ? { type } : {}),
			extension: extensionOf(type, this.format.extension),
			figures: measureSpeaking(this.frames, length),
		};
	}

	/** Drop the recording (the card was skipped or the view closed). */
	cancel(): void {
		this.stopLevelsNow();
		try {
			if (this.recorder.state !== "inactive") this.recorder.stop();
		} catch {
			// already stopped
		}
		this.release();
	}

	/** Read again after an await: the error event may have come meanwhile. */
	private failedNow(): RecorderFailure | null {
		return this.failed;
	}

	private stopLevelsNow(): void {
		this.stopLevels?.();
		this.stopLevels = null;
	}

	private release(): void {
		this.stopLevelsNow();
		stopTracks(this.stream);
		if (this.audio && this.audio.ctx.state !== "closed") void this.audio.ctx.close().catch(() => undefined);
	}
}

/** An analyser on the microphone (not connected to the speakers: nothing is played back while recording). */
function listen(platform: MediaPlatform, stream: MediaStream): { ctx: AudioContext; analyser: AnalyserNode } | null {
	const Ctx = platform.AudioContext;
	if (!Ctx) return null;
	const ctx = new Ctx();
	const analyser = ctx.createAnalyser();
	analyser.fftSize = 2048;
	ctx.createMediaStreamSource(stream).connect(analyser);
	// Started by a key or a click this runs at once; a context the platform holds suspended is asked to run.
	if (ctx.state === "suspended") void ctx.resume().catch(() => undefined);
	return { ctx, analyser };
}

function stopTracks(stream: MediaStream): void {
	for (const track of stream.getTracks()) track.stop();
}
