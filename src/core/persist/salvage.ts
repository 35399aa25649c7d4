// Last resort for a damaged file that is not JSON any more: pick out every review, alias and card-control event
// still intact in the text, under the device whose log it sits in, and the settings object if it
// still parses. Mock runs are not salvaged here (the unreadable copy keeps them).
import type { DeviceLog, LogEvent } from "../types";
import { preferEvent, seqOf } from "../review/log-merge";
import { decodeEventText, isDeviceId } from "./log-codec";

/** An event's text form, whole between its quotes. */
const EVENT = /"([rac],[^"\\]*)"/g;
const DEVICE = /"device"\s*:\s*"([A-Za-z0-9_-]{1,64})"/g;

export function salvageLogs(text: string): DeviceLog[] {
	const marks: { device: string; start: number }[] = [];
	for (const m of text.matchAll(DEVICE)) marks.push({ device: m[1], start: m.index ?? 0 });
	const byDevice = new Map<string, DeviceLog>();
	marks.forEach((mark, i) => {
		const section = text.slice(mark.start, i + 1 < marks.length ? marks[i + 1].start : text.length);
		const events: LogEvent[] = [];
		for (const m of section.matchAll(EVENT)) {
			const e = decodeEventText(mark.device, m[1]);
			if (e) events.push(e);
		}
		if (events.length === 0 || !isDeviceId(mark.device)) return;
		const have = byDevice.get(mark.device);
		if (have) for (const e of events) have.events.push(e);
		else byDevice.set(mark.device, { device: mark.device, seq: 0, events });
	});
	const out: DeviceLog[] = [];
	for (const log of byDevice.values()) {
		// One uid found twice (sections of two copies): the same choice as a merge makes.
		const byUid = new Map<string, LogEvent>();
		for (const e of log.events) {
			const have = byUid.get(e.uid);
			byUid.set(e.uid, have ? preferEvent(have, e) : e);
		}
		const events = [...byUid.values()];
		let seq = 0;
		for (const e of events) seq = Math.max(seq, seqOf(e.uid) + 1);
		out.push({ device: log.device, events, seq });
	}
	return out;
}

/** The settings object, if its text is still intact. */
export function salvageSettings(text: string): unknown {
	const m = /"settings"\s*:\s*\{/.exec(text);
	if (!m) return undefined;
	const start = m.index + m[0].length - 1;
	let depth = 0;
	let inString = false;
	let escaped = false;
	for (let i = start; i < text.length; i++) {
		const ch = text[i];
		if (inString) {
			if (escaped) escaped = false;
			else if (ch === "\\") escaped = true;
			else if (ch === '"') inString = false;
		} else if (ch === '"') inString = true;
		else if (ch === "{") depth++;
		else if (ch === "}" && --depth === 0) {
			try {
				return JSON.parse(text.slice(start, i + 1)) as unknown;
			} catch {
				return undefined;
			}
		}
	}
	return undefined;
}
