// A fake microphone for recording tests: getUserMedia, MediaRecorder and an AudioContext whose analyser
// reads a scripted level, on a manual clock. The browser test (tests/e2e/recording.test.ts) uses the real ones.
import type { MediaPlatform } from "../../../src/views/record/recorder";

export class FakeTrack {
	stopped = false;
	stop(): void {
		this.stopped = true;
	}
}

export class FakeStream {
	readonly track = new FakeTrack();
	getAudioTracks(): FakeTrack[] {
		return [this.track];
	}
	getTracks(): FakeTrack[] {
		return [this.track];
	}
}

export interface FakeMic {
	platform: MediaPlatform;
	/** Seconds on the manual clock. */
	clock: { now: number };
	/** The level the analyser reads at a time (seconds since the clock started). */
	level: (t: number) => number;
	streams: FakeStream[];
	recorders: FakeRecorder[];
	/** Moves the clock, running the intervals that come due (in 10 ms steps). */
	advance(secs: number): void;
}

export interface FakeRecorder {
	state: "inactive" | "recording";
	mimeType: string;
	fail(message: string): void;
}

export function fakeMic(opts: { deny?: string; noRecorder?: boolean; supported?: (m: string) => boolean } = {}): FakeMic {
	const timers: { fn: () => void; ms: number; due: number; on: boolean }[] = [];
	const mic: FakeMic = {
		clock: { now: 0 },
		level: () => 0,
		streams: [],
		recorders: [],
		platform: undefined as unknown as MediaPlatform,
		advance(secs) {
			const end = mic.clock.now + secs;
			while (mic.clock.now < end - 1e-9) {
				mic.clock.now = Math.round((mic.clock.now + 0.01) * 1000) / 1000;
				for (const t of timers.filter((x) => x.on && mic.clock.now * 1000 >= x.due - 1e-6)) {
					t.due += t.ms;
					t.fn();
				}
			}
		},
	};

	class Recorder extends EventTarget implements FakeRecorder {
		state: "inactive" | "recording" = "inactive";
		mimeType: string;
		static isTypeSupported(m: string): boolean {
			return (opts.supported ?? ((x: string) => x.startsWith("audio/webm")))(m);
		}
		constructor(_stream: FakeStream, options?: { mimeType?: string }) {
			super();
			this.mimeType = options?.mimeType ?? "audio/webm";
			mic.recorders.push(this);
		}
		start(): void {
			this.state = "recording";
		}
		stop(): void {
			if (this.state === "inactive") throw new Error("InvalidStateError");
			this.state = "inactive";
			const data = new Blob([`sound of ${this.mimeType}`], { type: this.mimeType });
			queueMicrotask(() => {
				this.dispatchEvent(Object.assign(new Event("dataavailable"), { data }));
				this.dispatchEvent(new Event("stop"));
			});
		}
		fail(message: string): void {
			this.state = "inactive";
			this.dispatchEvent(Object.assign(new Event("error"), { error: new Error(message) }));
		}
	}

	class Ctx {
		state = "running";
		createAnalyser() {
			return {
				fftSize: 2048,
				getFloatTimeDomainData(buf: Float32Array) {
					// A square wave of the scripted amplitude: its RMS is the level.
					const a = mic.level(mic.clock.now);
					for (let i = 0; i < buf.length; i++) buf[i] = i % 2 === 0 ? a : -a;
				},
			};
		}
		createMediaStreamSource() {
			return { connect() {} };
		}
		async resume() {}
		async close() {
			this.state = "closed";
		}
	}

	mic.platform = {
		getUserMedia: async () => {
			if (opts.deny) throw Object.assign(new Error("denied by the test"), { name: opts.deny });
			const s = new FakeStream();
			mic.streams.push(s);
			return s as unknown as MediaStream;
		},
		MediaRecorder: opts.noRecorder ? undefined : (Recorder as unknown as typeof MediaRecorder),
		AudioContext: Ctx as unknown as typeof AudioContext,
		now: () => mic.clock.now,
		every(fn, ms) {
			const t = { fn, ms, due: mic.clock.now * 1000 + ms, on: true };
			timers.push(t);
			return () => {
				t.on = false;
			};
		},
	};
	return mic;
}
