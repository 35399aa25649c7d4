// A big note is read in sections (issue 3; remark's time grows faster than the note, issue 8): each
// piece handed to the Markdown reader stays small whatever the note's shape. The reader is replaced by
// a recorder here, so the test measures the pieces, not the time.
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../src/core/labels";
import { DEFAULT_TUNING, parseNote } from "../../src/core/parse/parse-note";
import type { ParseOptions } from "../../src/core/types";

const pieces: string[] = [];
/** A reader that reads every piece, as remark (the reference) does, and only records it. */
const RECORDER = { ...DEFAULT_TUNING, reader: (text: string) => (pieces.push(text), { type: "root" as const, children: [] }) };

const OPTS: ParseOptions = { labels: DEFAULT_LABELS, promptHeadings: true };
const MB5 = 5_000_000;
/** Largest piece the reader may get. remark on 128 KB of lists under headings already takes seconds. */
const MAX_PIECE = 128 * 1024;

function repeatTo(size: number, make: (i: number) => string): string {
	const out: string[] = [];
	let len = 0;
	for (let i = 0; len < size; i++) {
		const s = make(i);
		out.push(s);
		len += s.length;
	}
	return out.join("");
}

const section = (i: number) => `## ${i + 1}. 如何处理客户投诉？\n\n**思路**：先倾听，再处理。\n\n> 我会先安抚客户的情绪。\n\n- 要点一\n- 要点二\n\n`;

beforeEach(() => {
	pieces.length = 0;
});

function expectSections(text: string): void {
	parseNote("big.md", text, OPTS, RECORDER);
	const largest = Math.max(...pieces.map((p) => p.length));
	expect(pieces.length, "pieces").toBeGreaterThan(1);
	expect(largest, `largest of ${pieces.length} pieces`).toBeLessThanOrEqual(MAX_PIECE);
	// Together the pieces are the whole note, once (line breaks between pieces aside).
	expect(pieces.reduce((n, p) => n + p.length, 0) + pieces.length - 1).toBe(text.replace(/\r\n|\r/g, "\n").length);
}

describe("a 5 MB note is read in sections of bounded size", () => {
	it("sections of ## questions", () => {
		expectSections(repeatTo(MB5, section));
	});

	it("a # title over ## sections (the usual shape of a prep note)", () => {
		expectSections(`# 面试准备\n\n${repeatTo(MB5, section)}`);
	});

	it("## topics over ### questions, under a # title", () => {
		expectSections(`# 面试准备\n\n${repeatTo(MB5, (i) => (i % 20 === 0 ? `## 第${i / 20 + 1}部分\n\n` : "") + section(i).replace(/^## /, "### "))}`);
	});

	it("no headings at all: bold questions with answers", () => {
		expectSections(repeatTo(MB5, (i) => `**问题${i + 1}：你如何挖掘客户的潜在需求？**\n我会先倾听客户。\n\n`));
	});
});
