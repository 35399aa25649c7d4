// The inline reader against remark, its referee: random paragraphs of emphasis (next to CJK text and
// punctuation), code spans, escapes, character references, links, references, images, autolinks,
// raw HTML and line breaks give exactly remark's inline nodes: types, texts, URLs, titles, labels,
// alt texts and lines.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Node } from "unist";
import { seeded } from "../../../property-seed";
import { parseMarkdown } from "../../../../src/core/parse/remark-reader";
import { readInline, type LinkTarget } from "../../../../src/core/parse/fast/inline-reader";
import { SharedSpans } from "../../../../src/core/parse/fast/node-shapes";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import { inlineParagraph } from "./inline-tokens";

type Any = Node & { children?: Any[]; [k: string]: unknown };

/** A node as the comparison sees it: every field but offsets and columns. */
function view(n: Any): unknown {
	const out: Record<string, unknown> = { type: n.type, lines: `${n.position?.start.line}-${n.position?.end.line}` };
	for (const k of ["value", "url", "title", "alt", "identifier", "label", "referenceType"]) if (k in n) out[k] = n[k];
	if (n.children) out.children = n.children.map(view);
	return out;
}

const DEFINITIONS = "[a]: /u1\n[Foo Bar]: </u 2> 'T'\n[中]: /z?q=1&amp;r \"t&lt;\"\n[b\\]]: /esc";

/** The paragraph remark reads from `text` (null when it is not one paragraph over all its lines), and the definitions. */
function reference(text: string): { nodes: unknown[]; targets: Map<string, LinkTarget> } | null {
	const root = parseMarkdown(`${text}\n\n${DEFINITIONS}`);
	const [p, ...rest] = root.children;
	const lines = text.split("\n").length;
	if (!p || p.type !== "paragraph" || p.position?.start.line !== 1 || p.position.end.line !== lines) return null;
	if (rest.some((b) => b.type !== "definition")) return null;
	const targets = new Map<string, LinkTarget>();
	const source = `${text}\n\n${DEFINITIONS}`;
	for (const d of rest) {
		if (d.type !== "definition") continue;
		const raw = source.slice((d.position?.start.offset ?? 0) + 1);
		const label = raw.slice(0, raw.search(/(?<!\\)\]:/));
		targets.set(normalizeIdentifier(label), { url: d.url, title: d.title ?? null });
	}
	return { nodes: (p.children as Any[]).map(view), targets };
}

function same(text: string): void {
	const ref = reference(text);
	if (!ref) return;
	const mine = readInline(text, 1, ref.targets, new SharedSpans()).map((n) => view(n as Any));
	expect(mine, JSON.stringify(text)).toEqual(ref.nodes);
}



describe("the inline reader against remark", () => {
	it("reads random paragraphs of inline markup as remark does", () => {
		fc.assert(fc.property(inlineParagraph(), same), seeded({ numRuns: 3000 }));
	});

	it("reads the constructs one by one as remark does", () => {
		for (const text of [
			"a *b* c", "**问题1：为什么？**", "*a **b* c**", "`a  \n  b`", "` \na\n `", "a  \nb", "a\\\nb", "x&amp;y\\*z", "*a*\nb", "a\n*b*",
			"[a](/u (b(c)))", "[a](/u \"x\n  y\")", "<span\n  a=\"1\">x", "<http://a.b>c<a@b.co>", "![a *b* [c](d)](e \"t\")", "[a]", "[a][]",
			"[x][a]", "[a [b](c) d](e)", "![a [b](c)](d)", "**“重点”**文字", "_a_b", "中_文_字", "a**b**c", "***x***", "**a*", "[a\n b](u)",
		]) same(text);
	});
});
