// parseNote bounds a piece's over-deep lines (`- - - … x`) only once the cut scan has seen one:
// a piece read before then must be one that bounding would leave as it is, whatever the note.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { cutPieces, type ScanSeen } from "../../../src/core/parse/chunks";
import { boundNesting, MAX_CONTAINERS_PER_LINE } from "../../../src/core/parse/bound-lines";
import { parseNote } from "../../../src/core/parse/parse-note";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const opened = (n: number, marker: string): string => `${marker.repeat(n)}x`;
const LINES = [
	"## 为什么离职？",
	"回答：想离家近。",
	"",
	"   ",
	"- 一项",
	"  - 下一层",
	"> 引用",
	"1. 第一",
	"```",
	"~~~",
	"<div>",
	"**问题：如何复盘？**",
	opened(MAX_CONTAINERS_PER_LINE, "- "),
	opened(MAX_CONTAINERS_PER_LINE + 1, "- "),
	opened(MAX_CONTAINERS_PER_LINE + 1, "> "),
	opened(MAX_CONTAINERS_PER_LINE + 1, "1. "),
	` ${opened(MAX_CONTAINERS_PER_LINE + 3, "* ")}`,
	`${"长".repeat(300)}${opened(20, "- ")}`,
	`${"- ".repeat(200)}x`,
	// Longer than four pieces: read in parts, and a part may start in the middle of its markers.
	`${"长".repeat(1100)}${"- ".repeat(700)}x`,
];
const note = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 120 }).map((lines) => lines.join("\n"));

describe("what the cut scan has seen", () => {
	it("no piece read before an over-deep line is seen holds one (bounding it would change nothing)", () => {
		fc.assert(
			fc.property(note, fc.constantFrom(256, 512), (text, chunkChars) => {
				const seen: ScanSeen = { deep: false };
				const pieces = cutPieces(text, { chunkChars }, [], seen);
				// Read as parseNote reads them: the next piece is taken before this one is read.
				for (let next = pieces.next(); !next.done; ) {
					const p = next.value;
					next = pieces.next();
					const body = text.slice(p.start, p.end);
					if (!seen.deep && !p.plain) expect(boundNesting(body), body).toBe(body);
				}
			}),
			seeded({ numRuns: 1500 }),
		);
	});

	it("a note with a line of too many containers reads it bounded, as before", () => {
		const deep = `## 问题：为什么选我们？\n\n${opened(3000, "- ")}\n\n## 问题：如何复盘？\n\n先列时间线。`;
		const opts = { labels: DEFAULT_SETTINGS.labels, promptHeadings: DEFAULT_SETTINGS.promptHeadings };
		const parsed = parseNote("n.md", deep, opts);
		expect(parsed.questions.map((q) => q.text)).toEqual(["为什么选我们？", "如何复盘？"]);
		// Bounded: read as the same line with one marker past the bound is read (eight nested items around "x").
		const bounded = parseNote("n.md", deep.replace(opened(3000, "- "), opened(MAX_CONTAINERS_PER_LINE + 1, "- ")), opts);
		const shape = (q: (typeof parsed.questions)[number]): unknown => [q.text, q.line, q.answerLines, q.answered, q.parts.hint];
		expect(parsed.questions.map(shape)).toEqual(bounded.questions.map(shape));
	});
});
