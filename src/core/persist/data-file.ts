// The plugin's data.json: settings and THIS device's log only, under its own top-level key (and,
// under a relay key of its own, what other devices' keys were seen to lack).
// Obsidian Sync merges data.json shallowly (local keys over remote), so a device that wrote a
// stale copy of another device's key would win over that device's newer log; writing only our
// own key makes the merge a union. Keys of other devices found here are absorbed on load.
import type { DeviceLog } from "../types";
import { decodeLog, encodeLog, isDeviceId } from "./log-codec";
import { MAX_REPAIR_CHARS, parseLenientJson } from "./lenient-json";
import { salvageLogs, salvageSettings } from "./salvage";

export const DATA_SCHEMA = 1;
export const LOG_KEY_PREFIX = "log:";
/**
 * `relay:<device>`: events of other devices this device holds that their own key lacked when it
 * last arrived (a device restored an old copy of its folder). Written by this device only, like
 * its log key, so Obsidian Sync's merge carries them back to their device.
 */
export const RELAY_KEY_PREFIX = "relay:";

export interface DataFileRead {
	/** Settings as stored, for migrateSettings (undefined when none could be read). */
	settings: unknown;
	ownLog: DeviceLog | null;
	/** Logs under other devices' own keys. */
	otherLogs: DeviceLog[];
	/** Parts of logs relayed by other devices (this device's own among them). */
	relayed: DeviceLog[];
	problems: string[];
	/** Part of the file could not be read: keep a copy of it before writing over it, and tell the person. */
	recovered: boolean;
	/** Written by a newer version of the plugin: read what we understand, keep a copy, tell the person. */
	newerVersion: boolean;
	/** Schema the file was migrated from (keep a copy first), or null. */
	migratedFrom: number | null;
}

type Raw = Record<string, unknown>;

/** Schema n → n + 1. Schema 0 is the plain settings object of the first releases. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
	0: (raw) => {
		const settings: Raw = {};
		const out: Raw = { schema: 1 };
		for (const [k, v] of Object.entries(raw)) {
			if (k.startsWith(LOG_KEY_PREFIX)) out[k] = v;
			else if (k !== "schema") settings[k] = v;
		}
		out.settings = settings;
		return out;
	},
};

export function emptyRead(): DataFileRead {
	return { settings: undefined, ownLog: null, otherLogs: [], relayed: [], problems: [], recovered: false, newerVersion: false, migratedFrom: null };
}

/** Read data.json as loaded (parsed JSON, or null when there is none). Never throws. */
export function readDataFile(raw: unknown, ownDevice: string): DataFileRead {
	const out = emptyRead();
	if (raw === null || raw === undefined) return out;
	if (typeof raw !== "object" || Array.isArray(raw)) {
		out.problems.push("the data file does not hold an object");
		out.recovered = true;
		return out;
	}
	let data = raw as Raw;
	const stored = data.schema === undefined ? 0 : data.schema;
	let schema = DATA_SCHEMA;
	if (typeof stored === "number" && Number.isInteger(stored) && stored >= 0) schema = stored;
	else {
		out.problems.push(`unknown schema ${JSON.stringify(stored)}`);
		out.recovered = true;
	}
	if (schema > DATA_SCHEMA) {
		out.newerVersion = true;
		out.problems.push(`written by a newer version (schema ${schema})`);
	}
	if (schema < DATA_SCHEMA && Object.keys(data).length > 0) out.migratedFrom = schema;
	for (let v = schema; v < DATA_SCHEMA; v++) data = MIGRATIONS[v](data);

	const settings = data.settings;
	if (settings !== undefined && (typeof settings !== "object" || settings === null || Array.isArray(settings))) {
		out.problems.push("settings are not an object");
		out.recovered = true;
	} else out.settings = settings;

	for (const [key, value] of Object.entries(data)) {
		if (key.startsWith(RELAY_KEY_PREFIX) && isDeviceId(key.slice(RELAY_KEY_PREFIX.length)) && Array.isArray(value)) {
			for (const item of value as unknown[]) {
				const { log } = decodeLog(item);
				if (log) out.relayed.push(log);
			}
			continue;
		}
		if (!key.startsWith(LOG_KEY_PREFIX)) continue;
		const device = key.slice(LOG_KEY_PREFIX.length);
		if (!isDeviceId(device)) {
			out.problems.push(`ignored key ${key}`);
			out.recovered = true;
			continue;
		}
		const { log, problems } = decodeLog(value, device);
		if (problems.length > 0) {
			for (const p of problems) out.problems.push(p);
			out.recovered = true;
		}
		if (!log) continue;
		if (device === ownDevice) out.ownLog = log;
		else out.otherLogs.push(log);
	}
	return out;
}

/** Read data.json from its text: also a truncated or damaged one. Never throws. */
export function readDataText(text: string | null, ownDevice: string): DataFileRead {
	if (text === null) return emptyRead();
	const parsed = parseLenientJson(text);
	if (parsed.status === "ok") {
		const read = readDataFile(parsed.value, ownDevice);
		if (parsed.value === undefined && text.length > 0 && text.trim() === "") read.problems.push("the data file is blank");
		return read;
	}
	if (parsed.status === "repaired") {
		const read = readDataFile(parsed.value, ownDevice);
		read.problems.unshift("the data file was cut short; read up to where it stops");
		read.recovered = true;
		return read;
	}
	const out = emptyRead();
	out.recovered = true;
	if (text.length > MAX_REPAIR_CHARS) {
		out.problems.push("the data file is damaged and too big to repair; it is kept as it was in the backup");
		return out;
	}
	out.problems.push("the data file is damaged; salvaged what could be read");
	out.settings = salvageSettings(text);
	for (const log of salvageLogs(text)) {
		if (log.device === ownDevice) out.ownLog = log;
		else out.otherLogs.push(log);
	}
	return out;
}

/** The object to save as data.json. */
export function writeDataFile(settings: unknown, ownLog: DeviceLog, relay: DeviceLog[] = []): Record<string, unknown> {
	const out: Record<string, unknown> = { schema: DATA_SCHEMA, settings, [LOG_KEY_PREFIX + ownLog.device]: encodeLog(ownLog) };
	if (relay.length > 0) out[RELAY_KEY_PREFIX + ownLog.device] = relay.map(encodeLog);
	return out;
}
