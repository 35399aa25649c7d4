// A note of ordinary size is read whole, in one step (the fast reader is linear: pieces were for
// remark). It must give exactly what reading it in pieces gives, and what remark gives: lines that
// are read differently in pieces (a long line thick with markup, a line opening too many
// containers) keep the note on the piece path.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { DEFAULT_TUNING, parseNote } from "../../../src/core/parse/parse-note";
import { parseMarkdown } from "../../../src/core/parse/remark-reader";
import type { ParsedNote } from "../../../src/core/types";
import { noteView as view, OPTS } from "./helpers";
import { ParseMemo } from "../../../src/core/parse/parse-memo";
import { hardNote } from "./fast/hard-notes";
import { wholeNoteStarts } from "../../../src/core/parse/whole-note";
import { MAX_CONTAINERS_PER_LINE } from "../../../src/core/parse/bound-lines";

/** parseNote as the plugin runs it (DEFAULT_TUNING) against the same note read in pieces, by the fast reader and by remark. */
function sameAsPieces(text: string): ParsedNote {
	const whole = parseNote("n.md", text, OPTS);
	expect(view(whole), JSON.stringify(text)).toEqual(view(parseNote("n.md", text, OPTS, { chunkChars: 256, reader: "fast" })));
	expect(view(whole), JSON.stringify(text)).toEqual(view(parseNote("n.md", text, OPTS, { chunkChars: 4096, reader: parseMarkdown })));
	return whole;
}

/** `n` short paragraphs, to put lines in other pieces. */
const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `第${i}段：先倾听，再处理，最后复盘。`).join("\n\n");

describe("a note read whole gives what its pieces give", () => {
	it("on random notes of hard constructs, several run together", () => {
		const many = fc.array(hardNote(30), { minLength: 1, maxLength: 5 }).map((ns) => ns.join("\n\n"));
		fc.assert(fc.property(many, (text) => void sameAsPieces(text)), seeded({ numRuns: 200 }));
	});

	it("a long heading thick with markup is plain text, as in pieces: no question", () => {
		const dense = "## 为什么离职？ " + "[a](b) *c* `d` ".repeat(120);
		const note = sameAsPieces(`# 准备\n\n${dense}\n\n## How do you plan?\n\nI plan.`);
		expect(note.questions.map((q) => q.text)).toEqual(["How do you plan?"]);
	});

	// (Found by `npm run fuzz`.) A link defined inside a quote or a list item is defined for the whole
	// note, as at the top level: a piece that refers to it reads the link, as the whole note does.
	it("a link defined in a quote or a list item reads as a link in every piece", () => {
		const padding = paragraphs(40);
		for (const where of [">\t[b]:\t/u\t(t)", "> [b]: /u", "- [b]: /u", "1. > [b]: /u"]) {
			const note = sameAsPieces(`**问题：**\n[b] 你怎么看？\n\n${padding}\n\n${where}\n`);
			expect(note.questions.map((q) => q.text)).toEqual(["b 你怎么看？"]);
		}
	});

	// (Found by `npm run fuzz`.) A label may hold a bracket escaped with a backslash (`[a\]]`): its definition
	// in another piece is given to the piece that refers to it, as any other.
	it("a link whose label holds an escaped bracket reads as a link in every piece", () => {
		const padding = paragraphs(40);
		for (const [ref, def] of [["[a\\]]", "[a\\]]: /u"], ["[x\\[y]", "> [x\\[y]: /u"], ["[t][a\\]]", "- [a\\]]: /u 'title'"]]) {
			const note = sameAsPieces(`**问题：**\n${ref} 你怎么看？\n\n${padding}\n\n${def}\n`);
			expect(note.questions).toHaveLength(1);
			expect(note.questions[0].text).not.toContain("\\");
		}
	});

	// (Found by `npm run fuzz`.) remark ends an HTML block or fence left open in a list item after the blank
	// line that follows it, at the start of the next line: the item, and a question it asks, end there. A cut
	// before that line ended them a line early; wherever the cut falls, the pieces read as the whole note.
	it("an HTML block or a fence left open in a list item, a blank line, then a line at the margin", () => {
		for (const opener of ["<![CDATA[", "```js", "<pre>", "<?php", "<!DOCTYPE x"]) {
			for (let pad = 200; pad < 260; pad++) {
				const note = sameAsPieces(`${"a".repeat(pad)}\n\n- **为什么？**\n  - ${opener}\n\n> x`);
				expect(note.questions.map((q) => [q.text, q.endLine])).toEqual([["为什么？", 6]]);
			}
		}
	});

	// (Found by `npm run fuzz`, seed 2003582401.) A piece is read with the definitions of its links put
	// after it, past a blank line. A fence or HTML block opened by an indented line of a list item and
	// left open at the piece's end took that blank line in: the item, and the answer, ran one line into
	// the next piece, over the heading that begins it.
	it("a fence or HTML block left open in a list item at a cut, in a piece with a link", () => {
		for (const [item, opener] of [["1. ", "    ```js"], ["- ", "  ~~~"], ["1. ", "   <pre>"], ["- ", "  <?php"]]) {
			for (let pad = 200; pad < 260; pad++) {
				const note = sameAsPieces(`[b]: /u\n\n${"a".repeat(pad)}\n\n${item}**为什么离职？** [b]\n\n${opener}\n# 下一节\n\n正文。`);
				expect(note.questions.map((q) => [q.text, q.endLine])).toEqual([["为什么离职？ b", 7]]);
			}
		}
	});

	it("a line opening more containers than allowed, or a long line, keeps the note in pieces", () => {
		expect(wholeNoteStarts("a\n\n- b\n> c\n", 100)).toEqual([0, 2, 3, 7, 11]);
		expect(wholeNoteStarts("a\n" + "> ".repeat(MAX_CONTAINERS_PER_LINE) + "x", 100)).not.toBeNull();
		expect(wholeNoteStarts("a\n" + "> ".repeat(MAX_CONTAINERS_PER_LINE + 1) + "x", 100)).toBeNull();
		expect(wholeNoteStarts("- ".repeat(MAX_CONTAINERS_PER_LINE + 1) + "x", 100)).toBeNull();
		expect(wholeNoteStarts("x".repeat(2000), 4000)).toBeNull();
		expect(wholeNoteStarts("x".repeat(200), 100)).toBeNull();
		const deep = "> ".repeat(12) + "- - - - - - - - - - 为什么选我们？";
		sameAsPieces(`## 问题：如何复盘？\n\n${deep}\n\n先列时间线。\n\n- 你的优点是什么？`);
	});

	it("a note longer than a whole read takes is read in pieces, with the same questions", () => {
		const section = (i: number) => `## 问题${i}：如何处理客户投诉？\n\n> 我会先倾听，再[[方案${i}]]。\n\n**思路**：共情。\n\n`;
		const text = Array.from({ length: 2000 }, (_, i) => section(i)).join("");
		expect(text.length).toBeGreaterThan(DEFAULT_TUNING.wholeUpTo ?? 0);
		const note = parseNote("n.md", text, OPTS);
		expect(note.questions).toHaveLength(2000);
		expect(view(note)).toEqual(view(parseNote("n.md", text, OPTS, { chunkChars: 1e9 })));
	});
});

describe("an edited note is read in pieces, to reuse the ones the edit did not touch", () => {
	// A question's text is its identity (its key, its review history): an edit elsewhere must not change it.
	it("keeps a question's text when its link is defined in a quote in another piece", () => {
		const padding = paragraphs(300);
		const text = `**问题：**\n[b] 你怎么看？\n\n${padding}\n\n> [b]: /u\n`;
		expect(parseNote("n.md", text, OPTS).questions.map((q) => q.text)).toEqual(["b 你怎么看？"]);
		const edited = parseNote("n.md", `${text}\n新的一段。\n`, OPTS, { ...DEFAULT_TUNING, memo: new ParseMemo(null) });
		expect(edited.questions.map((q) => q.text)).toEqual(["b 你怎么看？"]);
	});

	it("a second edit of a 12K note reads again only the piece it changed", () => {
		const section = (i: number) => `## 问题${i}：如何处理客户投诉？\n\n> 我会先倾听，再[[方案${i}]]。\n\n`;
		const text = Array.from({ length: 200 }, (_, i) => section(i)).join("");
		expect(text.length).toBeLessThan(DEFAULT_TUNING.wholeUpTo ?? 0);
		const first = new ParseMemo(null);
		parseNote("n.md", text, OPTS, { ...DEFAULT_TUNING, memo: first });
		const edited = text.replace("再[[方案150]]", "再[[方案150]]，然后复盘");
		const second = new ParseMemo(first);
		const note = parseNote("n.md", edited, OPTS, { ...DEFAULT_TUNING, memo: second });
		expect(view(note)).toEqual(view(parseNote("n.md", edited, OPTS)));
		expect(second.stats.pieces).toBeGreaterThan(1);
		expect(second.stats.piecesReused).toBe(second.stats.pieces - 1);
	});
});
