// Union of device logs by event uid: idempotent, commutative and associative, so any order of
// syncs and reloads ends with the same set of events.
import type { DeviceLog, LogEvent } from "../types";
import { compareEvents } from "./replay";

export function emptyLog(device: string): DeviceLog {
	return { device, seq: 0, events: [] };
}

/** Sequence number of a uid `${device}:${seq}` (-1 when it has none). */
export function seqOf(uid: string): number {
	const n = Number(uid.slice(uid.lastIndexOf(":") + 1));
	return Number.isInteger(n) ? n : -1;
}

/** An event's contents in one canonical text (keys sorted), to compare two events of one uid. */
export function eventContent(e: LogEvent): string {
	return JSON.stringify(e, (_key, value: unknown) => {
		if (!value || typeof value !== "object" || Array.isArray(value)) return value;
		return Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
	});
}

/**
 * Of two events with one uid (copies that disagree: a damaged file, a reused number of an older
 * version), the one with the smaller content: the same choice whatever order copies arrive in.
 */
export function preferEvent(x: LogEvent, y: LogEvent): LogEvent {
	if (x === y) return x;
	return eventContent(y) < eventContent(x) ? y : x;
}

/** Union of two copies of the same device's log. */
export function unionLog(a: DeviceLog, b: DeviceLog): DeviceLog {
	const byUid = new Map<string, LogEvent>();
	let added = false;
	for (const e of a.events) {
		const have = byUid.get(e.uid);
		if (have === undefined) byUid.set(e.uid, e);
		else {
			byUid.set(e.uid, preferEvent(have, e));
			added = true; // a copy holding one uid twice: sort it out now
		}
	}
	for (const e of b.events) {
		const have = byUid.get(e.uid);
		if (have === undefined || preferEvent(have, e) !== have) {
			byUid.set(e.uid, e);
			added = true;
		}
	}
	// By time, not by number: numbers of different starts are random (see ReviewStoreOptions.session).
	const events = added ? [...byUid.values()].sort(compareEvents) : a.events.slice();
	let seq = Math.max(a.seq, b.seq);
	for (const e of events) seq = Math.max(seq, seqOf(e.uid) + 1);
	const out: DeviceLog = { device: a.device, seq, events };
	if (a.keys || b.keys) out.keys = { ...b.keys, ...a.keys };
	if (a.undone || b.undone) out.undone = [...new Set([...(a.undone ?? []), ...(b.undone ?? [])])];
	return out;
}

/** Fold logs into a map by device. Returns how many events were new to `into`. */
export function absorbLogs(into: Map<string, DeviceLog>, logs: Iterable<DeviceLog>): number {
	let added = 0;
	for (const log of logs) {
		const have = into.get(log.device);
		if (!have) {
			const copy = unionLog(emptyLog(log.device), log);
			into.set(log.device, copy);
			added += copy.events.length + (copy.undone?.length ?? 0);
			continue;
		}
		const merged = unionLog(have, log);
		const delta = merged.events.length - have.events.length + (merged.undone?.length ?? 0) - (have.undone?.length ?? 0);
		// Same count, other contents: a copy's event won over the one held (counts as a change).
		added += delta > 0 || !merged.events.some((e, i) => e !== have.events[i]) ? delta : 1;
		into.set(log.device, merged);
	}
	return added;
}

/** Uids of events and tombstones (`undone:<uid>`) of `held` that no log in `stored` has: what only `held` holds. */
export function lackedBy(held: Iterable<DeviceLog>, stored: Iterable<DeviceLog>): string[] {
	const have = new Set<string>();
	for (const log of stored) {
		for (const e of log.events) have.add(e.uid);
		for (const u of log.undone ?? []) have.add(`undone:${u}`);
	}
	const out: string[] = [];
	for (const log of held) {
		for (const e of log.events) if (!have.has(e.uid)) out.push(e.uid);
		for (const u of log.undone ?? []) if (!have.has(`undone:${u}`)) out.push(`undone:${u}`);
	}
	return out;
}
