// Files in the plugin's reviews/ folder: `<device>.json` holds that device's own log (only that
// device writes it, so whole-file sync with last writer wins cannot lose anything);
// `cache-<device>.json` holds logs of other devices this one learned through data.json;
// backups use the same form, so restoring one is copying it into reviews/.
import type { DeviceLog } from "../types";
import { decodeLog, encodeLog, isDeviceId } from "./log-codec";
import { MAX_REPAIR_CHARS, parseLenientJson } from "./lenient-json";
import { salvageLogs } from "./salvage";
import { DATA_SCHEMA } from "./data-file";

export interface ReviewFileRead {
	logs: DeviceLog[];
	problems: string[];
	recovered: boolean;
	newerVersion: boolean;
	/** Settings kept in a backup, if any. */
	settings?: unknown;
}

export function ownFileName(device: string): string {
	return `${device}.json`;
}

export function cacheFileName(device: string): string {
	return `cache-${device}.json`;
}

/** The device whose own log a file name holds ("abc.json" → "abc"), or null for caches and others. */
export function deviceOfFile(name: string): string | null {
	const m = /^([A-Za-z0-9_-]+)\.json$/.exec(name);
	if (!m || m[1].startsWith("cache-") || !isDeviceId(m[1])) return null;
	return m[1];
}

export function writeReviewFile(writer: string, logs: DeviceLog[], settings?: unknown): string {
	const body: Record<string, unknown> = { schema: DATA_SCHEMA, writer, logs: logs.map(encodeLog) };
	if (settings !== undefined) body.settings = settings;
	return JSON.stringify(body);
}

export function readReviewFile(text: string): ReviewFileRead {
	const out: ReviewFileRead = { logs: [], problems: [], recovered: false, newerVersion: false };
	const parsed = parseLenientJson(text);
	if (parsed.status === "failed") {
		out.recovered = true;
		if (text.length > MAX_REPAIR_CHARS) {
			out.problems.push("damaged and too big to repair; kept as it was");
			return out;
		}
		out.problems.push("damaged; salvaged what could be read");
		out.logs = salvageLogs(text);
		return out;
	}
	if (parsed.status === "repaired") {
		out.recovered = true;
		out.problems.push("cut short; read up to where it stops");
	}
	const raw = parsed.value;
	if (raw === undefined) return out;
	if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
		out.recovered = true;
		out.problems.push("does not hold an object");
		return out;
	}
	const r = raw as Record<string, unknown>;
	if (typeof r.schema === "number" && r.schema > DATA_SCHEMA) {
		out.newerVersion = true;
		out.problems.push(`written by a newer version (schema ${r.schema})`);
	}
	if (r.settings !== undefined) out.settings = r.settings;
	for (const item of Array.isArray(r.logs) ? (r.logs as unknown[]) : []) {
		const { log, problems } = decodeLog(item);
		if (problems.length > 0) {
			out.recovered = true;
			for (const p of problems) out.problems.push(p);
		}
		if (log) out.logs.push(log);
	}
	return out;
}
