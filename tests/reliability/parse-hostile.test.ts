// parseNote and buildIndex on notes that try to break them: never a throw, line numbers always right.
// No timings here (a shared 2-core machine): sizes and structure only; speed is in the benchmark.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { DEFAULT_LABELS } from "../../src/core/labels";
import { parseNote } from "../../src/core/parse/parse-note";
import { extractWikilinks } from "../../src/core/wikilinks";
import { buildIndex } from "../../src/core/index/question-index";
import type { ParsedNote, ParseOptions, QuestionIndex } from "../../src/core/types";
import { deepNesting, filler, hostileMarkdown, lineCount, lineOf, manyHeadings, nestedList, nestedQuote } from "./hostile-notes";

const OPTS: ParseOptions = { labels: DEFAULT_LABELS, promptHeadings: true };
/** Big inputs on a shared machine: a generous limit (this is not a speed test). */
const HEAVY = 180_000;

/** Everything a reader of ParsedNote relies on, checked on one note. */
function checkNote(note: ParsedNote, path: string, text: string): void {
	expect(note.path).toBe(path);
	expect(Array.isArray(note.warnings)).toBe(true);
	const last = lineCount(text);
	for (const q of note.questions) {
		expect(q.text.trim()).not.toBe("");
		expect(Number.isInteger(q.line) && q.line >= 1 && q.line <= last).toBe(true);
		expect(q.endLine).toBeGreaterThanOrEqual(q.line);
		expect(q.endLine).toBeLessThanOrEqual(last);
		if (q.answerLines) {
			expect(q.answerLines.start).toBeGreaterThanOrEqual(q.line);
			expect(q.answerLines.start).toBeLessThanOrEqual(q.answerLines.end);
			expect(q.answerLines.end).toBeLessThanOrEqual(q.endLine);
		}
		// An answer lies in the note; the note's text (a hint alone, a scaffold) need not be an answer.
		if (q.answered) expect(q.answerLines).not.toBeNull();
		if (q.answerLines === null) expect(q.answerMarkdown).toBe("");
	}
}

/** Everything a reader of QuestionIndex relies on. */
function checkIndex(index: QuestionIndex, notes: ParsedNote[]): void {
	const total = notes.reduce((n, x) => n + x.questions.length, 0);
	expect(index.questions).toHaveLength(total);
	expect(index.notes.map((n) => n.path).sort()).toEqual(notes.map((n) => n.path).sort());
	const ids = index.questions.map((q) => q.id);
	expect(new Set(ids).size).toBe(ids.length);
	expect(index.byId.size).toBe(ids.length);
	for (const q of index.questions) {
		expect(index.byId.get(q.id)).toBe(q);
		if (q.variantOf !== null) {
			const canon = index.byId.get(q.variantOf);
			expect(canon?.variantOf).toBeNull();
			expect(canon?.variants).toContain(q.id);
		}
	}
	for (const g of index.gaps) {
		const q = index.byId.get(g);
		expect(q?.variantOf).toBeNull();
		expect(q?.covered).toBe(false);
	}
}

describe("parseNote and buildIndex on random hostile notes", () => {
	it("never throw, and every line number points inside the note", () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(hostileMarkdown, deepNesting), { minLength: 1, maxLength: 4 }), (texts) => {
				const notes = texts.map((t, i) => {
					const n = parseNote(`n${i}.md`, t, OPTS);
					checkNote(n, `n${i}.md`, t);
					return n;
				});
				checkIndex(buildIndex(notes), notes);
			}),
			seeded({ numRuns: 250 }),
		);
	}, HEAVY);

	it("a note parses the same whatever its line endings (CRLF, CR) and a BOM", () => {
		fc.assert(
			fc.property(hostileMarkdown.map((t) => t.replace(/\r\n?/g, "\n").replace(/\ufeff/g, "")), (text) => {
				const lf = parseNote("x.md", text, OPTS).questions.map((q) => [q.text, q.line, q.endLine]);
				const crlf = parseNote("x.md", `\ufeff${text.replace(/\n/g, "\r\n")}`, OPTS).questions.map((q) => [q.text, q.line, q.endLine]);
				expect(crlf).toEqual(lf);
			}),
			seeded({ numRuns: 150 }),
		);
	});
});

describe("fixed hostile notes", () => {
	it("CJK and emoji, CRLF line endings and a BOM: questions found on their lines", () => {
		const text = "\ufeff# 准备 😀\r\n\r\n## 你为什么离职？😀\r\n\r\n> 想要更大的舞台。👩‍💻🇨🇳\r\n\r\n**问题2：如何处理客户投诉？**\r\n先倾听。\r\n";
		const n = parseNote("x.md", text, OPTS);
		checkNote(n, "x.md", text);
		expect(n.questions.map((q) => [q.text, q.line])).toEqual([
			["你为什么离职？😀", 3],
			["如何处理客户投诉？", 7],
		]);
		expect(n.questions[0].answerMarkdown).toBe("> 想要更大的舞台。👩‍💻🇨🇳");
	});

	it("NUL and lone surrogates inside a question do not break it or the index", () => {
		const text = "## 你\u0000为什么离职？\n\n> 回答\ud800。\n\n## 第二个问题是什么？\n\n回答\u0000二。\n";
		const n = parseNote("x.md", text, OPTS);
		checkNote(n, "x.md", text);
		expect(n.questions.map((q) => q.line)).toEqual([1, 5]);
		checkIndex(buildIndex([n]), [n]);
	});

	it("an unclosed code fence hides what follows it, and only that", () => {
		const text = "## 第一个问题是什么？\n\n回答一。\n\n```js\nconst q = '代码里的问题是什么？';\n## 代码里的标题是问题吗？\n";
		const n = parseNote("x.md", text, OPTS);
		checkNote(n, "x.md", text);
		expect(n.questions.map((q) => q.text)).toEqual(["第一个问题是什么？"]);
	});

	it("broken YAML front matter: the questions below it are still found, on their lines", () => {
		for (const fm of ["---\ntitle: [unclosed\ntags: {a: \n---\n", "---\n: : :\n\t- {\n---\n", "---\ntitle: 没有结束\n"]) {
			const text = `${fm}\n## 你为什么离职？\n\n> 想要更大的舞台。\n`;
			const n = parseNote("x.md", text, OPTS);
			checkNote(n, "x.md", text);
			const found = n.questions.find((q) => q.text === "你为什么离职？");
			// A front matter block that never closes may swallow the note (as Obsidian shows it); a closed one may not.
			if (fm.trimEnd().endsWith("---")) expect(found?.line, fm).toBe(lineOf(text, "你为什么离职"));
			else if (found) expect(found.line).toBe(lineOf(text, "你为什么离职"));
		}
	});

	it("lists and quotes nested 50 deep", () => {
		for (const text of [nestedList(50), nestedQuote(50), nestedList(50).replace(/^( *)- /gm, "$1> - ")]) {
			const n = parseNote("x.md", text, OPTS);
			checkNote(n, "x.md", text);
			for (const q of n.questions) expect(q.line).toBe(lineOf(text, q.text.replace(/？$/, "")));
		}
	});

	it("five thousand question headings: every one found, in order, on its line", () => {
		const text = manyHeadings(5000);
		const n = parseNote("x.md", text, OPTS);
		checkNote(n, "x.md", text);
		expect(n.questions).toHaveLength(5000);
		n.questions.forEach((q, i) => {
			expect(q.text).toBe(`第${i + 1}个问题是什么？`);
			expect(q.line).toBe(i * 4 + 1);
			expect(q.parts.answer).toContain(`回答${i + 1}。`);
		});
		// The same notes twice under two paths: every question of the copy is a variant, none lost.
		const copy = parseNote("copy.md", text, OPTS);
		const index = buildIndex([n, copy]);
		checkIndex(index, [n, copy]);
		expect(index.questions.filter((q) => q.variantOf === null)).toHaveLength(5000);
		expect(index.gaps).toEqual([]);
	}, HEAVY);

	it("a single line of 1 MB", () => {
		for (const text of [filler(1_000_000), `**问题：${filler(1_000_000)}？**\n回答。\n`, `## 问题是什么？\n\n${filler(1_000_000)}\n`]) {
			const n = parseNote("x.md", text, OPTS);
			checkNote(n, "x.md", text);
		}
		const answered = parseNote("x.md", `## 问题是什么？\n\n${filler(1_000_000)}\n`, OPTS).questions;
		expect(answered.map((q) => [q.line, q.answerLines])).toEqual([[1, { start: 3, end: 3 }]]);
	}, HEAVY);

	it("a paragraph of thousands of wikilinks: every link read", () => {
		// (A 1 MB line of them takes micromark minutes: its bracket matching is quadratic. See the benchmark.)
		const text = `## 索引\n\n${Array.from({ length: 5000 }, (_, i) => `[[笔记${i}]]`).join("")}\n`;
		const n = parseNote("x.md", text, OPTS);
		checkNote(n, "x.md", text);
		// (The links are scan's to read: the plugin takes them from Obsidian's link graph.)
		const links = extractWikilinks(text);
		expect(links).toHaveLength(5000);
		expect(links[4999]).toBe("笔记4999");
	});

	it("a 5 MB note: the questions at its end are found on their lines", () => {
		const parts = ["# 笔记", "", "## 开头的问题是什么？", "", "> 开头的回答。", ""];
		for (let k = 0; k < 5; k++) parts.push(filler(1_000_000), "", `## 第${k}段之后的问题是什么？`, "", `> 回答${k}。`, "");
		parts.push("**最后一个问题是什么？**", "最后的回答。");
		const text = parts.join("\n");
		expect(text.length).toBeGreaterThan(5_000_000);
		const n = parseNote("big.md", text, OPTS);
		checkNote(n, "big.md", text);
		expect(n.questions.map((q) => [q.text, q.line])).toEqual([
			["开头的问题是什么？", 3],
			...[0, 1, 2, 3, 4].map((k) => [`第${k}段之后的问题是什么？`, lineOf(text, `第${k}段之后的问题`)]),
			["最后一个问题是什么？", lineCount(text) - 1],
		]);
		const last = n.questions[n.questions.length - 1];
		expect(last.answerLines).toEqual({ start: lineCount(text), end: lineCount(text) });
	}, HEAVY);
});
