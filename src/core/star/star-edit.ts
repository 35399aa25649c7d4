// The STAR commands as pure edits: note text and cursor in, one change and the new selection out.
// The editor adapter applies the change as a single transaction (one undo step).
import type { Lang, LabelWords, ParseOptions } from "../types";
import { detectLang } from "../lang";
import { type AnswerTarget, type LocateInput, type Pos, locateAnswer } from "./locate-answer";
import { type Scaffold, convertToStar, starScaffold } from "./star-convert";

export interface StarEdit {
	kind: "edit";
	from: Pos;
	to: Pos;
	text: string;
	/** Selection after the edit: the first empty part's placeholder (anchor = head when none). */
	anchor: Pos;
	head: Pos;
	/** The question had no answer, so a blank scaffold was written. */
	wroteBlank: boolean;
}

export type ConvertPlan = StarEdit | { kind: "already-star" } | { kind: "nothing" };

export interface ConvertEditOptions extends ParseOptions {
	keepOriginal: boolean;
	/** Language of the labels; the note's own language when absent. */
	lang?: Lang;
}

/**
 * Where an offset into `text` lands once `text` is written at `from` with `indent` put before each
 * non-empty line (the first line too: `from.ch` is then 0 or the indent is "").
 */
function posAt(text: string, offset: number, from: Pos, indent: string): Pos {
	const before = text.slice(0, offset).split("\n");
	const k = before.length - 1;
	const lineText = text.split("\n")[k];
	const col = before[k].length;
	return { line: from.line + k, ch: (k === 0 ? from.ch : 0) + (lineText === "" ? 0 : indent.length) + col };
}

function indentLines(text: string, indent: string): string {
	if (indent === "") return text;
	return text
		.split("\n")
		.map((line) => (line === "" ? line : indent + line))
		.join("\n");
}

/** A scaffold written at `at`, on lines of its own, with a blank line around it. */
function insertScaffold(noteLines: string[], at: Pos, scaffold: Scaffold, indent: string): StarEdit {
	const lineText = noteLines[at.line] ?? "";
	const onBlankLine = lineText.trim() === "";
	const from = onBlankLine ? { line: at.line, ch: 0 } : { line: at.line, ch: lineText.length };
	const to = { line: at.line, ch: lineText.length };
	const lead = onBlankLine ? "" : "\n\n";
	const next = noteLines[at.line + 1];
	const tail = next !== undefined && next.trim() !== "" ? "\n" : "";
	const start = { line: from.line + (onBlankLine ? 0 : 2), ch: 0 };
	return {
		kind: "edit",
		from,
		to,
		text: lead + indentLines(scaffold.text, indent) + tail,
		anchor: posAt(scaffold.text, scaffold.cursor, start, indent),
		head: posAt(scaffold.text, scaffold.cursorEnd, start, indent),
		wroteBlank: true,
	};
}

function convertTarget(noteLines: string[], target: AnswerTarget, opts: ConvertEditOptions): ConvertPlan {
	const lang = opts.lang ?? detectLang(target.text || noteLines.join("\n"));
	if (target.kind === "empty-answer") {
		return insertScaffold(noteLines, target.from, starScaffold(lang, opts.labels), target.indent);
	}
	const result = convertToStar(target.text, { lang, labels: opts.labels, keepOriginal: opts.keepOriginal });
	if (result.kind === "already-star") return result;
	if (result.kind === "empty") {
		return insertScaffold(noteLines, target.from, starScaffold(lang, opts.labels), target.indent);
	}
	// Blank lines around the parts, so they are not read as one paragraph with the lines next to them.
	// An answer that starts on its label's line (`**Answer**: I …`) leaves the label alone on that line.
	const afterLabel = target.from.ch > 0 && target.kind === "answer";
	const labelLine = noteLines[target.from.line];
	const from = afterLabel ? { line: target.from.line, ch: labelLine.slice(0, target.from.ch).trimEnd().length } : target.from;
	const above = target.from.ch === 0 ? noteLines[target.from.line - 1] : undefined;
	const below = noteLines[target.to.line + 1];
	const lead = afterLabel ? "\n\n" : above !== undefined && above.trim() !== "" ? "\n" : "";
	const tail = below !== undefined && below.trim() !== "" ? "\n" : "";
	const start = lead ? { line: target.from.line + lead.length, ch: 0 } : target.from;
	return {
		kind: "edit",
		from,
		to: target.to,
		text: lead + indentLines(result.text, target.indent) + tail,
		anchor: posAt(result.text, result.cursor, start, target.indent),
		head: posAt(result.text, result.cursorEnd, start, target.indent),
		wroteBlank: false,
	};
}

/**
 * The note's line end. Lines are read without their "\r" (positions stay valid: the "\r" ends its
 * line) and written text gets the note's own line end, so a CRLF note stays CRLF.
 */
export function lineEnd(noteText: string): "\n" | "\r\n" {
	const crlf = (noteText.match(/\r\n/g) ?? []).length;
	return crlf > 0 && crlf * 2 >= (noteText.match(/\n/g) ?? []).length ? "\r\n" : "\n";
}

function withLineEnd<T extends { text: string }>(edit: T, eol: "\n" | "\r\n"): T {
	return eol === "\n" ? edit : { ...edit, text: edit.text.replace(/\r?\n/g, eol) };
}

/** The edit of "Convert answer to STAR template" at the cursor or selection. */
export function planConvert(noteText: string, at: LocateInput, opts: ConvertEditOptions): ConvertPlan {
	const eol = lineEnd(noteText);
	const text = noteText.replace(/\r\n/g, "\n");
	const target = locateAnswer(text, at, opts);
	if (!target) return { kind: "nothing" };
	const plan = convertTarget(text.split("\n"), target, opts);
	return plan.kind === "edit" ? withLineEnd(plan, eol) : plan;
}

/** The edit of "Insert STAR template" at the cursor, in the note's language. */
export function planInsert(noteText: string, cursor: Pos, labels: LabelWords, lang?: Lang): StarEdit {
	const scaffold = starScaffold(lang ?? detectLang(noteText), labels);
	const noteLines = noteText.replace(/\r\n/g, "\n").split("\n");
	const line = noteLines[cursor.line] ?? "";
	const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
	return withLineEnd({ ...insertScaffold(noteLines, cursor, scaffold, line.trim() === "" ? "" : indent), wroteBlank: false }, lineEnd(noteText));
}
