// The block scanner's tree: one node type for every block (containers and leaves), and the small
// rules of the tree (what may hold what, how a block's end follows its last line).
import { isSpaceOrTab } from "./block-rules";
import { list, one } from "./node-shapes";

export type FastType = "root" | "blockquote" | "list" | "listItem" | "paragraph" | "heading" | "code" | "html" | "thematicBreak" | "yaml" | "toml";

export interface FastBlock {
	type: FastType;
	parent: FastBlock | null;
	children: FastBlock[];
	open: boolean;
	/** 1-based first and last line. */
	start: number;
	end: number;
	/**
	 * Paragraph and setext heading: content lines from `start` (the first without its leading white
	 * space, the others with it). ATX heading: its line from the `#`. HTML: its lines.
	 */
	lines: string[];
	/** Heading depth; a setext heading's underline is its last line. */
	depth: number;
	setext: boolean;
	/** Fenced code: fence character (0 for indented code), length and indentation. */
	fence: number;
	fenceLength: number;
	fenceIndent: number;
	html: number;
	/** List and list item: marker kind, and the item's content column (marker offset + padding). */
	ordered: boolean;
	delimiter: number;
	listStart: number;
	markerOffset: number;
	padding: number;
}

/**
 * A block's children or lines before it has any: one empty array for all (frozen, so a push to it
 * fails loudly; pushBlock and pushLine put the first one in an array of its own). Most blocks hold
 * no children and most no lines: two arrays fewer per block, in every piece read.
 */
const NO_BLOCKS: FastBlock[] = Object.freeze(list<FastBlock>()) as FastBlock[];
const NO_LINES: string[] = Object.freeze(list<string>()) as string[];

/** A class, not an object literal: see node-shapes.ts. */
class Block implements FastBlock {
	type: FastType;
	parent: FastBlock | null;
	children = NO_BLOCKS;
	open = true;
	start: number;
	end: number;
	lines = NO_LINES;
	depth = 0;
	setext = false;
	fence = 0;
	fenceLength = 0;
	fenceIndent = 0;
	html = 0;
	ordered = false;
	delimiter = 0;
	listStart = 1;
	markerOffset = 0;
	padding = 0;
	constructor(type: FastType, parent: FastBlock | null, line: number) {
		this.type = type;
		this.parent = parent;
		this.start = line;
		this.end = line;
	}
}

export function block(type: FastType, parent: FastBlock | null, line: number): FastBlock {
	return new Block(type, parent, line);
}

/** Adds `child` to the end of `parent`'s children. */
export function pushBlock(parent: FastBlock, child: FastBlock): void {
	if (parent.children === NO_BLOCKS) parent.children = one(child);
	else parent.children.push(child);
}

/** Adds `line` to the end of `b`'s lines. */
export function pushLine(b: FastBlock, line: string): void {
	if (b.lines === NO_LINES) b.lines = one(line);
	else b.lines.push(line);
}

/** Extends a block and its containers to `line`. */
export function touch(b: FastBlock | null, line: number): void {
	if (b && b.end < line) b.end = line;
	// A container ends no earlier than what it holds.
	for (let n = b?.parent ?? null; n && n.end < line; n = n.parent) n.end = line;
}

export function canContain(parent: FastBlock, type: FastType): boolean {
	switch (parent.type) {
		case "root":
		case "blockquote":
		case "listItem":
			return type !== "listItem";
		case "list":
			return type === "listItem";
		default:
			return false;
	}
}

export function sameList(list: FastBlock, m: { ordered: boolean; delimiter: number }): boolean {
	return list.ordered === m.ordered && list.delimiter === m.delimiter;
}

/** Only spaces and tabs in text[at, end). */
export function isBlankFrom(text: string, at: number, end: number): boolean {
	for (let i = at; i < end; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
	return true;
}
