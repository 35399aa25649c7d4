// The block tree of a piece of text: front matter first (as remark-frontmatter reads it), then every
// line through the block scanner (block-scan.ts).
import { frontFence } from "./block-rules";
import { BlockScanner, type FastBlock } from "./block-scan";
import { lineStarts } from "./line-cursor";

/**
 * The block tree of `text` (lines end at "\n", numbered from 1 + `shift`); front matter as remark-frontmatter reads it
 * (front matter that never closes holds containers off), and the offset of each line's first character
 * (`known`: those offsets, when the caller has them).
 */
export function scanBlocks(text: string, shift = 0, known?: number[]): { root: FastBlock; starts: number[] } {
	const starts = known ?? lineStarts(text);
	const lines = starts.length;
	const endOf = (i: number): number => (i + 1 < lines ? starts[i + 1] - 1 : text.length);
	let first = 0;
	const c = text.charCodeAt(0);
	const fenced = (c === 45 || c === 43) && frontFence(text, 0, endOf(0), c);
	if (fenced) {
		for (let i = 1; i < lines && !first; i++) if (frontFence(text, starts[i], endOf(i), c)) first = i + 1;
	}
	const scan = new BlockScanner(text, first + 1 + shift, fenced && !first);
	if (first) scan.addFrontMatter(c === 45 ? "yaml" : "toml", 1 + shift, first + shift);
	for (let i = first; i < lines; i++) scan.addLine(starts[i], endOf(i));
	return { root: scan.finish(), starts };
}
