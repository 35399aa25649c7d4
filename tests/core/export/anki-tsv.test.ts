import { describe, expect, it } from "vitest";
import { ankiTsv, topicTag } from "../../../src/core/export/anki-tsv";
import { markdownToHtml } from "../../../src/core/export/markdown-html";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { parseNote } from "../../../src/core/parse/parse-note";
import { buildIndex } from "../../../src/core/index/question-index";
import { readAnkiTsv } from "./read-anki-tsv";

const NOTE = [
	"# 客户 服务",
	"## 如何处理客户投诉？",
	"**思路**：先倾听，再\t道歉",
	"",
	"**示范回答**：",
	"> 我会先**认真倾听**，然后：",
	">",
	"> 1. 道歉",
	"> 2. 给出 [[方案笔记|方案]] <b>",
	"",
	"## Why \"this\" company?",
	"",
].join("\n");

describe("Anki export", () => {
	const index = buildIndex([parseNote("面试/回答.md", NOTE, { labels: DEFAULT_LABELS, promptHeadings: true })]);

	it("writes a TSV Anki reads: header lines, one row per question, four fields, no stray tab or line break", () => {
		const { text, count } = ankiTsv(index, { lang: "zh", vaultName: "My vault" });
		const { headers, rows } = readAnkiTsv(text);
		expect(headers).toEqual({ separator: "tab", html: "true", "guid column": "1", "tags column": "4", columns: "GUID\tFront\tBack\tTags" });
		expect(count).toBe(2);
		expect(rows).toHaveLength(2);
		for (const row of rows) expect(row).toHaveLength(4);
		const [guid, front, back, tags] = rows[0];
		expect(guid).toBe(`interview-prep-${index.questions[0].id}`);
		expect(front).toBe("如何处理客户投诉？");
		expect(tags).toBe("interview-prep 客户_服务");
		// The model answer and the hint as simple HTML, labelled, then the note's link.
		expect(back).toContain("<p><b>示范回答</b></p>");
		expect(back).toContain("<blockquote><p>我会先<b>认真倾听</b>，然后：</p><ol><li>道歉</li><li>给出 方案 &lt;b&gt;</li></ol></blockquote>");
		expect(back).toContain("<p><b>提示</b></p><p>先倾听，再 道歉</p>");
		expect(back).toContain('<a href="obsidian://open?vault=My%20vault&amp;file=%E9%9D%A2%E8%AF%95%2F%E5%9B%9E%E7%AD%94">面试/回答</a>');
		expect(rows[1][1]).toBe("Why &quot;this&quot; company?");
		// The same export twice gives the same GUIDs: a second import updates the notes.
		expect(readAnkiTsv(ankiTsv(index, { lang: "zh", vaultName: "My vault" }).text).rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
	});

	it("turns a topic path into one nested Anki tag", () => {
		expect(topicTag(["Behavioural questions", "Conflict: peers"])).toBe("Behavioural_questions::Conflict_peers");
		expect(topicTag([])).toBe("");
	});

	it("renders code and lists without line breaks", () => {
		expect(markdownToHtml("- a\n- *b*\n\n```\nx\ny\n```")).toBe("<ul><li>a</li><li><i>b</i></li></ul><pre><code>x<br>y</code></pre>");
	});
});
