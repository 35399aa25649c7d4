// The parts of an mdast tree the extractor reads, to compare the fast reader with remark:
// block types, lines, heading depths, HTML values, and inline nodes with their lines.
import type { Node } from "unist";

type Any = Node & { children?: Any[]; value?: string; depth?: number };

function inlineView(n: Any): unknown {
	const line = n.position ? `${n.position.start.line}-${n.position.end.line}` : "";
	if (n.children) return [n.type, line, n.children.map(inlineView)];
	return [n.type, line, n.value ?? ""];
}

/**
 * What the extractor can see of a block tree. A block's last line is counted without the blank
 * and `>`-only lines at its end (the extractor trims those from every answer; remark places the
 * end of a container closed at the end of the text on them or not by rules of its own), and only
 * where the extractor reads it: top-level blocks and list items (a nested quote or list that a
 * new container closes ends on that container's line in remark when a quote marker came before).
 */
export function blockView(nodes: readonly Any[], text: string): unknown[] {
	const lines = text.split("\n");
	// `top`: a top-level block, or a list or item reached from one through lists and items only.
	const view = (ns: readonly Any[], top: boolean): unknown[] => ns.map((n) => {
		const start = n.position?.start.line ?? 0;
		let last = n.position?.end.line ?? 0;
		while (last > start && /^[\s>]*$/.test(lines[last - 1] ?? "")) last--;
		const lines_ = top || n.type === "paragraph" ? `${start}-${last}` : `${start}`;
		switch (n.type) {
			case "paragraph":
				return ["p", lines_, (n.children ?? []).map(inlineView)];
			case "heading":
				return [`h${n.depth}`, lines_, (n.children ?? []).map(inlineView)];
			case "html":
				return ["html", lines_, n.value];
			case "blockquote":
			case "list":
			case "listItem":
				return [n.type, lines_, view(n.children ?? [], top && n.type !== "blockquote")];
			default:
				return [n.type, lines_];
		}
	});
	return view(nodes, true);
}
