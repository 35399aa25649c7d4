// The coverage report as a plain-text table for the terminal (`scan --table`).
import type { CoverageCounts, CoverageReport, WeakSpot } from "../core/coverage";
import { t, type StringKey } from "../core/i18n";
import { formatRelative, formatSpoken } from "../core/i18n/time-format";
import type { Lang } from "../core/types";
import { gapState, weakMockText } from "../core/coverage-words";

const NAME_WIDTH = 44;

/** Terminal columns a string takes: CJK and other wide characters take two. */
export function displayWidth(text: string): number {
	let w = 0;
	for (const ch of text) {
		const c = ch.codePointAt(0) ?? 0;
		if (c < 0x20 || (c >= 0x300 && c < 0x370) || c === 0x200b || c === 0xfe0f) continue;
		const wide =
			(c >= 0x1100 && c <= 0x115f) ||
			(c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
			(c >= 0xac00 && c <= 0xd7a3) ||
			(c >= 0xf900 && c <= 0xfaff) ||
			(c >= 0xfe30 && c <= 0xfe4f) ||
			(c >= 0xff00 && c <= 0xff60) ||
			(c >= 0xffe0 && c <= 0xffe6) ||
			c >= 0x1f300;
		w += wide ? 2 : 1;
	}
	return w;
}

/** Control characters (C0, DEL, C1) as visible escapes, so a file name or heading cannot clear the
 * screen, set the window title or split a row: "\x1b[2J" is printed as the six characters \x1b[2J. */
export function escapeControls(text: string): string {
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => {
		if (ch === "\n") return "\\n";
		if (ch === "\t") return "\\t";
		if (ch === "\r") return "\\r";
		return "\\x" + ch.charCodeAt(0).toString(16).padStart(2, "0");
	});
}

/** The largest of `values` and `floor`, for any number of values (spreading 130,000 into Math.max overflows the stack). */
function widest(values: Iterable<number>, floor: number): number {
	let max = floor;
	for (const v of values) if (v > max) max = v;
	return max;
}

function fit(text: string, width: number): string {
	if (displayWidth(text) <= width) return text + " ".repeat(width - displayWidth(text));
	let out = "";
	for (const ch of text) {
		if (displayWidth(out + ch) > width - 1) break;
		out += ch;
	}
	return out + "…" + " ".repeat(width - 1 - displayWidth(out));
}

function padLeft(text: string, width: number): string {
	return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

function percent(n: number | null): string {
	return n === null ? "–" : `${Math.round(n * 100)}%`;
}

export function formatCoverageTable(report: CoverageReport, lang: Lang): string {
	const cols: { key: StringKey; get: (c: CoverageCounts) => string }[] = [
		{ key: "coverage.col.questions", get: (c) => String(c.questions) },
		{ key: "coverage.col.withAnswer", get: (c) => String(c.withAnswer) },
		{ key: "coverage.col.hintsOnly", get: (c) => String(c.hintsOnly) },
		{ key: "coverage.col.unanswered", get: (c) => String(c.unanswered) },
		{ key: "coverage.col.star", get: (c) => String(c.starComplete) },
		{ key: "coverage.col.practised", get: (c) => String(c.practised) },
		{ key: "coverage.col.due", get: (c) => String(c.due) },
		{ key: "coverage.col.learned", get: (c) => String(c.learned) },
		{ key: "coverage.col.last", get: (c) => (c.lastPractised === null ? "–" : formatRelative(c.lastPractised, report.now, lang)) },
	];
	const topicName = (topic: string[]): string => (topic.length ? escapeControls(topic.join(" › ")) : t(lang, "coverage.noTopic"));
	const rows: { name: string; counts: CoverageCounts }[] = [];
	let notes = 0;
	for (const hub of report.hubs) {
		rows.push({ name: hub.hub === null ? t(lang, "coverage.allNotes") : escapeControls(hub.hub), counts: hub });
		for (const note of hub.notes) {
			notes++;
			rows.push({ name: "  " + escapeControls(note.path), counts: note });
			// A single untitled topic would only repeat the note's numbers.
			if (note.topics.length === 1 && note.topics[0].topic.length === 0) continue;
			for (const topic of note.topics) {
				rows.push({ name: "    " + topicName(topic.topic), counts: topic });
			}
		}
	}
	rows.push({ name: t(lang, "coverage.total"), counts: report.totals });

	const nameWidth = Math.min(NAME_WIDTH, widest(rows.map((r) => displayWidth(r.name)), 8));
	const cells = rows.map((r) => cols.map((c) => c.get(r.counts)));
	const widths = cols.map((c, i) => widest(cells.map((row) => displayWidth(row[i])), displayWidth(t(lang, c.key))));
	const line = (name: string, values: string[]): string =>
		(fit(name, nameWidth) + "  " + values.map((v, i) => padLeft(v, widths[i])).join("  ")).trimEnd();

	const out: string[] = [];
	out.push(`${t(lang, "coverage.title")} — ${t(lang, "coverage.summary", { notes, questions: report.totals.questions })}`);
	if (report.missingHubs.length > 0) out.push(t(lang, "coverage.missingHubs", { hubs: escapeControls(report.missingHubs.join(", ")) }));
	out.push("");
	if (report.totals.questions === 0 && notes === 0) {
		out.push(t(lang, "coverage.empty"));
	} else {
		out.push(line("", cols.map((c) => t(lang, c.key))));
		out.push("-".repeat(displayWidth(line("", widths.map((w) => "x".repeat(w))))));
		rows.forEach((r, i) => {
			if (i === rows.length - 1) out.push("-".repeat(displayWidth(line("", widths.map((w) => "x".repeat(w))))));
			out.push(line(r.name, cells[i]));
		});
	}

	out.push("");
	const gapCount = report.gaps.reduce((n, g) => n + g.items.length, 0);
	if (gapCount === 0) out.push(t(lang, "coverage.noGaps"));
	else {
		out.push(t(lang, "coverage.gaps", { n: gapCount }));
		for (const group of report.gaps) {
			out.push("  " + topicName(group.topic));
			for (const gap of group.items) out.push(`    - ${escapeControls(gap.text)}  [${gapState(gap, lang)}]  (${escapeControls(gap.path)}:${gap.line})`);
		}
	}

	const weakList = (title: string, list: WeakSpot[], detail: (w: WeakSpot) => string): void => {
		if (list.length === 0) return;
		out.push("", title);
		for (const w of list) out.push(`  - ${escapeControls(w.text)}  ${detail(w)}  (${escapeControls(w.path)}:${w.line})`);
	};
	weakList(t(lang, "coverage.weak.again"), report.weak.again, (w) => t(lang, "coverage.weak.againCount", { n: w.again }));
	weakList(t(lang, "coverage.weak.mock"), report.weak.mock, (w) => weakMockText(w, lang));
	weakList(t(lang, "coverage.weak.overTime", { target: formatSpoken(report.targetSeconds, lang) }), report.weak.overTime, (w) =>
		formatSpoken(w.lastSecs, lang),
	);
	weakList(t(lang, "coverage.weak.retrievability"), report.weak.retrievability, (w) => percent(w.retrievability));

	if (report.mock.runs > 0 && report.mock.last) {
		const last = report.mock.last;
		out.push("", `${t(lang, "coverage.mock", { n: report.mock.runs })}; ${t(lang, "coverage.mock.last", { when: formatRelative(last.endedAt, report.now, lang), questions: last.total })}`);
	}
	// Every user text above is escaped where it enters; this catches any that a later change forgets.
	return out.map(escapeControls).join("\n") + "\n";
}

