// Random notes made of the constructs a block reader gets wrong most easily: containers opened
// and continued (quotes, bullets and numbers, tabs, lazy lines), fences inside lists, HTML
// blocks of every kind, setext underlines, link reference definitions, front matter, and the
// question forms the extractor looks for.
import fc from "fast-check";

const prefix = fc.constantFrom(
	"", "", "", "", " ", "  ", "   ", "    ", "     ", "      ", "\t", " \t", "\t\t", "> ", ">", "> > ", ">\t", "- ", "* ", "+ ", "-\t", "1. ", "2) ",
	"10. ", "- - ", "  - ", "    - ", "> - ", "- > ", "1.  ", "-     ", "   > ",
);
const content = fc.constantFrom(
	"", "", "text line", "more text", "如何处理客户投诉？", "Why do you want this job?", "## 问题1：你的优点是什么？", "# Title", "### Topic",
	"#not heading", "```", "```js", "~~~", "````", "``` `x`", "<div>", "</div>", "<details><summary>Why?</summary>", "</details>",
	"<pre>", "</pre>", "<span>", "</span>", '<a href="x">', "<b/>", "<!-- c -->", "<?php", "?>", "<![CDATA[", "]]>", "<!DOCTYPE html>", "---", "===", "***", "___", "- - -",
	"[a]: /url", "[a]: /url \"t\"", "[b]:", "  /u", "[a]", "see [a] and [b][a]",
	// Link definitions of every shape: destinations, titles over lines, labels over lines, escapes and entities.
	"[a]: <u v>", "[b]: <u>\"t\"", "\"t\"", "\"t", "2\" x", "'t'", "(t(x)", "[a]: /u \"t\" x", "[ ]: /u", "[a\\]]: /u", "[a\\]] x",
	"[a]: /u(1(2))", "[b]: /u(1(2)", "[b]: /&amp;\\*u \"&lt;t\\\"\"", "[A  b", "c]: /u", "[a b c] y", "[b]: /u 't'", "[b]:\t/u\t(t)", "--", "-", "=",
	"[!question] 为什么离职？", "[!question]- Why?", "**问题：**",
	"**问题1：如何复盘？**", "**Q1**: \"Why Rust?\"", "Q: What did you learn?", "A: To ask early.", "问：你的缺点？", "答：太细心。",
	"面试官：为什么？", "*em* and `code` and **bold**", "**“重点”**文字", "trailing  ", "tab\tin", "a\\", "&amp; x", "<b>inline</b> html",
	"![[img]] [[link|alias]]", "1、为什么？2、怎么做？", "[3] 下列哪个对？", "A. one", "B. two", "- [ ] task?", "|a|b|", "|-|-|",
	"思路：先倾听", "**示范回答**：我会", "S: 情境", "Tell me about a time you failed.", "`code span?`", "*Why?*",
	// Emphasis next to CJK text and punctuation, nested, unbalanced; hard breaks.
	"**思路**：先倾听", "**Answer**: yes", "“**重点**”文字", "a**b**c", "**a *b* c**", "***x***", "*a* *b*", "**问题：**答案",
	"x **y**.", "（**注**）", "**a**b**c**", "**a*", "*a**", "** a **", "**“为什么？”**", "问题**1**？", "**x**\u3000y", "line two  ",
	"*为什么*", "**Why?**  ", "[[a]] **b**", "[x] **y**", "**[[link]]**", "é**a**", "**a**é",
);
const line = fc.tuple(prefix, prefix, content).map(([a, b, c]) => a + (c ? b : "") + c);

/** A note of up to `max` random lines. */
export const hardNote = (max = 40): fc.Arbitrary<string> =>
	fc.tuple(fc.constantFrom("", "", "", "---\ntitle: x\n---\n", "---\nx: 1\n"), fc.array(line, { maxLength: max })).map(([front, lines]) => front + lines.join("\n"));

/** Short texts of block markers, brackets and white space run together (link definitions, lazy lines). */
export const markSoup = (): fc.Arbitrary<string> =>
	fc
		.array(
			fc.constantFrom(
				"<span>", "</a>", "<div>", "<!--", "-->", "```", "~~~", "# ", "===", "---", "1. ", "2) ", ">", "\n> ", "\n- ", "\n    ", "\n\n",
				'<b c="d">', "&copy;", "é", "ẞ", "[", "]", ":", "<", ">", "(", ")", '"', "'", "\\", "&amp;", "&#1;", "a", " ", "  ", "\t", "\n", "\n",
				"x", "=", "-", "[a]:", "[b]: ", " /u", "> ", "- ", "    ", "\\]", "*",
			),
			{ maxLength: 30 },
		)
		.map((parts) => parts.join(""));
