// Random inline markup for the differential tests: emphasis next to CJK text and punctuation, code
// spans, escapes, character references, links, references, images, autolinks, raw HTML, breaks.
import fc from "fast-check";

const token = fc.constantFrom(
	"*", "**", "***", "_", "__", "a", "b", "x", "中", "文", "。", "，", "“", "”", "（", "）", "：", "！", "Q", " ", " ", "  ", "\n", "\n  ",
	"\\", "\\*", "\\_", "\\[", "\\`", "\\\n", "&amp;", "&#35;", "&#x4e2d;", "&foo;", "&copy", "`", "``", "` `", "[", "]", "![", "](", "(", ")",
	"<", ">", "<a@b.co>", "<http://x.y/z>", "<b>", "</b>", "<a href=\"x\">", "<!-- c -->", "<?p?>", "\"", "'", "[a]", "[b][]", "[x][a]",
	"[Foo  bar]", "[中][]", "[b\\]]", "[a](/u)", "[a](</u v> \"t\")", "(/u 't')", ":", "!", "?", ".", "-", "é", "😀", "\t", "http://",
	"a_b", "foo*bar", "**问题**", "*强调*", "~", "|", "#", "@", "\u3000", "\ufe01", "‘", "’",
	// Harder forms: titles and tags over lines, every kind of raw HTML, destinations with parentheses,
	// escapes and references, autolinks at their limits, more kinds of characters beside emphasis.
	"[a](/u \"x\n y\")", "[a](<b\n>)", "[a](b(c(d)))", "[a](b\\)c)", "[a](&amp;)", "[a](b \"t\" )", "[a]( b )", "[a](\n b\n)", "(b 'x\\'y')",
	"<a\n b=\"1\">", "<a b='1' c=d/>", "<a b=c`>", "<!---->", "<!-->", "<![CDATA[x]]>", "<!DOCTYPE x>", "</a >", "<?x\n?>", "<a+b:c>",
	"<mailto:x@y>", "<x@y-.z>", "<a.b@c-d.e>", "<@a>", "<ab:>", "\u00a0", "\u2003", "—", "…", "·", "❤\ufe0f", "한", "か", "Ａ", "1", "\"", "(", "]",
	"[", "[[a]]", "![[b]]", "[^1]", "\\", "&#0;", "&#x110000;", "&nbsp;", "`` ` ``", "```", " `", "\n\t",
);

/** A paragraph's text of up to `max` tokens (no white space first: remark would drop it). */
export const inlineParagraph = (max = 24): fc.Arbitrary<string> =>
	fc.array(token, { minLength: 1, maxLength: max }).map((ts) => ts.join("").replace(/^\s+/, ""));
