import { describe, expect, it } from "vitest";
import { measureSpeaking, rmsLevel, type EnergyFrame } from "../../../src/core/speech/speaking-measure";

/** Frames every 50 ms from a script of [seconds, loud?] pieces. */
function frames(script: [number, boolean][], step = 0.05): EnergyFrame[] {
	const out: EnergyFrame[] = [];
	let t = 0;
	for (const [secs, loud] of script) {
		const n = Math.round(secs / step);
		for (let i = 0; i < n; i++) out.push({ at: Math.round((t + i * step) * 1000) / 1000, level: loud ? 0.2 : 0.001 });
		t += n * step;
	}
	return out;
}

describe("measureSpeaking", () => {
	it("counts the speech, not the thinking before it or the silence after it", () => {
		const f = measureSpeaking(frames([[1.5, false], [6, true], [2.5, false]]), 10);
		expect(f.lengthSecs).toBe(10);
		expect(f.spokenSecs).toBe(6);
		expect(f.longestSilenceSecs).toBe(2.5);
		expect(f.longPauses).toBe(0);
	});

	it("bridges the short gaps between words: a sentence is one stretch of speech", () => {
		const f = measureSpeaking(frames([[0.5, true], [0.2, false], [0.5, true], [0.3, false], [1, true]]));
		expect(f.spokenSecs).toBe(2.5);
		expect(f.longPauses).toBe(0);
	});

	it("counts long pauses between stretches of speech and finds the longest silence", () => {
		const f = measureSpeaking(frames([[2, true], [3, false], [2, true], [2.5, false], [1, true], [1, false], [1, true]]), 12.5);
		expect(f.spokenSecs).toBe(6);
		expect(f.longPauses).toBe(2);
		expect(f.longestSilenceSecs).toBe(3);
		expect(f.lengthSecs).toBe(12.5);
	});

	it("a silent recording: nothing spoken, all of it silence, no pauses", () => {
		const f = measureSpeaking(frames([[8, false]]), 8);
		expect(f).toEqual({ lengthSecs: 8, spokenSecs: 0, longestSilenceSecs: 8, longPauses: 0 });
	});

	it("no frames at all (the analyser never ran): the length is all silence", () => {
		expect(measureSpeaking([], 4)).toEqual({ lengthSecs: 4, spokenSecs: 0, longestSilenceSecs: 4, longPauses: 0 });
	});

	it("irregular frames (a busy window) still add up: each frame lasts until the next", () => {
		const irregular: EnergyFrame[] = [
			{ at: 0, level: 0.3 },
			{ at: 1.2, level: 0.3 },
			{ at: 1.25, level: 0 },
			{ at: 4, level: 0.3 },
		];
		const f = measureSpeaking(irregular, 5);
		expect(f.spokenSecs).toBe(2.3); // 1.25 + 1, in tenths
		expect(f.longestSilenceSecs).toBe(2.8);
		expect(f.longPauses).toBe(1);
	});

	it("frames out of order or broken are sorted and dropped", () => {
		const f = measureSpeaking([{ at: 1, level: 0 }, { at: 0, level: 0.5 }, { at: Number.NaN, level: 1 }, { at: 2, level: Number.NaN }], 3);
		expect(f.spokenSecs).toBe(1);
		expect(f.lengthSecs).toBe(3);
	});

	it("the threshold decides what is speech", () => {
		const quiet = frames([[3, true]]).map((x) => ({ ...x, level: 0.01 }));
		expect(measureSpeaking(quiet, 3).spokenSecs).toBe(0);
		expect(measureSpeaking(quiet, 3, { threshold: 0.005 }).spokenSecs).toBe(3);
	});
});

describe("rmsLevel", () => {
	it("is the root mean square of the samples", () => {
		expect(rmsLevel([])).toBe(0);
		expect(rmsLevel([0, 0, 0])).toBe(0);
		expect(rmsLevel([0.5, -0.5, 0.5, -0.5])).toBeCloseTo(0.5, 10);
		expect(rmsLevel(Float32Array.from([1, 0, 0, 0]))).toBeCloseTo(0.5, 10);
	});
});
