// questionKey reads the text in one pass, each character classed once by the patterns: it must give
// the key the patterns alone give (question-key.reference.ts) for any text, or ids would change.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seeded } from "../property-seed";
import { questionKey } from "../../src/core/normalize";
import { referenceKey } from "./question-key.reference";

// Scripts and the characters between them: CJK and its small words, kana (and the long-vowel mark, of
// no script), Hangul, Latin words small and not, digits, full-width and compatibility forms NFKC changes,
// accents and combining marks, Greek and Cyrillic, capitals whose lower case grows, punctuation, markup,
// numbering, a trailing note, white space of several kinds, and characters beyond the first plane.
const PIECES = [
	"如何", "处理", "客户", "你", "的", "了", "吗", "请", "是", "三次握手", "〇", "々", "あい", "カタ", "ー", "・", "한국", "ｶ", "⼀",
	"the", "you", "tcp", "a", "b1", "Apple", "HTTP", "42", "１２", "Ａｂ", "①", "²", "Ⅻ", "Ⓐ", "é", "e\u0301", "ß", "İ", "Σ", "Жизнь",
	" ", "  ", "\u3000", "\u00a0", "\u200b", "?", "？", "，", "-", "/", "**", "`", "[[x]]", "1. ", "问题1：", "Q3: ", "（补充）", "😀", "𠀀", "\ud800",
];
const arbText = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((xs) => xs.join(""));

describe("questionKey in one pass", () => {
	it("is the key the patterns give, for any text", () => {
		fc.assert(
			fc.property(arbText, (text) => {
				expect(questionKey(text)).toBe(referenceKey(text));
			}),
			seeded({ numRuns: 3000 }),
		);
	});

	it("is the key the patterns give for every question-like line of the seed notes", () => {
		const dir = join(fileURLToPath(new URL(".", import.meta.url)), "../fixtures");
		const lines: string[] = [];
		const walk = (d: string): void => {
			for (const e of readdirSync(d, { withFileTypes: true })) {
				if (e.isDirectory()) walk(join(d, e.name));
				else if (e.name.endsWith(".md")) lines.push(...readFileSync(join(d, e.name), "utf8").split("\n"));
			}
		};
		walk(dir);
		expect(lines.length).toBeGreaterThan(100);
		for (const line of lines) expect(questionKey(line)).toBe(referenceKey(line));
	});
});
