// An edited note parsed with its last parse's memo gives exactly what a fresh parse of the new text
// gives (questions, answers, parts, lines, links, warnings), while reading again only what changed.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { parseNote, type ParseTuning } from "../../../src/core/parse/parse-note";
import { ParseMemo } from "../../../src/core/parse/parse-memo";
import type { ParsedNote } from "../../../src/core/types";
import { hardNote } from "./fast/hard-notes";
import { OPTS } from "./helpers";

/** Small pieces, so a note of a few KB is many of them. */
const PIECES: ParseTuning = { chunkChars: 256 };

/** Parses each text in turn, each with the memo of the one before; returns every result and memo. */
function edits(texts: readonly string[]): { note: ParsedNote; memo: ParseMemo }[] {
	let memo: ParseMemo | null = null;
	return texts.map((text) => {
		memo = new ParseMemo(memo);
		return { note: parseNote("n.md", text, OPTS, { ...PIECES, memo }), memo };
	});
}

/** Every parse in the chain equals a fresh parse of its text. */
function sameAsFresh(texts: readonly string[]): ParseMemo[] {
	const runs = edits(texts);
	runs.forEach((r, i) => expect(r.note).toEqual(parseNote("n.md", texts[i], OPTS, PIECES)));
	return runs.map((r) => r.memo);
}

const question = (i: number): string =>
	[`## ${i + 1}. 如何处理第${i}位客户的投诉？`, "", "**思路**：先倾听，再处理。", "", `> 我会先安抚客户的情绪，然后[[方案${i}]]。`, "", "- 要点一", "- 要点二", ""].join("\n");
/** A note's lines: a title and `n` questions of 9 lines each. */
const note = (n: number): string[] => ["# 面试准备", "", ...Array.from({ length: n }, (_, i) => question(i).split("\n")).flat()];

describe("a parse with the last parse's memo", () => {
	it("an edit inside one piece reads that piece again and reuses the others", () => {
		const before = note(40);
		const after = [...before];
		after[58] = after[58].replace("先倾听", "先认真倾听");
		expect(after[58]).toBe("**思路**：先认真倾听，再处理。");
		const [, memo] = sameAsFresh([before.join("\n"), after.join("\n")]);
		expect(memo.stats.pieces).toBeGreaterThan(10);
		expect(memo.stats.piecesReused).toBe(memo.stats.pieces - 1);
		expect(memo.stats.answersReused).toBe(memo.stats.answers - 1);
	});

	it("an edit that moves every later line keeps those pieces, at their new lines", () => {
		const before = note(40);
		const after = [...before.slice(0, 3), "新加的一行。", "", "## 新问题：你为什么想来？", "", "因为喜欢。", "", ...before.slice(3)];
		const [, moved, back] = sameAsFresh([before.join("\n"), after.join("\n"), before.join("\n")]);
		expect(moved.stats.piecesReused).toBeGreaterThan(moved.stats.pieces - 3);
		expect(back.stats.piecesReused).toBeGreaterThan(back.stats.pieces - 3);
	});

	it("an edit that opens or closes a fence spanning pieces reads what it changed", () => {
		const code = Array.from({ length: 80 }, (_, i) => `const line${i} = "## 不是问题${i}？";`);
		const fenced = [...note(6), "```ts", ...code, "```", "", ...note(6).slice(2)];
		const open = fenced.indexOf("```ts");
		const unclosed = fenced.filter((_, i) => i !== open + 1 + code.length);
		const unopened = fenced.filter((_, i) => i !== open);
		sameAsFresh([fenced.join("\n"), unclosed.join("\n"), fenced.join("\n"), unopened.join("\n"), fenced.join("\n")]);
	});

	it("a piece met twice in one note is read for each place", () => {
		const twice = [...note(8), ...note(8)].join("\n");
		sameAsFresh([twice, twice.replace("# 面试准备", "# 面试准备二"), twice]);
	});

	it("a link definition that changes reads every piece that may refer to it again", () => {
		// The question's text is "你听说过敏捷吗？" with the definition, its own markup without.
		const text = (url: string): string => ["- 你听说过[敏捷][x]吗？", "", ...note(12), ...note(12).slice(2), `[x]: ${url}`, ""].join("\n");
		sameAsFresh([text("http://a"), text("http://b"), text("http://b").replace("[x]: http://b", ""), text("http://a")]);
	});

	it("a comment edited, opened or left open", () => {
		const before = [...note(10), "%%一个注释%%", ...note(10).slice(2)].join("\n");
		sameAsFresh([before, before.replace("%%一个注释%%", "%%另一注释%%"), before.replace("%%一个注释%%", "%%一个注释")]);
	});
});

/** Lines of notes with many questions and pieces, and the constructs that carry over a cut. */
const LINE = fc.constantFrom(
	"", "", "", "# 标题", "## 你为什么离职？", "### 主题", "#### **1. 如何处理投诉？**", "- 要点", "- 你的优点是什么？", "  - 子项", "1. 第一",
	"> 我会先倾听。", "> [!question] 你的缺点？", "```", "~~~", "    indented", "---", "===", "**问题1：你如何挖掘需求？**", "**思路**：先倾听。",
	"Q: Why?", "A: Because.", "问：为什么？", "答：因为。", "普通段落文字，比较长的一段话，说明很多细节。", "我叫小王。", "<div>", "</div>", "<pre>", "</pre>",
	"%%", "<!--", "-->", "[x]: http://a", "[链接][x]",
);
const plainNote = fc.array(LINE, { minLength: 20, maxLength: 250 }).map((lines) => lines.join("\n"));

/** An edit: replace `remove` lines at `at` (a fraction of the note) by `insert`. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(6), insert: fc.array(fc.constantFrom("", "## 问题：为什么？", "```", "~~~", "> 引用", "- 项", "<div>", "%%", "-->", "[a]: /u", "答：因为。", "===", "Q: Why?"), { maxLength: 4 }) });

function applyEdit(text: string, e: { at: number; remove: number; insert: string[] }): string {
	const lines = text.split("\n");
	const at = Math.floor(e.at * lines.length);
	lines.splice(at, e.remove, ...e.insert);
	return lines.join("\n");
}

describe("any chain of edits of any note", () => {
	it("gives, at every step, a fresh parse's result", () => {
		fc.assert(
			fc.property(fc.oneof(plainNote, hardNote(150)), fc.array(edit, { minLength: 1, maxLength: 4 }), (start, es) => {
				const texts = [start];
				for (const e of es) texts.push(applyEdit(texts[texts.length - 1], e));
				sameAsFresh(texts);
			}),
			seeded({ numRuns: 150 }),
		);
	});
});
