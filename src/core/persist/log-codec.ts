// Compact stored form of a device log, so what is read at start-up stays small: one short line
// of text per grading ("r,12,q3k9,1741568400000,3,42") instead of an object with repeated field
// names. A string, not an array, because Obsidian pretty-prints data.json and would spread an
// array over eight indented lines. The device is written once; an event's uid is `${device}:${seq}`.
import type { AnswerRecording, DeviceLog, LogEvent, MockRunEvent, MockRunItem, Rating, ReviewEvent } from "../types";
import { seqOf } from "../review/log-merge";
import { isCardAction } from "../review/card-control";

/**
 * "r,seq,qid,at,rating,secs[,mock]" | "a,seq,at,from,to" | "c,seq,qid,at,action[,until]" (card control)
 * | ["m", seq, run]; text fields URI-encoded. Versions before card control leave "c" events out as unreadable.
 */
export type EncodedEvent = string | (string | number | object)[];

export interface EncodedLog {
	device: string;
	seq: number;
	keys?: Record<string, string>;
	/** Sequence numbers of undone gradings. */
	undone?: number[];
	ev: EncodedEvent[];
	/**
	 * Recordings of gradings by sequence number: "length,spoken,longestSilence,pauses,path". Beside the
	 * events, not inside them, so a version that knows no recordings still reads every grading.
	 */
	rec?: Record<string, string>;
}

export function encodeLog(log: DeviceLog): EncodedLog {
	const out: EncodedLog = { device: log.device, seq: log.seq, ev: [] };
	if (log.keys && Object.keys(log.keys).length > 0) out.keys = log.keys;
	if (log.undone && log.undone.length > 0) out.undone = log.undone.map(seqOf);
	for (const e of log.events) {
		out.ev.push(encodeEvent(e));
		if (e.kind === "review" && e.recording) (out.rec ??= {})[String(seqOf(e.uid))] = encodeRecording(e.recording);
	}
	return out;
}

function encodeRecording(r: AnswerRecording): string {
	return `${r.lengthSecs},${r.spokenSecs},${r.longestSilenceSecs},${r.longPauses},${encodeURIComponent(r.path)}`;
}

/** A stored recording, or null when it is not well formed. */
export function decodeRecording(text: unknown): AnswerRecording | null {
	if (typeof text !== "string") return null;
	const p = text.split(",");
	if (p.length !== 5) return null;
	const [length, spoken, silence, pauses] = p.slice(0, 4).map((x) => (x === "" || x.trim() !== x ? NaN : Number(x)));
	const ok = [length, spoken, silence].every((n) => Number.isFinite(n) && n >= 0) && Number.isInteger(pauses) && pauses >= 0;
	let path: string;
	try {
		path = decodeURIComponent(p[4]);
	} catch {
		return null;
	}
	if (!ok || path === "") return null;
	return { path, lengthSecs: length, spokenSecs: spoken, longestSilenceSecs: silence, longPauses: pauses };
}

function encodeEvent(e: LogEvent): EncodedEvent {
	const seq = seqOf(e.uid);
	const f = encodeURIComponent;
	if (e.kind === "review") return `r,${seq},${f(e.qid)},${e.at},${e.rating},${e.secs}${e.mock ? "," + f(e.mock) : ""}`;
	if (e.kind === "alias") return `a,${seq},${e.at},${f(e.from)},${f(e.to)}`;
	if (e.kind === "control") return `c,${seq},${f(e.qid)},${e.at},${e.action}${e.until === undefined ? "" : "," + e.until}`;
	const run: Omit<MockRunEvent, "kind" | "uid"> = { id: e.id, startedAt: e.startedAt, endedAt: e.endedAt, items: e.items };
	if (e.notePath) run.notePath = e.notePath;
	return ["m", seq, run];
}

export interface DecodedLog {
	log: DeviceLog | null;
	problems: string[];
	/** Events that could not be read and were left out. */
	dropped: number;
}

const isStr = (x: unknown): x is string => typeof x === "string";
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
/** Epoch ms a Date can hold (0 to year 275760): 1e300 or a negative time is as unreadable as NaN. */
const isTime = (x: unknown): x is number => isNum(x) && x >= 0 && x <= 8.64e15;
const isSeq = (x: unknown): x is number => isNum(x) && Number.isInteger(x) && x >= 0;
const isRating = (x: unknown): x is Rating => x === 1 || x === 2 || x === 3 || x === 4;

/** Device ids are made of letters, digits, `-` and `_` (a `:` would break uids). */
export function isDeviceId(x: unknown): x is string {
	return isStr(x) && /^[A-Za-z0-9_-]{1,64}$/.test(x);
}

/** Read one stored log, keeping every event that is well formed. Never throws. */
export function decodeLog(raw: unknown, expectDevice?: string): DecodedLog {
	const problems: string[] = [];
	if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { log: null, problems: ["a review log is not an object"], dropped: 0 };
	const r = raw as Record<string, unknown>;
	const device = isDeviceId(r.device) ? r.device : expectDevice;
	if (!device || !isDeviceId(device)) return { log: null, problems: ["a review log has no device id"], dropped: 0 };
	if (expectDevice && r.device !== expectDevice) problems.push(`log of ${expectDevice}: device field is ${String(r.device)}`);
	const events: LogEvent[] = [];
	let dropped = 0;
	const list = Array.isArray(r.ev) ? (r.ev as unknown[]) : [];
	if (!Array.isArray(r.ev)) problems.push(`log of ${device}: no event list`);
	for (const item of list) {
		const e = decodeEvent(device, item);
		if (e) events.push(e);
		else dropped++;
	}
	if (dropped > 0) problems.push(`log of ${device}: ${dropped} unreadable event(s) left out`);
	attachRecordings(events, device, r.rec, problems);
	let seq = isSeq(r.seq) ? r.seq : 0;
	for (const e of events) seq = Math.max(seq, seqOf(e.uid) + 1);
	const log: DeviceLog = { device, seq, events };
	if (r.keys && typeof r.keys === "object" && !Array.isArray(r.keys)) {
		const keys: Record<string, string> = {};
		for (const [k, v] of Object.entries(r.keys as Record<string, unknown>)) if (isStr(v)) keys[k] = v;
		log.keys = keys;
	}
	if (Array.isArray(r.undone)) log.undone = (r.undone as unknown[]).filter(isSeq).map((s) => `${device}:${s}`);
	return { log, problems, dropped };
}

/** Puts each stored recording on its grading; one that is malformed or has no grading is left out. */
function attachRecordings(events: LogEvent[], device: string, raw: unknown, problems: string[]): void {
	if (raw === undefined) return;
	if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
		problems.push(`log of ${device}: the recordings are not a map`);
		return;
	}
	const bySeq = new Map<number, ReviewEvent>();
	for (const e of events) if (e.kind === "review") bySeq.set(seqOf(e.uid), e);
	let bad = 0;
	for (const [seq, text] of Object.entries(raw as Record<string, unknown>)) {
		const e = bySeq.get(Number(seq));
		const recording = decodeRecording(text);
		if (e && recording) e.recording = recording;
		else bad++;
	}
	if (bad > 0) problems.push(`log of ${device}: ${bad} unreadable recording(s) left out`);
}

/** One event from its text form, or null when it is not well formed. */
export function decodeEventText(device: string, text: string): LogEvent | null {
	const p = text.split(",");
	const num = (x: string | undefined) => (x === undefined || x === "" || x.trim() !== x ? NaN : Number(x));
	const str = (x: string | undefined) => {
		if (x === undefined) return null;
		if (!x.includes("%")) return x;
		try {
			return decodeURIComponent(x);
		} catch {
			return null;
		}
	};
	const seq = num(p[1]);
	if (!isSeq(seq)) return null;
	const uid = `${device}:${seq}`;
	if (p[0] === "r" && (p.length === 6 || p.length === 7)) {
		const qid = str(p[2]);
		const at = num(p[3]);
		const rating = num(p[4]);
		const secs = num(p[5]);
		if (!qid || !isTime(at) || !isRating(rating) || !isNum(secs)) return null;
		const e: LogEvent = { kind: "review", uid, qid, at, rating, secs: Math.max(0, secs) };
		if (p.length === 7) {
			const mock = str(p[6]);
			if (mock === null) return null;
			e.mock = mock;
		}
		return e;
	}
	if (p[0] === "a" && p.length === 5) {
		const at = num(p[2]);
		const from = str(p[3]);
		const to = str(p[4]);
		if (!isTime(at) || !from || !to) return null;
		return { kind: "alias", uid, at, from, to };
	}
	if (p[0] === "c" && (p.length === 5 || p.length === 6)) {
		const qid = str(p[2]);
		const at = num(p[3]);
		const action = p[4];
		if (!qid || !isTime(at) || !isCardAction(action)) return null;
		const e: LogEvent = { kind: "control", uid, qid, at, action };
		if (p.length === 6) {
			const until = num(p[5]);
			if (action !== "bury" || !isTime(until)) return null;
			e.until = until;
		}
		return e;
	}
	return null;
}

function decodeEvent(device: string, item: unknown): LogEvent | null {
	if (typeof item === "string") return decodeEventText(device, item);
	if (!Array.isArray(item) || !isSeq(item[1])) return null;
	const uid = `${device}:${item[1]}`;
	const t = item as unknown[];
	if (t[0] === "m" && t[2] && typeof t[2] === "object") {
		const run = t[2] as Record<string, unknown>;
		if (!isStr(run.id) || !isTime(run.startedAt) || !isTime(run.endedAt)) return null;
		const items = Array.isArray(run.items) ? (run.items as unknown[]).filter(isMockItem).map(checkedRecording) : [];
		const e: MockRunEvent = { kind: "mock", uid, id: run.id, startedAt: run.startedAt, endedAt: run.endedAt, items };
		if (isStr(run.notePath)) e.notePath = run.notePath;
		return e;
	}
	return null;
}

/** An item's recording as stored ({ path, lengthSecs, … }); one that is not well formed is left off. */
function checkedRecording(item: MockRunItem): MockRunItem {
	if (item.recording === undefined) return item;
	const { recording, ...rest } = item;
	const r: unknown = recording;
	if (!r || typeof r !== "object") return rest;
	const f = r as Record<string, unknown>;
	const nums = [f.lengthSecs, f.spokenSecs, f.longestSilenceSecs, f.longPauses];
	if (typeof f.path !== "string" || !nums.every(isNum)) return rest;
	const back = decodeRecording(`${nums.join(",")},${encodeURIComponent(f.path)}`);
	return back ? { ...rest, recording: back } : rest;
}

function isMockItem(x: unknown): x is MockRunItem {
	if (!x || typeof x !== "object") return false;
	const i = x as Record<string, unknown>;
	return isStr(i.qid) && isStr(i.text) && isNum(i.secs) && isNum(i.targetSecs) && (i.rating === null || isRating(i.rating)) && isStr(i.remark) && typeof i.unanswered === "boolean";
}
