// Wikilink targets in a note's text, found with a line scan (it runs on every note of a vault).
// Code fences, inline code, %% comments %% and <!-- comments --> hold no links, as in Obsidian.
import { runSteps } from "./run-steps";
import { Joiner } from "./joiner";
import { withoutAliasOrHeading } from "./resolve-link";

const FENCE = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})(.*)$/;

interface ScanState {
	/** Open fence marker ("```", "~~~~") or "" outside a fence. */
	fence: string;
	/** Inside a %% comment %% that spans lines. */
	percent: boolean;
	/** Inside an <!-- html comment --> that spans lines. */
	html: boolean;
}

/**
 * Link targets as written ("folder/hub", "hub", "hub.md"), without alias, heading or block part.
 * Embeds (`![[hub]]`) count. Repeats are kept, in order of appearance; same-note links (`[[#h]]`) are not targets.
 */
export function extractWikilinks(text: string): string[] {
	return runSteps(wikilinkSteps(text));
}

/** Characters of work between two turns of the scan. */
interface Budget {
	step: number;
	spent: number;
}

/**
 * extractWikilinks in steps of about `stepChars` characters: a note of megabytes is read in turns,
 * and so is a line of megabytes (its visible text and its links are found in turns too).
 */
export function* wikilinkSteps(text: string, stepChars = 1 << 16): Generator<void, string[], void> {
	const out: string[] = [];
	const state: ScanState = { fence: "", percent: false, html: false };
	const budget: Budget = { step: Math.max(1, stepChars), spent: 0 };
	const n = text.length;
	// Where each mark that can matter next is (-1: none left): outside fences and comments, the lines
	// before the first of them hold no link and open nothing, and are passed over whole.
	const marks = ["[[", "`", "~", "%%", "<!--"];
	const nextAt = marks.map((m) => text.indexOf(m));
	for (let start = 0; start <= n; ) {
		if (!state.fence && !state.percent && !state.html) {
			let next = n;
			for (let k = 0; k < marks.length; k++) {
				if (nextAt[k] >= 0 && nextAt[k] < start) nextAt[k] = text.indexOf(marks[k], start);
				if (nextAt[k] >= 0 && nextAt[k] < next) next = nextAt[k];
			}
			const lineStart = next === n ? n : text.lastIndexOf("\n", next) + 1;
			if (lineStart > start) {
				budget.spent += lineStart - start;
				start = lineStart;
				if (budget.spent >= budget.step) {
					budget.spent = 0;
					yield;
				}
				if (next === n) break;
			}
		}
		let end = text.indexOf("\n", start);
		if (end < 0) end = n;
		const line = text.slice(start, end);
		budget.spent += line.length + 1;
		if (mayHoldLinks(line, state)) {
			const visible = yield* visibleSteps(line, state, budget);
			if (visible.includes("[[")) yield* linkSteps(visible, out, budget);
		}
		start = end + 1;
		if (budget.spent >= budget.step) {
			budget.spent = 0;
			yield;
		}
	}
	return out;
}

/** Reads the line's fences; false when its visible text cannot hold a link nor change the comment state. */
function mayHoldLinks(line: string, state: ScanState): boolean {
	if (state.fence) {
		const m = FENCE.exec(line);
		if (m && m[1][0] === state.fence[0] && m[1].length >= state.fence.length && m[2].trim() === "") state.fence = "";
		return false;
	}
	if (state.percent || state.html) return true;
	// Cheap exits first: most lines hold no link and open nothing.
	const m = line.includes("`") || line.includes("~") ? FENCE.exec(line) : null;
	if (m && !(m[1][0] === "`" && m[2].includes("`"))) {
		state.fence = m[1];
		return false;
	}
	return line.includes("[[") || line.includes("%%") || line.includes("<!--");
}

/**
 * The line with each code span and closed comment turned into one space (an unclosed comment
 * hides the rest); updates the multi-line comment state. Visible runs are copied as slices.
 */
function* visibleSteps(line: string, state: ScanState, budget: Budget): Generator<void, string, void> {
	const parts = new Joiner();
	const n = line.length;
	// Start of the visible run not yet copied.
	let from = 0;
	let i = 0;
	while (i < n) {
		if (budget.spent >= budget.step) {
			budget.spent = 0;
			yield;
		}
		if (state.percent || state.html) {
			const mark = state.percent ? "%%" : "-->";
			const close = line.indexOf(mark, i);
			budget.spent += (close < 0 ? n : close) - i + 1;
			if (close < 0) return parts.join();
			state.percent = false;
			state.html = false;
			parts.push(" ");
			i = from = close + mark.length;
			continue;
		}
		// On to the next character that may open a comment or a code span.
		const stop = Math.min(n, i + budget.step);
		let j = i;
		for (let c = line.charCodeAt(j); j < stop && c !== 37 && c !== 60 && c !== 96; c = line.charCodeAt(++j));
		budget.spent += j - i + 1;
		i = j;
		if (i >= stop) continue;
		if (line.startsWith("%%", i) || line.startsWith("<!--", i)) {
			if (i > from) parts.push(line.slice(from, i));
			state.percent = line[i] === "%";
			state.html = !state.percent;
			i += state.percent ? 2 : 4;
			continue;
		}
		if (line.charCodeAt(i) !== 96) {
			i++;
			continue;
		}
		let run = 1;
		while (line.charCodeAt(i + run) === 96) run++;
		const close = yield* closingRun(line, i + run, run, budget);
		if (close < 0) {
			// An unmatched run is text.
			i += run;
			continue;
		}
		if (i > from) parts.push(line.slice(from, i));
		parts.push(" ");
		i = from = close + run;
	}
	// (A comment opened at the very end hides nothing more: what came before it is in `parts`.)
	if (from < n && !state.percent && !state.html) parts.push(line.slice(from));
	return parts.join();
}

/** Where a run of exactly `run` backticks starts at or after `at` in the line, or -1. */
function* closingRun(line: string, at: number, run: number, budget: Budget): Generator<void, number, void> {
	const ticks = "`".repeat(run);
	let close = line.indexOf(ticks, at);
	// A closing run must be exactly as long as the opening one.
	while (close >= 0 && line.charCodeAt(close + run) === 96) {
		let skip = close + run;
		while (line.charCodeAt(skip) === 96) skip++;
		budget.spent += skip - at;
		at = skip;
		if (budget.spent >= budget.step) {
			budget.spent = 0;
			yield;
		}
		close = line.indexOf(ticks, skip);
	}
	budget.spent += (close < 0 ? line.length : close) - at;
	return close;
}

/** Pushes the targets of the `[[…]]` in a line's visible text (no bracket inside, at least one character). */
function* linkSteps(visible: string, out: string[], budget: Budget): Generator<void, void, void> {
	const n = visible.length;
	for (let from = 0; ; ) {
		const s = visible.indexOf("[[", from);
		if (s < 0) {
			budget.spent += n - from;
			return;
		}
		let e = s + 2;
		for (let c = visible.charCodeAt(e); e < n && c !== 91 && c !== 93; c = visible.charCodeAt(++e));
		budget.spent += e - from + 1;
		if (e > s + 2 && visible.startsWith("]]", e)) {
			const target = linkTarget(visible.slice(s + 2, e));
			if (target) out.push(target);
			from = e + 2;
		} else from = s + 1;
		if (budget.spent >= budget.step) {
			budget.spent = 0;
			yield;
		}
	}
}

/** "hub#heading|alias" → "hub"; "" for a link to a heading of the same note. */
function linkTarget(inner: string): string {
	let t = withoutAliasOrHeading(inner);
	// In tables the pipe is escaped: [[hub\|alias]].
	if (t.endsWith("\\")) t = t.slice(0, -1);
	return t.trim();
}
