// A grading's recording in the review log: saved beside the events, read back onto its grading,
// and an old log (or an old version's reader) still reads every grading.
import { describe, expect, it } from "vitest";
import { ReviewStore } from "../../../src/core/review/review-store";
import { decodeLog, encodeLog } from "../../../src/core/persist/log-codec";
import { questionHistory } from "../../../src/core/stats/review-stats";
import type { AnswerRecording, DeviceLog } from "../../../src/core/types";
import { at, MIN } from "./helpers";

const T0 = at("2025-03-10T09:00:00");
const REC: AnswerRecording = { path: "Interview practice/recordings/Why, really 2025-03-10 09-00-00 q1.webm", lengthSecs: 95.5, spokenSecs: 80.2, longestSilenceSecs: 4.1, longPauses: 2 };

function roundTrip(log: DeviceLog): DeviceLog {
	const decoded = decodeLog(JSON.parse(JSON.stringify(encodeLog(log))));
	expect(decoded.problems).toEqual([]);
	return decoded.log as DeviceLog;
}

describe("recordings in the review log", () => {
	it("a grading keeps its recording through saving and loading", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade("q1", 3, 96, T0, { recording: REC });
		s.grade("q1", 4, 30, T0 + MIN);
		const again = new ReviewStore({ device: "a" });
		again.load([roundTrip(s.ownLog())]);
		const reviews = again.reviewsOf("q1");
		expect(reviews[0].recording).toEqual(REC);
		expect(reviews[1].recording).toBeUndefined();
		expect(again.cards()).toEqual(s.cards());
	});

	it("the question's history lists the recording with its figures", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade("q1", 3, 96, T0, { recording: REC });
		const [entry] = questionHistory(s.reviewsOf("q1"));
		expect(entry.recording).toEqual(REC);
	});

	it("the events themselves are written as before: a reader that knows no recordings keeps every grading", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade("q1", 3, 96, T0, { recording: REC }, );
		const stored = encodeLog(s.ownLog());
		expect(stored.ev).toEqual([`r,0,q1,${T0},3,96`]);
		const { rec, ...withoutRecordings } = stored;
		expect(rec).toBeDefined();
		const old = decodeLog(withoutRecordings);
		expect(old.problems).toEqual([]);
		expect(old.log?.events).toEqual([{ kind: "review", uid: "a:0", qid: "q1", at: T0, rating: 3, secs: 96 }]);
	});

	it("a malformed recording is left out with a message, its grading kept", () => {
		const decoded = decodeLog({ device: "a", seq: 2, ev: [`r,0,q1,${T0},3,96`, `r,1,q1,${T0 + MIN},3,5`], rec: { 0: "x,1,2,3,p.webm", 1: "1,1,1,1.5,p.webm", 7: "1,1,1,1,nope.webm" } });
		expect(decoded.log?.events).toHaveLength(2);
		expect(decoded.log?.events.every((e) => e.kind === "review" && e.recording === undefined)).toBe(true);
		expect(decoded.problems).toEqual(["log of a: 3 unreadable recording(s) left out"]);
		expect(decodeLog({ device: "a", seq: 0, ev: [], rec: "garbage" }).problems).toEqual(["log of a: the recordings are not a map"]);
	});

	it("merging copies of a log with and without the recording ends the same in any order", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade("q1", 3, 96, T0, { recording: REC });
		const withRec = roundTrip(s.ownLog());
		const without = decodeLog({ ...encodeLog(s.ownLog()), rec: undefined }).log as DeviceLog;
		const x = new ReviewStore({ device: "b" });
		x.load([withRec, without]);
		const y = new ReviewStore({ device: "b" });
		y.load([without, withRec]);
		expect(x.reviewsOf("q1")).toEqual(y.reviewsOf("q1"));
		expect(x.reviewsOf("q1")[0].recording).toEqual(REC);
	});
});
