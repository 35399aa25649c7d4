// Whatever the data file holds, reading it finishes, in time linear in its size, and never throws:
// huge logs, deep nesting, absurd timestamps, files past the size worth repairing.
import { describe, expect, it } from "vitest";
import { readDataText, writeDataFile } from "../../../src/core/persist/data-file";
import { closeTruncated, MAX_JSON_DEPTH, MAX_REPAIR_CHARS, nestingDepth, parseLenientJson } from "../../../src/core/persist/lenient-json";
import { decodeLog } from "../../../src/core/persist/log-codec";
import { readReviewFile, writeReviewFile } from "../../../src/core/persist/review-file";
import { salvageLogs } from "../../../src/core/persist/salvage";
import { ReviewStore } from "../../../src/core/review/review-store";
import type { DeviceLog, LogEvent } from "../../../src/core/types";

const T0 = new Date("2025-03-10T09:00:00").getTime();
const N = 130_000;

function bigLog(device: string, n = N): DeviceLog {
	const events: LogEvent[] = [];
	for (let i = 0; i < n; i++) events.push({ kind: "review", uid: `${device}:${i}`, qid: `q${i % 97}`, at: T0 + i * 1000, rating: ((i % 4) + 1) as 1 | 2 | 3 | 4, secs: 10 });
	return { device, seq: n, events };
}

/** Damage a text in its middle so that it is no JSON even when closed: only salvage can read it. */
function damage(text: string): string {
	const mid = text.indexOf('"r,', text.length >> 1);
	return `${text.slice(0, mid)}@@${text.slice(mid)}`;
}

describe("a data file with 130,000 events", () => {
	it("loads when whole", () => {
		const read = readDataText(JSON.stringify(writeDataFile({}, bigLog("devA"))), "devA");
		const store = new ReviewStore({ device: "devA" });
		store.load([read.ownLog as DeviceLog]);
		expect(store.allEvents()).toHaveLength(N);
	});

	it("is salvaged when damaged (data.json and a review file), not a RangeError", () => {
		const data = readDataText(damage(JSON.stringify(writeDataFile({}, bigLog("devA")))), "devA");
		expect(data.recovered).toBe(true);
		expect(data.ownLog?.events).toHaveLength(N);
		expect(data.ownLog?.seq).toBe(N);
		const file = readReviewFile(damage(writeReviewFile("devB", [bigLog("devB")])));
		expect(file.recovered).toBe(true);
		expect(file.logs[0].events).toHaveLength(N);
	});

	it("salvage joins the sections of one device found apart, whatever their size", () => {
		const a = JSON.stringify({ device: "devA", ev: bigLog("devA").events.slice(0, N / 2).map((e) => `r,${e.uid.split(":")[1]},q,${T0},3,1`) });
		const b = JSON.stringify({ device: "devA", ev: bigLog("devA").events.slice(N / 2).map((e) => `r,${e.uid.split(":")[1]},q,${T0},3,1`) });
		const logs = salvageLogs(`${a} garbage ${b}`);
		expect(logs).toHaveLength(1);
		expect(logs[0].events).toHaveLength(N);
	});
});

describe("deeply nested damage", () => {
	// Each open bracket used to copy the whole stack of open brackets: 200,000 of them took minutes.
	const deep = `{"schema":1,"settings":{},"x":${"[".repeat(200_000)}`;

	it("is closed in one pass: a 200,000-deep text is repaired at once", () => {
		const closed = closeTruncated(deep);
		expect(closed?.endsWith("]".repeat(200_000) + "}")).toBe(true);
		expect(closed?.length).toBe(deep.length + 200_001);
	});

	it("closes what is open at the last safe point, not what was opened after it", () => {
		expect(closeTruncated('{"a":[1,2,{"b":[3')).toBe('{"a":[1,2,{"b":[]}]}');
		expect(closeTruncated('[[1],[2,{"x":"')).toBe("[[1],[2,{}]]");
		expect(closeTruncated('{"a":[[1]],"b":{"c":[')).toBe('{"a":[[1]],"b":{"c":[]}}');
		expect(JSON.parse(closeTruncated('[{"a":[1,[2,[3]],4],"b"') as string)).toEqual([{ a: [1, [2, [3]], 4] }]);
	});

	it("data.json of deep brackets starts the plugin with what it could read", () => {
		const read = readDataText(deep, "devA");
		expect(read.recovered).toBe(true);
		expect(read.settings).toEqual({});
	});
});

describe("a damaged file past the size worth repairing", () => {
	it("is given up on with a clear problem, not repaired or salvaged", () => {
		const log = `"log:devA":{"device":"devA","seq":1,"ev":["r,0,q,${T0},3,1"]}`;
		const text = `{"schema":1,${log},"pad":"${"x".repeat(MAX_REPAIR_CHARS)}`;
		expect(parseLenientJson(text).status).toBe("failed");
		const read = readDataText(text, "devA");
		expect(read.recovered).toBe(true);
		expect(read.ownLog).toBeNull();
		expect(read.problems.join(" ")).toMatch(/too big/);
		const file = readReviewFile(`{"logs":[{${log.slice(10)},${"[".repeat(MAX_REPAIR_CHARS)}`);
		expect(file.recovered).toBe(true);
		expect(file.logs).toEqual([]);
		expect(file.problems.join(" ")).toMatch(/too big/);
	});

	it("a whole file of that size still loads", () => {
		const text = JSON.stringify({ schema: 1, settings: { pad: "x".repeat(MAX_REPAIR_CHARS) }, "log:devA": { device: "devA", seq: 1, ev: [`r,0,q,${T0},3,1`] } });
		expect(readDataText(text, "devA").ownLog?.events).toHaveLength(1);
	});
});

describe("absurd timestamps", () => {
	it("are rejected like NaN, in gradings, aliases and mock runs", () => {
		const mock = (startedAt: number) => ["m", 9, { id: "m", startedAt, endedAt: T0, items: [] }];
		for (const bad of ["1e300", "8640000000000001", "-1", "Infinity"]) {
			const { log, dropped } = decodeLog({ device: "d", seq: 0, ev: [`r,0,q,${bad},3,1`, `a,1,${bad},x,y`, mock(Number(bad)), `r,2,q,${T0},3,1`] });
			expect(dropped).toBe(3);
			expect(log?.events.map((e) => e.uid)).toEqual(["d:2"]);
		}
		expect(salvageLogs(`"device":"d" "r,0,q,1e300,3,1" "r,1,q,${T0},3,1"`)[0].events.map((e) => e.uid)).toEqual(["d:1"]);
	});
});

describe("nesting depth", () => {
	it("counts brackets outside strings only, escaped quotes and backslashes included", () => {
		expect(nestingDepth('{"a":"x\\"[[[","b":[[1]]}')).toBe(3);
		expect(nestingDepth('["\\\\",[1]]')).toBe(2);
		expect(nestingDepth('"abc[[')).toBe(0);
		expect(nestingDepth('[[[["')).toBe(4);
		expect(nestingDepth("[]".repeat(1000))).toBe(1);
	});

	it("text nested deeper than any file the plugin writes is not parsed: damage, salvaged at once", () => {
		const deep = `{"x":${"[".repeat(MAX_JSON_DEPTH)}${"]".repeat(MAX_JSON_DEPTH)},"log:d":{"device":"d","ev":["r,0,q,${T0},3,1"]}}`;
		expect(JSON.parse(deep)).toBeTruthy();
		expect(parseLenientJson(deep).status).toBe("failed");
		expect(readDataText(deep, "d").ownLog?.events).toHaveLength(1);
	});
});
