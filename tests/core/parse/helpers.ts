import { DEFAULT_LABELS } from "../../../src/core/labels";
import { parseNote } from "../../../src/core/parse/parse-note";
import type { ExtractedQuestion, ParseOptions } from "../../../src/core/types";

export const OPTS: ParseOptions = { labels: DEFAULT_LABELS, promptHeadings: true };

/** Parse lines joined with "\n". */
export function parse(lines: string[] | string, opts: ParseOptions = OPTS): ExtractedQuestion[] {
	return parseNote("note.md", Array.isArray(lines) ? lines.join("\n") : lines, opts).questions;
}

export function texts(lines: string[] | string, opts: ParseOptions = OPTS): string[] {
	return parse(lines, opts).map((q) => q.text);
}
