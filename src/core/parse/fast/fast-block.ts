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
	readonly ordered: boolean;
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

/**
 * A class, not an object literal: see node-shapes.ts. Each kind of block keeps its own numbers in
 * three slots shared by all kinds (a piece's blocks are made by the thousand: ten fields, not
 * eighteen); a list's or item's `ordered` follows from its delimiter.
 */
class Block implements FastBlock {
	type: FastType;
	parent: FastBlock | null;
	children = NO_BLOCKS;
	open = true;
	start: number;
	end: number;
	lines = NO_LINES;
	/** Heading: depth. HTML: kind. Code: fence character. List and item: delimiter. */
	private a = 0;
	/** Heading: setext (1). Code: fence length. List: start number. Item: marker offset. */
	private b = 0;
	/** Code: fence indentation. Item: padding. */
	private c = 0;
	constructor(type: FastType, parent: FastBlock | null, line: number) {
		this.type = type;
		this.parent = parent;
		this.start = line;
		this.end = line;
	}
	get depth(): number {
		return this.a;
	}
	set depth(v: number) {
		this.a = v;
	}
	get setext(): boolean {
		return this.b === 1;
	}
	set setext(v: boolean) {
		this.b = v ? 1 : 0;
	}
	get html(): number {
		return this.a;
	}
	set html(v: number) {
		this.a = v;
	}
	get fence(): number {
		return this.a;
	}
	set fence(v: number) {
		this.a = v;
	}
	get fenceLength(): number {
		return this.b;
	}
	set fenceLength(v: number) {
		this.b = v;
	}
	get fenceIndent(): number {
		return this.c;
	}
	set fenceIndent(v: number) {
		this.c = v;
	}
	get delimiter(): number {
		return this.a;
	}
	set delimiter(v: number) {
		this.a = v;
	}
	/** An ordered list's delimiter is `.` or `)`. */
	get ordered(): boolean {
		return this.a === 46 || this.a === 41;
	}
	get listStart(): number {
		return this.b;
	}
	set listStart(v: number) {
		this.b = v;
	}
	get markerOffset(): number {
		return this.b;
	}
	set markerOffset(v: number) {
		this.b = v;
	}
	get padding(): number {
		return this.c;
	}
	set padding(v: number) {
		this.c = v;
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
