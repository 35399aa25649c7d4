// Speaking time from the sound itself: energy frames (the level of the microphone over time) →
// how long the person spoke, the longest silence and the long pauses. Pure: frames come in as data.

/** One reading of the sound level: `at` seconds from the start of the recording, `level` RMS in 0..1. */
export interface EnergyFrame {
	at: number;
	level: number;
}

export interface SpeakingOptions {
	/** RMS level at or above which a frame is speech (a room's hiss after noise suppression stays below). */
	threshold: number;
	/** Gaps between words shorter than this count as speaking (a sentence is one stretch of speech). */
	bridgeSecs: number;
	/** A silence between two stretches of speech at least this long is a long pause. */
	longPauseSecs: number;
}

export const DEFAULT_SPEAKING_OPTIONS: Readonly<SpeakingOptions> = Object.freeze({ threshold: 0.02, bridgeSecs: 0.4, longPauseSecs: 2 });

export interface SpeakingFigures {
	/** Seconds the recording lasts. */
	lengthSecs: number;
	/** Seconds of speech (short gaps between words included). */
	spokenSecs: number;
	/** The longest stretch without speech, before the first word and after the last included. */
	longestSilenceSecs: number;
	/** Silences between two stretches of speech of at least `longPauseSecs`. */
	longPauses: number;
}

interface Run {
	voiced: boolean;
	start: number;
	end: number;
}

/**
 * Each frame stands for the time until the next one (the last for `endSecs - at`, else as long as the
 * frame before it), so frames that come irregularly (a busy or hidden window) still add up to the length.
 */
export function measureSpeaking(frames: readonly EnergyFrame[], endSecs?: number, options: Partial<SpeakingOptions> = {}): SpeakingFigures {
	const opts = { ...DEFAULT_SPEAKING_OPTIONS, ...options };
	const sorted = frames.filter((f) => Number.isFinite(f.at) && Number.isFinite(f.level) && f.at >= 0).sort((a, b) => a.at - b.at);
	const lastAt = sorted.length > 0 ? sorted[sorted.length - 1].at : 0;
	const end = endSecs !== undefined && Number.isFinite(endSecs) ? Math.max(endSecs, lastAt) : lastAt + lastStep(sorted);
	if (sorted.length === 0) return { lengthSecs: round(end), spokenSecs: 0, longestSilenceSecs: round(end), longPauses: 0 };

	const runs: Run[] = [];
	const push = (voiced: boolean, start: number, stop: number) => {
		if (stop <= start) return;
		const last = runs[runs.length - 1];
		if (last && last.voiced === voiced) last.end = stop;
		else runs.push({ voiced, start, end: stop });
	};
	push(false, 0, sorted[0].at); // before the first reading: nothing heard
	for (let i = 0; i < sorted.length; i++) {
		const stop = i + 1 < sorted.length ? sorted[i + 1].at : end;
		push(sorted[i].level >= opts.threshold, sorted[i].at, stop);
	}

	// A short silence between two stretches of speech is part of the speech.
	const merged: Run[] = [];
	for (const run of runs) {
		const prev = merged[merged.length - 1];
		const inner = prev !== undefined && prev.voiced;
		if (!run.voiced && inner && run.end - run.start < opts.bridgeSecs && run !== runs[runs.length - 1]) {
			prev.end = run.end;
			continue;
		}
		if (prev && prev.voiced === run.voiced) prev.end = run.end;
		else merged.push({ ...run });
	}

	let spoken = 0;
	let longest = 0;
	let pauses = 0;
	merged.forEach((run, i) => {
		const len = run.end - run.start;
		if (run.voiced) spoken += len;
		else {
			longest = Math.max(longest, len);
			const between = i > 0 && i < merged.length - 1;
			if (between && len >= opts.longPauseSecs) pauses++;
		}
	});
	return { lengthSecs: round(end), spokenSecs: round(spoken), longestSilenceSecs: round(longest), longPauses: pauses };
}

/** How long the last frame stands for when no end is given: the step before it. */
function lastStep(sorted: readonly EnergyFrame[]): number {
	if (sorted.length < 2) return 0;
	return sorted[sorted.length - 1].at - sorted[sorted.length - 2].at;
}

/** Tenths of a second: what the log keeps and the view shows. */
function round(secs: number): number {
	return Math.round(secs * 10) / 10;
}

/** Root mean square of a block of samples in -1..1 (what an AnalyserNode's time-domain data gives). */
export function rmsLevel(samples: ArrayLike<number>): number {
	if (samples.length === 0) return 0;
	let sum = 0;
	for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
	return Math.sqrt(sum / samples.length);
}
