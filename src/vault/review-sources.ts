// Where the review data is read from: data.json (from disk, else through loadData) and the files in
// reviews/ (and, before quitting, every log a start would read). None throws: what
// cannot be read is said in the result or left out.
import type { DataAdapter } from "obsidian";
import type { DeviceLog } from "../core/types";
import { readDataFile, readDataText, type DataFileRead } from "../core/persist/data-file";
import { readReviewFile } from "../core/persist/review-file";

export interface DataJsonRead {
	data: DataFileRead;
	/** The file's text, kept as a backup when it needs one; null when there was none. */
	text: string | null;
	/** data.json exists but could not be read: it must not be written over. */
	unreadable: boolean;
}

/** data.json as this device sees it: read from disk when it is there, else what `loadData` gives. */
export async function readDataJson(
	adapter: Pick<DataAdapter, "exists" | "read">,
	loadData: () => Promise<unknown>,
	dataPath: string,
	device: string,
): Promise<DataJsonRead> {
	let exists = false;
	try {
		exists = await adapter.exists(dataPath);
		if (exists) {
			const text = await adapter.read(dataPath);
			return { data: readDataText(text, device), text, unreadable: false };
		}
	} catch {
		// fall back to loadData below
	}
	try {
		const raw = await loadData();
		return { data: readDataFile(raw, device), text: raw === null || raw === undefined ? null : JSON.stringify(raw), unreadable: false };
	} catch (e) {
		const data = readDataFile(null, device);
		data.problems.push(`could not read data.json: ${String(e)}`);
		return { data, text: null, unreadable: exists };
	}
}

/** Every file in reviews/, half-written temporaries included (they are unioned like the rest). */
export async function listReviewFiles(adapter: Pick<DataAdapter, "exists" | "list">, reviewsDir: string): Promise<string[]> {
	try {
		if (!(await adapter.exists(reviewsDir))) return [];
		const listed = await adapter.list(reviewsDir);
		return listed.files.filter((f) => f.endsWith(".json") || f.endsWith(".json.tmp")).sort();
	} catch {
		return [];
	}
}

/** Every log a start would read (data.json and every file in reviews/), as it is on disk now; what cannot be read adds nothing. */
export async function readStoredLogs(
	adapter: Pick<DataAdapter, "exists" | "read" | "list">,
	loadData: () => Promise<unknown>,
	dataPath: string,
	reviewsDir: string,
	device: string,
): Promise<DeviceLog[]> {
	const { data } = await readDataJson(adapter, loadData, dataPath, device);
	const out: DeviceLog[] = [...data.otherLogs, ...data.relayed];
	if (data.ownLog) out.push(data.ownLog);
	for (const file of await listReviewFiles(adapter, reviewsDir)) {
		try {
			for (const log of readReviewFile(await adapter.read(file)).logs) out.push(log);
		} catch {
			// unreadable: it holds nothing here
		}
	}
	return out;
}
