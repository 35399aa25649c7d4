import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { DATA_SCHEMA, readDataFile, readDataText, writeDataFile } from "../../../src/core/persist/data-file";
import { readReviewFile, writeReviewFile } from "../../../src/core/persist/review-file";
import { ReviewStore } from "../../../src/core/review/review-store";
import type { DeviceLog } from "../../../src/core/types";

const T0 = new Date("2025-03-10T09:00:00").getTime();
const settings = { hubs: ["面试-面试官角度准备"], newPerDay: 10 };

function ownLog(n: number, device = "devA"): DeviceLog {
	const s = new ReviewStore({ device });
	for (let i = 0; i < n; i++) s.grade(`q${i % 7}`, ((i % 4) + 1) as 1 | 2 | 3 | 4, i, T0 + i * 60_000, { key: `问题${i % 7}` });
	s.alias("q1", "q9", T0 + n * 60_000);
	s.addMockRun({ id: "m1", startedAt: T0, endedAt: T0 + 1, items: [{ qid: "q1", text: "如何处理客户投诉？", secs: 90, targetSecs: 120, rating: 3, remark: "", unanswered: false }] });
	return s.ownLog();
}

const text = (log: DeviceLog) => JSON.stringify(writeDataFile(settings, log));

describe("data file", () => {
	it("round-trips settings and this device's log, under its own key only", () => {
		const log = ownLog(20);
		const written = writeDataFile(settings, log);
		expect(Object.keys(written).sort()).toEqual(["log:devA", "schema", "settings"]);
		const read = readDataFile(JSON.parse(JSON.stringify(written)), "devA");
		expect(read.ownLog).toEqual(log);
		expect(read.settings).toEqual(settings);
		expect(read.otherLogs).toEqual([]);
		expect(read).toMatchObject({ problems: [], recovered: false, newerVersion: false, migratedFrom: null });
	});

	it("stores events compactly, also as Obsidian pretty-prints data.json (well under 70 bytes a grading)", () => {
		const data = writeDataFile(settings, ownLog(1000));
		expect(JSON.stringify(data).length / 1000).toBeLessThan(60);
		expect(JSON.stringify(data, null, 2).length / 1000).toBeLessThan(70);
	});

	it("question ids and mock ids with any characters survive the round trip", () => {
		const s = new ReviewStore({ device: "devA" });
		s.grade('q,1"%\\n问', 2, 3, T0, { mock: "run,1%" });
		s.alias('q,1"%\\n问', "x,y", T0 + 1);
		const read = readDataFile(JSON.parse(JSON.stringify(writeDataFile({}, s.ownLog()))), "devA");
		expect(read.ownLog).toEqual(s.ownLog());
		expect(read.recovered).toBe(false);
	});

	it("logs of other devices found in data.json (from Obsidian Sync's merge) are read as theirs", () => {
		const merged = { ...writeDataFile({ from: "B" }, ownLog(3, "devB")), ...writeDataFile(settings, ownLog(5)) };
		const read = readDataFile(JSON.parse(JSON.stringify(merged)), "devA");
		expect(read.ownLog?.events).toHaveLength(7);
		expect(read.otherLogs.map((l) => [l.device, l.events.length])).toEqual([["devB", 5]]);
		expect(read.settings).toEqual(settings);
	});

	it("a missing or empty file is a fresh start, not a problem", () => {
		expect(readDataFile(null, "devA")).toMatchObject({ ownLog: null, recovered: false, problems: [] });
		expect(readDataText(null, "devA")).toMatchObject({ ownLog: null, recovered: false });
		expect(readDataText("", "devA")).toMatchObject({ ownLog: null, recovered: false });
		expect(readDataFile({}, "devA")).toMatchObject({ ownLog: null, recovered: false, migratedFrom: null });
	});

	it("migrates the first releases' plain settings object, keeping every setting", () => {
		const read = readDataFile({ hubs: ["hub"], newPerDay: 5 }, "devA");
		expect(read.migratedFrom).toBe(0);
		expect(read.settings).toEqual({ hubs: ["hub"], newPerDay: 5 });
		expect(read.recovered).toBe(false);
	});

	it("a file from a newer version is read as far as understood and flagged", () => {
		const raw = { ...JSON.parse(text(ownLog(4))), schema: DATA_SCHEMA + 1, somethingNew: [1, 2] };
		const read = readDataFile(raw, "devA");
		expect(read.newerVersion).toBe(true);
		expect(read.ownLog?.events).toHaveLength(6);
		expect(read.problems.join()).toMatch(/newer/);
	});

	it("a file cut short anywhere never throws and keeps every event written before the cut", () => {
		const full = text(ownLog(30));
		const events = readDataText(full, "devA").ownLog?.events ?? [];
		fc.assert(
			fc.property(fc.integer({ min: 0, max: full.length - 1 }), (cut) => {
				const read = readDataText(full.slice(0, cut), "devA");
				const got = new Set((read.ownLog?.events ?? []).map((e) => e.uid));
				for (const e of events) {
					// An event whose text ends before the cut must be back.
					const start = full.indexOf(`"${e.kind[0]},${e.uid.split(":")[1]},`);
					const end = full.indexOf('"', start + 1) + 1;
					if (e.kind !== "mock" && end > 0 && end < cut) expect(got.has(e.uid)).toBe(true);
				}
				if (cut > 0) expect(read.recovered).toBe(true);
			}),
			seeded({ numRuns: 300 }),
		);
	});

	it("a file damaged in the middle: the gradings still intact are salvaged, with the settings", () => {
		const full = text(ownLog(30));
		const at = full.indexOf('"r,15,');
		const damaged = full.slice(0, at + 5) + "\u0000\u0000garbage{{{" + full.slice(at + 12);
		const read = readDataText(damaged, "devA");
		expect(read.recovered).toBe(true);
		expect(read.settings).toEqual(settings);
		const uids = (read.ownLog?.events ?? []).map((e) => e.uid);
		expect(uids).toContain("devA:14");
		expect(uids).toContain("devA:16");
		expect(uids).not.toContain("devA:15");
		expect(uids.length).toBeGreaterThanOrEqual(30);
	});

	it("never throws on anything", () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (s) => {
				readDataText(s, "devA");
				readReviewFile(s);
			}),
			seeded({ numRuns: 300 }),
		);
		fc.assert(
			fc.property(fc.anything(), (x) => {
				readDataFile(x, "devA");
				readDataFile({ schema: 1, "log:devA": x, settings: x }, "devA");
			}),
			seeded({ numRuns: 300 }),
		);
	});

	it("ill-formed events are left out and reported, the rest kept", () => {
		const raw = JSON.parse(text(ownLog(3)));
		raw["log:devA"].ev.push("r,99,q1,yesterday,3,0", ["x"], null, `r,100,q1,${T0},7,0`);
		const read = readDataFile(raw, "devA");
		expect(read.ownLog?.events).toHaveLength(5);
		expect(read.recovered).toBe(true);
		expect(read.problems.join()).toMatch(/4 unreadable/);
	});
});

describe("review files", () => {
	it("round-trip several logs and the settings of a backup", () => {
		const logs = [ownLog(5), ownLog(2, "devB")];
		const read = readReviewFile(writeReviewFile("devA", logs, settings));
		expect(read.logs).toEqual(logs);
		expect(read.settings).toEqual(settings);
		expect(read.recovered).toBe(false);
	});
});
