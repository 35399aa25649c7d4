// Union of device logs by event uid: idempotent, commutative and associative, so any order of
// syncs and reloads ends with the same set of events.
import type { DeviceLog, LogEvent } from "../types";

export function emptyLog(device: string): DeviceLog {
	return { device, seq: 0, events: [] };
}

/** Sequence number of a uid `${device}:${seq}` (-1 when it has none). */
export function seqOf(uid: string): number {
	const n = Number(uid.slice(uid.lastIndexOf(":") + 1));
	return Number.isInteger(n) ? n : -1;
}

/** Union of two copies of the same device's log. */
export function unionLog(a: DeviceLog, b: DeviceLog): DeviceLog {
	const byUid = new Map<string, LogEvent>();
	for (const e of a.events) byUid.set(e.uid, e);
	let added = false;
	for (const e of b.events) {
		if (!byUid.has(e.uid)) {
			byUid.set(e.uid, e);
			added = true;
		}
	}
	const events = added ? [...byUid.values()].sort((x, y) => seqOf(x.uid) - seqOf(y.uid)) : a.events.slice();
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
		added += merged.events.length - have.events.length + (merged.undone?.length ?? 0) - (have.undone?.length ?? 0);
		into.set(log.device, merged);
	}
	return added;
}
