// Recording files: a safe name made of the question, the time and the question's id; which old
// recordings of a question go when more than N are kept. Pure: time and listings are parameters.
import { secondStamp } from "../time-stamp";

/** Characters no file name may hold on some platform, or that break Obsidian links. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|#^[\]{}%\u0000-\u001f\u007f]/g;
const MAX_WORDS = 40;
/** "… 2025-03-10 09-00-00 q1a2b3.webm" → stamp and id. */
const TAIL = /\s(\d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2})\s([A-Za-z0-9_-]+)\.([a-z0-9]+)$/;

/** The question's words as a file name part: unsafe characters out, spaces folded, at most 40 characters. */
export function safeNamePart(text: string): string {
	const cleaned = text.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
	const cut = [...cleaned].slice(0, MAX_WORDS).join("").trim();
	// No leading or trailing dots (hidden files, Windows); an empty name becomes "answer".
	return cut.replace(/^[.\s]+|[.\s]+$/g, "") || "answer";
}

/** Folder + "<question> <local time> <qid>.<ext>": sorted by question in a listing, unique per second. */
export function recordingPath(folder: string, questionText: string, qid: string, at: number, extension: string): string {
	const id = qid.replace(/[^A-Za-z0-9_-]/g, "") || "q";
	const name = `${safeNamePart(questionText)} ${secondStamp(at)} ${id}.${extension}`;
	const dir = folder.replace(/\/+$/, "");
	return dir === "" ? name : `${dir}/${name}`;
}

/** The question id and the time stamp a recording's name carries, or null for another file. */
export function parseRecordingName(path: string): { qid: string; stamp: string } | null {
	const m = TAIL.exec(path.slice(path.lastIndexOf("/") + 1));
	return m ? { qid: m[2], stamp: m[1] } : null;
}

/**
 * Of the files in the recordings folder, the recordings of `qid` beyond the newest `keep` (newest by
 * the time in the name; the path breaks ties): the ones to move to the trash.
 */
export function recordingsToRemove(paths: readonly string[], qid: string, keep: number): string[] {
	const own: { path: string; stamp: string }[] = [];
	for (const path of paths) {
		const parsed = parseRecordingName(path);
		if (parsed?.qid === qid) own.push({ path, stamp: parsed.stamp });
	}
	// Newest first.
	own.sort((a, b) => (a.stamp !== b.stamp ? (a.stamp < b.stamp ? 1 : -1) : a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
	return own.slice(Math.max(0, Math.floor(keep))).map((x) => x.path);
}
