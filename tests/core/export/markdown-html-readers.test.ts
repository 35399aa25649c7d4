// remark is the referee of the Anki export too: an answer's HTML is the same whichever reader reads
// it, on random answers made of what markdownToHtml renders (paragraphs, bold, italics, lists, quotes,
// code, links, wikilinks, line breaks, headings, HTML).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownToHtml, treeToHtml } from "../../../src/core/export/markdown-html";
import { parseMarkdown } from "../../../src/core/parse/remark-reader";
import { seeded } from "../../property-seed";
import { hardNote } from "../parse/fast/hard-notes";

const words = fc.constantFrom(
	"答案", "text", "先倾听，再道歉", "**bold**", "*italics*", "_em_", "__strong__", "***both***", "**思路**：", "“**重点**”文字", "~~gone~~",
	"`code`", "`` a`b ``", "[t](https://x)", "[链接](https://example.com/a?b=1&c=2 \"title\")", "[t](obsidian://open?vault=v)", "[rel](note.md)",
	"<https://auto.link>", "[[笔记]]", "[[笔记|别名]]", "[[a#b|c]]", "![[img.png]]", "![alt](https://x/i.png)", "<b>x</b>", "<br>", "&amp;",
	"&copy;", "a < b", "\"q\" & 'a'", "\\*not\\*", "*", "**", "[x]", "tab\there",
);
const text = fc.array(fc.tuple(words, fc.constantFrom("", " ", " ", "，")), { minLength: 1, maxLength: 5 }).map((ws) => ws.map(([w, s]) => w + s).join(""));
/** What a line opens with: containers and indents. */
const prefix = fc.constantFrom("", "", "", "", "> ", ">", "> > ", "- ", "* ", "+ ", "1. ", "2) ", "  ", "   ", "    ", "\t", "> - ", "- > ", "  - ", "    - ", "-\t", "1.  ");
/** A line's own part: text, a heading, a fence, indented code, an HTML block, a rule, nothing. */
const body = fc.oneof(
	{ weight: 6, arbitrary: text },
	{ weight: 1, arbitrary: text.map((t) => "## " + t) },
	{ weight: 2, arbitrary: fc.constantFrom("```", "```js", "~~~", "````", "  ```", "    code\tline", "<div>", "</div>", "<details>", "---", "***", "", "", "===", "<!-- c -->") },
);
/** Hard breaks: two spaces or a backslash at the end. */
const ending = fc.constantFrom("", "", "", "  ", "\\");
const line = fc.tuple(prefix, body, ending).map(([p, b, e]) => p + b + (b ? e : ""));
/** Front matter at the start (an answer cut from a note's top), now and then. */
const front = fc.constantFrom("", "", "", "", "---\na: 1\n---\n", "+++\na = 1\n+++\n", "---\n", "+++\n");
const answer = fc.tuple(front, fc.array(line, { minLength: 1, maxLength: 12 })).map(([f, ls]) => f + ls.join("\n"));

function sameAsReference(markdown: string): void {
	expect(markdownToHtml(markdown), JSON.stringify(markdown)).toBe(treeToHtml(parseMarkdown(markdown)));
}

describe("markdownToHtml against remark", () => {
	it("gives remark's HTML on random answers of what it renders", () => {
		fc.assert(fc.property(answer, sameAsReference), seeded({ numRuns: 500 }));
	});

	it("gives it on random notes of hard block constructs (code in lists and quotes, tabs, HTML blocks)", () => {
		fc.assert(fc.property(hardNote(30), sameAsReference), seeded({ numRuns: 300 }));
	});

	it("keeps code as written: fenced, indented, in a list, in a quote", () => {
		for (const md of ["```js\nconst a = 1;\n\tb();\n```", "    x = 1\n\n      y\n", "- item\n\n  ```\n  code\n   more\n  ```", "> ```\n> a\n>  b\n> ```", "1. x\n\n       indented\n", "- ```\n\tt\n  ```"]) {
			sameAsReference(md);
			expect(markdownToHtml(md)).toContain("<pre><code>");
		}
	});

	it("leaves out front matter, TOML as YAML (found by npm run fuzz)", () => {
		for (const md of ["---\na: 1\n---\n答案", "+++\na = 1\n+++\n答案"]) expect(markdownToHtml(md)).toBe("<p>答案</p>");
	});
});
