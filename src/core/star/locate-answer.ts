// Which text the STAR commands work on: the selection when there is one, else the answer of the
// question whose section holds the cursor. When the answer has a model-answer label (示范回答),
// only the model answer is taken, so hints (思路) stay as they are.
import type { ExtractedQuestion, ParseOptions } from "../types";
import { parseNote } from "../parse/parse-note";
import { findPartLabel } from "./star-labels";

/** 0-based line and column, as in Obsidian's Editor. */
export interface Pos {
	line: number;
	ch: number;
}

export interface AnswerTarget {
	/** "empty-answer": the question has no text of its own; `from` = `to` is where to write one. */
	kind: "answer" | "selection" | "empty-answer";
	from: Pos;
	to: Pos;
	/** The text in the range, with `indent` taken off each line. */
	text: string;
	/** Indentation shared by the range's lines (an answer inside a list item); put it back on output. */
	indent: string;
	/** The question whose answer this is (null for a selection outside any question). */
	question: ExtractedQuestion | null;
}

export interface LocateInput {
	cursor: Pos;
	/** A non-empty selection; it wins over the cursor. */
	selection?: { from: Pos; to: Pos } | null;
}

const RULE = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function isBlank(line: string): boolean {
	return line.trim() === "";
}

/** Leading whitespace every non-blank line shares. */
function commonIndent(lines: string[]): string {
	let indent: string | null = null;
	for (const line of lines) {
		if (isBlank(line)) continue;
		const own = /^[ \t]*/.exec(line)?.[0] ?? "";
		if (indent === null) indent = own;
		else {
			let k = 0;
			while (k < indent.length && k < own.length && indent[k] === own[k]) k++;
			indent = indent.slice(0, k);
		}
	}
	return indent ?? "";
}

function rangeTarget(
	lines: string[],
	kind: AnswerTarget["kind"],
	from: Pos,
	toLine: number,
	question: ExtractedQuestion | null,
): AnswerTarget {
	const slice = lines.slice(from.line, toLine + 1);
	slice[0] = slice[0].slice(from.ch);
	// After a label on the same line, the label line's own indentation is the answer's.
	const indent = from.ch === 0 ? commonIndent(slice) : (/^[ \t]*/.exec(lines[from.line])?.[0] ?? "");
	const text = slice.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())).join("\n");
	return { kind, from, to: { line: toLine, ch: lines[toLine].length }, text, indent, question };
}

/** The innermost question whose section holds this 0-based line. */
export function questionAt(questions: readonly ExtractedQuestion[], line: number): ExtractedQuestion | null {
	let best: ExtractedQuestion | null = null;
	for (const q of questions) {
		if (q.line - 1 <= line && line <= q.endLine - 1 && (best === null || q.line >= best.line)) best = q;
	}
	return best;
}

/** Where to write an answer for a question that has none: after its line, indented into a list item. */
const TABLE_ROW = /^\s*\|/;

/** Where the words after a question start on its line (past its closing marks and a dash), or -1 when none follow. */
function afterQuestion(line: string, question: string): number {
	const tail = question.slice(-Math.min(6, question.length));
	const at = line.lastIndexOf(tail);
	if (at < 0) return -1;
	let i = at + tail.length;
	i += /^[\s*_`]*(?:——|—|–|--|->|→)?\s*/.exec(line.slice(i))?.[0].length ?? 0;
	return i < line.trimEnd().length ? i : -1;
}

function emptyTarget(lines: string[], q: ExtractedQuestion, afterLine = q.line - 1): AnswerTarget {
	const line = afterLine;
	const item = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(lines[q.line - 1]);
	const indent = item ? " ".repeat(item[0].length) : "";
	const at = { line, ch: lines[line].length };
	return { kind: "empty-answer", from: at, to: at, text: "", indent, question: q };
}

/**
 * The last note parsed here. Obsidian asks both STAR commands whether they apply each time the palette
 * opens, then runs one: the same text is parsed once for all of that.
 */
let last: { text: string; labels: ParseOptions["labels"]; promptHeadings: boolean; questions: ExtractedQuestion[] } | null = null;

function questionsOf(noteText: string, opts: ParseOptions): ExtractedQuestion[] {
	if (last && last.text === noteText && last.labels === opts.labels && last.promptHeadings === opts.promptHeadings) return last.questions;
	const questions = parseNote("", noteText, opts).questions;
	last = { text: noteText, labels: opts.labels, promptHeadings: opts.promptHeadings, questions };
	return questions;
}

/** The question whose section holds this 0-based line of the note, or null. */
export function questionAtLine(noteText: string, line: number, opts: ParseOptions): ExtractedQuestion | null {
	return questionAt(questionsOf(noteText, opts), line);
}

export function locateAnswer(noteText: string, at: LocateInput, opts: ParseOptions): AnswerTarget | null {
	const lines = noteText.split("\n");
	const sel = at.selection;
	if (sel && (sel.from.line !== sel.to.line || sel.from.ch !== sel.to.ch)) {
		// Whole lines, so the labels start lines of their own; a selection ending at column 0 stops the line before.
		const [a, b] = sel.from.line < sel.to.line || (sel.from.line === sel.to.line && sel.from.ch <= sel.to.ch) ? [sel.from, sel.to] : [sel.to, sel.from];
		const last = b.ch === 0 && b.line > a.line ? b.line - 1 : b.line;
		const q = questionAt(questionsOf(noteText, opts), a.line);
		return rangeTarget(lines, "selection", { line: a.line, ch: 0 }, last, q);
	}
	const q = questionAt(questionsOf(noteText, opts), at.cursor.line);
	if (!q) return null;
	const own = q.line - 1;
	// A table row holds its question and its answer in cells: no edit can write there and keep the table.
	if (TABLE_ROW.test(lines[own] ?? "")) return null;
	if (!q.answerLines) return emptyTarget(lines, q);
	let start = q.answerLines.start - 1;
	let end = Math.min(q.answerLines.end - 1, lines.length - 1);
	let startCh = 0;
	// An answer on the question's own line ("问题？——答案", "**Why X?** Because…"): only the words after it.
	if (start === own) {
		const after = afterQuestion(lines[own], q.text);
		if (after < 0) start++;
		else startCh = after;
	}
	let labelLine = -1;
	for (let i = start; i <= end; i++) {
		const label = findPartLabel(lines[i], opts.labels);
		if (label?.key !== "answer") continue;
		labelLine = i;
		if (label.rest === "") start = i + 1;
		else {
			start = i;
			startCh = lines[i].trimEnd().length - label.rest.length;
		}
		// The model answer runs until the next hint or context label.
		for (let j = start + 1; j <= end; j++) {
			const next = findPartLabel(lines[j], opts.labels);
			if (next && next.key !== "answer") {
				end = j - 1;
				break;
			}
		}
		break;
	}
	if (startCh === 0) while (start <= end && isBlank(lines[start])) start++;
	while (end >= start && (isBlank(lines[end]) || RULE.test(lines[end]))) end--;
	if (end < start) return emptyTarget(lines, q, labelLine >= 0 ? labelLine : q.line - 1);
	return rangeTarget(lines, "answer", { line: start, ch: startCh }, end, q);
}
