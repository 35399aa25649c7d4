import { DEFAULT_LABELS } from "../../../src/core/labels";
import { parseNote } from "../../../src/core/parse/parse-note";
import type { ExtractedQuestion, ParsedNote, ParseOptions } from "../../../src/core/types";

export const OPTS: ParseOptions = { labels: DEFAULT_LABELS, promptHeadings: true };

/** Parse lines joined with "\n". */
export function parse(lines: string[] | string, opts: ParseOptions = OPTS): ExtractedQuestion[] {
	return parseNote("note.md", Array.isArray(lines) ? lines.join("\n") : lines, opts).questions;
}

export function texts(lines: string[] | string, opts: ParseOptions = OPTS): string[] {
	return parse(lines, opts).map((q) => q.text);
}

/** What two parses of a note must agree on: warnings and each question's every field. */
export const noteView = (n: ParsedNote) => ({
	warnings: n.warnings,
	questions: n.questions.map((q) => ({
		text: q.text, form: q.form, line: q.line, endLine: q.endLine, topic: q.topic, answered: q.answered,
		answerLines: q.answerLines, answerMarkdown: q.answerMarkdown, parts: q.parts, star: q.star,
	})),
});
