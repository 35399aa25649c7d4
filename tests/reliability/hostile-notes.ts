// Notes that try to break the parser: generators for property tests and fixed hostile cases.
import fc from "fast-check";

/** Pieces people (and broken files, sync tools and editors) put in notes, glued at random. */
const piece = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(
		"# ", "## ", "### ", "###### ", "####### ", "- ", "* ", "1. ", "10) ", "    ", "\t", "> ", "> > ", "> [!question] ", "> [!tip]- ",
		"**", "__", "*", "_", "`", "``", "```", "```ts\n", "~~~", "~~~~\n", "---", "***", "===", "%%", "<!--", "-->", "<div>", "</div>", "<br>",
		"？", "?", "：", ":", "。", "Q: ", "A: ", "问：", "答：", "**问题1：", "一、", "（1）", "思路：", "**示范回答**：", "结合背景：", "情境：", "S: ",
		"[[hub]]", "[[hub|别名]]", "![[x|y]]", "[[", "]]", "[^1]", "[^1]: 脚注", "[a](b)", "![i](j)", "<https://x>", "$$", "$x$", "| a | b |\n|---|---|\n",
		"\n", "\r\n", "\r", "\n\n", "\u2028", "\ufeff", "\u0000", "\u200b", "\ud800", "\udfff", "😀", "👩‍💻", "🇨🇳", "é", "\u0301",
		"如何处理客户投诉", "你为什么离职", "Tell me about a time", "Describe a conflict", "（补充）", "\\", "&amp;", "&#0;", "&nbsp;",
		"---\ntitle: x\n---\n", "---\ntitle: [unclosed\n", "---\n: : :\n\t- {\n---\n", "+++\nx = 1\n+++\n",
	) },
	{ weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
	{ weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
	{ weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);

/** Random Markdown-ish text, hostile bits included. */
export const hostileMarkdown = fc.array(piece, { maxLength: 80 }).map((p) => p.join(""));

/** Lists and quotes nested up to 50 levels, with questions at every level. */
export const deepNesting = fc
	.record({ depth: fc.integer({ min: 1, max: 50 }), quoteEvery: fc.integer({ min: 1, max: 5 }), crlf: fc.boolean() })
	.map(({ depth, quoteEvery, crlf }) =>
		Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}${"> ".repeat(Math.floor(i / quoteEvery))}- 问题${i}是什么？`).join(crlf ? "\r\n" : "\n"),
	);

/** Number of lines as the parser counts them (a leading BOM is not a line; \r\n, \r and \n end one). */
export function lineCount(text: string): number {
	return text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/).length;
}

/** 1-based line of the first line holding `needle`, counted like the parser. */
export function lineOf(text: string, needle: string): number {
	const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
	const i = lines.findIndex((l) => l.includes(needle));
	if (i < 0) throw new Error(`not in the text: ${needle}`);
	return i + 1;
}

/** Text without questions, about n characters, in long lines (cheap for remark, heavy in bytes). */
export function filler(n: number): string {
	const unit = "这是一段很长的记录，没有提问，只是写下 some English words 😀 和数字 12345。";
	return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** `count` question headings, each with a quoted answer. */
export function manyHeadings(count: number): string {
	return Array.from({ length: count }, (_, i) => `## ${i + 1}. 第${i + 1}个问题是什么？\n\n> 回答${i + 1}。\n`).join("\n");
}

/** `depth` levels of nested lists (or quotes) with a question at the bottom. */
export function nestedList(depth: number): string {
	return Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- 第${i}层`).join("\n") + `\n${"  ".repeat(depth)}- 最深处的问题是什么？\n`;
}

export function nestedQuote(depth: number): string {
	return `${"> ".repeat(depth)}**最深处的问题是什么？**\n${"> ".repeat(depth)}最深处的回答。\n`;
}

/** Notes of one repeated shape, about `n` characters: each made some parse step take seconds (issue 20). */
export const HOSTILE_SHAPES: Record<string, (n: number) => string> = {
	"one line of [": (n) => "[".repeat(n),
	"one line of [[": (n) => "[[".repeat(n / 2),
	"one line of ![[": (n) => "![[".repeat(n / 3),
	"one line of [a](": (n) => "[a](".repeat(n / 4),
	"one line of **a": (n) => "**a".repeat(n / 3),
	"one line of `a": (n) => "`a".repeat(n / 2),
	"one line - - - … x": (n) => `${"- ".repeat(n / 2)}x`,
	"one line 1. 1. … x": (n) => `${"1. ".repeat(n / 3)}x`,
	"one line > > … x": (n) => `${"> ".repeat(n / 2)}x`,
	"lines of - ×100": (n) => `${"- ".repeat(100)}x\n`.repeat(Math.ceil(n / 202)),
	"lines of <!--": (n) => "<!--<!--x\n".repeat(Math.ceil(n / 10)),
	// A label, then spaces up to the longest line read whole (16 K): label patterns with two space runs were quadratic.
	"lines of Q + 16K spaces": (n) => `Q${" ".repeat(16_000)}x\n`.repeat(Math.ceil(n / 16_003)),
	// Images nested in images with a link defined: each `](u)` once named its whole label anew.
	"one line ![a … ](u), defined": (n) => `[x]: /u\n\n${"![a ".repeat(n / 8)}${"](u)".repeat(n / 8)}`,
	// Runs that close only, after many that both open and close: each looked back over all of them.
	"one line a**b … c* …": (n) => `${"a**b ".repeat(n / 8)}${"c* ".repeat(n / 6)}`,
	// Link definitions read without remark: titles that close a line later, underlines under definitions only.
	"lines of [a]: /u \"": (n) => `[a]: /u "\n`.repeat(Math.ceil(n / 10)),
	"lines of [a]: /u and ===": (n) => "[a]: /u\n===\n".repeat(Math.ceil(n / 12)),
	"one line of [a]: /u(": (n) => `[a]: /u${"(".repeat(n - 7)}`,
};
