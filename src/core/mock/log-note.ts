// The log note of a mock interview: its Markdown text and its path.
// Pure: the view reads the notes and writes the file; this only builds strings.
import { minuteStamp } from "../time-stamp";
import type { AnswerRecording, Lang, MockRunItem } from "../types";
import { t } from "../i18n";
import { formatClock } from "../i18n/time-format";
import { isReached, mockSummaryLine, ranOutOfTime, summarizeRun } from "./mock-summary";

/** One question of the run, with where it lives so the log can link to it. */
export interface LogNoteItem extends MockRunItem {
	path: string;
	/** 1-based line of the question. */
	line: number;
	/** Raw text of the heading of the question's section (see `sectionHeadingAt`), or null. */
	heading: string | null;
}

export interface LogNoteInput {
	lang: Lang;
	startedAt: number;
	endedAt: number;
	items: readonly LogNoteItem[];
}

const FENCE = /^\s{0,3}(```|~~~)/;
const ATX = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$/;

/**
 * The heading text of the section that holds a line: the line itself when it is a heading,
 * else the nearest heading above it, outside code fences. Null when there is none.
 */
export function sectionHeadingAt(text: string, line: number): string | null {
	const lines = text.split(/\r?\n/);
	let inFence = false;
	let found: string | null = null;
	for (let i = 0; i < Math.min(line, lines.length); i++) {
		const l = lines[i];
		if (FENCE.test(l)) {
			inFence = !inFence;
			continue;
		}
		if (inFence) continue;
		const m = ATX.exec(l);
		if (m && m[1].trim() !== "") found = m[1].trim();
	}
	return found;
}

/** Brackets are dropped and other characters that would end or split a wikilink become spaces. */
function linkSafe(s: string): string {
	return s
		.replace(/[[\]]/g, "")
		.replace(/[#|^]/g, " ")
		.replace(/%%/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

/** `[[note#heading|text]]`, or `[[note|text]]` when the question is above any heading. */
export function questionLink(item: Pick<LogNoteItem, "path" | "heading" | "text">): string {
	if (item.path === "") return linkSafe(item.text); // the question is gone from the notes
	const note = item.path.replace(/\.md$/i, "");
	const heading = item.heading ? linkSafe(item.heading) : "";
	const alias = linkSafe(item.text) || note;
	return heading ? `[[${note}#${heading}|${alias}]]` : `[[${note}|${alias}]]`;
}

function ratingText(lang: Lang, item: MockRunItem): string {
	return item.rating === null ? t(lang, "mock.log.notRated") : t(lang, `mock.rating.${item.rating}`);
}

function oneLine(s: string): string {
	return s.replace(/\s+/g, " ").trim();
}

/** The whole note. Every question: link to its section, time spoken against the target, rating, remark. */
export function mockLogMarkdown(input: LogNoteInput): string {
	const { lang, items } = input;
	const sum = summarizeRun(input);
	const sep = lang === "zh" ? "：" : ": ";
	const out: string[] = [];
	out.push(`# ${t(lang, "mock.log.title", { date: minuteStamp(input.startedAt, ":") })}`, "");
	out.push(`- ${t(lang, "mock.log.started")}${sep}${minuteStamp(input.startedAt, ":")}`);
	out.push(`- ${t(lang, "mock.summary")}${sep}${mockSummaryLine(lang, sum)}`);
	out.push("");
	items.forEach((item, i) => {
		out.push(`${i + 1}. ${questionLink(item)}`);
		if (!isReached(item)) {
			out.push(`    - ${t(lang, "mock.log.notReached")}`);
		} else {
			const note = t(lang, "mock.log.timedOut");
			const over = !ranOutOfTime(item) ? "" : lang === "zh" ? `（${note}）` : ` (${note})`;
			const time = `${formatClock(item.secs)} / ${t(lang, "mock.log.target")} ${formatClock(item.targetSecs)}`;
			out.push(`    - ${t(lang, "mock.log.time")}${sep}${time}${over}`);
			out.push(`    - ${t(lang, "mock.log.rating")}${sep}${ratingText(lang, item)}`);
			if (item.recording) for (const line of recordingLines(lang, item.recording, sep)) out.push(line);
		}
		const remark = oneLine(item.remark);
		if (remark) out.push(`    - ${t(lang, "mock.log.remark")}${sep}${remark}`);
		if (item.unanswered) out.push(`    - ${t(lang, "mock.log.unanswered")}`);
	});
	if (sum.unanswered.length > 0) {
		out.push("", `## ${t(lang, "mock.log.unansweredHeading")}`, "");
		for (const item of items.filter((i) => i.unanswered)) out.push(`- [ ] ${questionLink(item)}`);
	}
	out.push("");
	return out.join("\n");
}

/** The recording embedded (Obsidian draws a player for an embedded audio file) and its speaking figures. */
function recordingLines(lang: Lang, r: AnswerRecording, sep: string): string[] {
	const figures = t(lang, "rec.log.figures", { spoken: formatClock(r.spokenSecs), silence: formatClock(r.longestSilenceSecs), pauses: r.longPauses });
	return [`    - ${t(lang, "rec.log.recording")}${sep}${figures}`, `      ![[${r.path}]]`];
}

/** Folder as the settings hold it ("Interview practice/", "/a/b") → "Interview practice", "a/b"; "" = vault root. */
export function normalizeFolder(folder: string): string {
	return folder
		.trim()
		.replace(/\\/g, "/")
		.replace(/\/{2,}/g, "/")
		.replace(/^\/+|\/+$/g, "");
}

/**
 * Path of a new log note: `<folder>/<Mock interview> yyyy-MM-dd HH.mm.md`, with ` 2`, ` 3`, …
 * added until `exists` says no, so an existing note is never overwritten.
 */
export function logNotePath(folder: string, startedAt: number, exists: (path: string) => boolean, lang: Lang = "en"): string {
	const dir = normalizeFolder(folder);
	const base = `${t(lang, "mock.log.fileName")} ${minuteStamp(startedAt, ".")}`;
	const at = (name: string) => (dir ? `${dir}/${name}.md` : `${name}.md`);
	let path = at(base);
	for (let n = 2; exists(path); n++) path = at(`${base} ${n}`);
	return path;
}
