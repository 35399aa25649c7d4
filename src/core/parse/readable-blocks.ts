// The blocks extraction reads, and what reading one costs (for the stepped extraction).
import type { Heading, Root } from "mdast";
import { type Block, startLine } from "./mdast-text";
import { lineText, type NoteText } from "./note-text";

/** A setext heading (`text` over `---`) is almost always a paragraph over a rule in these notes. */
function isSetext(h: Heading, note: NoteText): boolean {
	return !/^\s{0,3}#/.test(lineText(note.text, note, startLine(h)));
}

/** The blocks extraction reads from a tree whose lines are the note's: setext headings read as paragraphs. */
export function readableBlocks(root: Root, note: NoteText, into: Block[]): void {
	for (const b of root.children) {
		if (b.type === "yaml" || b.type === "definition" || b.type === "footnoteDefinition" || (b.type as string) === "toml") continue;
		if (b.type === "heading" && isSetext(b, note)) {
			into.push({ type: "paragraph", children: b.children, position: b.position });
			continue;
		}
		into.push(b);
	}
}

/** Characters of the note from a block's first line to the next block's (what reading it costs). */
export function blockChars(blocks: readonly Block[], i: number, note: NoteText): number {
	const from = note.starts[startLine(blocks[i]) - 1] ?? 0;
	const to = i + 1 < blocks.length ? (note.starts[startLine(blocks[i + 1]) - 1] ?? from) : note.text.length;
	// Blocks that share one line (pieces of a huge line) count their own size.
	const pos = blocks[i].position;
	const own = (pos?.end.offset ?? 0) - (pos?.start.offset ?? 0);
	return Math.max(1, to - from, own);
}
