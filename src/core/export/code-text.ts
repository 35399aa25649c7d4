// The text of code blocks, which the fast reader leaves empty (the extractor never reads it, and a
// big note's code would cost memory): taken from the block's own lines, with what its containers
// (quotes, list items) and its fence or indent put before each, as CommonMark takes it off.
import type { Root, RootContent } from "mdast";

interface Cursor {
	s: string;
	pos: number;
	/** Column of `pos` (tabs stop every 4), virtual spaces included. */
	col: number;
	/** Spaces left of a tab partly taken off (the tab itself is behind `pos`). */
	virt: number;
}

const cursorAt = (s: string): Cursor => ({ s, pos: 0, col: 0, virt: 0 });

/** Columns of spaces and tabs from the cursor on. */
function indentOf(c: Cursor): number {
	let n = c.virt;
	let col = c.col + c.virt;
	for (let i = c.pos; i < c.s.length; i++) {
		const ch = c.s.charCodeAt(i);
		if (ch !== 32 && ch !== 9) break;
		const width = ch === 9 ? 4 - (col % 4) : 1;
		n += width;
		col += width;
	}
	return n;
}

/** Takes off up to `n` columns of spaces and tabs (a tab partly: the rest of it stays as spaces). */
function takeColumns(c: Cursor, n: number): void {
	while (n > 0) {
		if (c.virt > 0) {
			const k = Math.min(n, c.virt);
			c.virt -= k;
			c.col += k;
			n -= k;
			continue;
		}
		const ch = c.s.charCodeAt(c.pos);
		if (ch === 32) {
			c.pos++;
			c.col++;
			n--;
		} else if (ch === 9) {
			const width = 4 - (c.col % 4);
			c.pos++;
			if (width <= n) {
				c.col += width;
				n -= width;
			} else {
				c.col += n;
				c.virt = width - n;
				n = 0;
			}
		} else return;
	}
}

const rest = (c: Cursor): string => " ".repeat(c.virt) + c.s.slice(c.pos);
const isBlank = (c: Cursor): boolean => /^[ \t]*$/.test(c.s.slice(c.pos));

/** A container of a code block, and how it takes its part of each line off. */
type Container = { type: "blockquote" } | { type: "listItem"; line: number; width?: number };

/**
 * Takes a quote's `>` (and one column after it) or a list item's indent off a line of the block;
 * false when the line does not go on in the container (the block ended before it).
 */
function takeContainer(c: Cursor, k: Container, lineNo: number, outer: readonly Container[], lines: readonly string[]): boolean {
	if (k.type === "blockquote") {
		if (indentOf(c) > 3) return false;
		takeColumns(c, 3);
		if (c.s.charCodeAt(c.pos) !== 62 || c.virt > 0) return false;
		c.pos++;
		c.col++;
		takeColumns(c, 1);
		return true;
	}
	if (lineNo === k.line) {
		takeMarker(c);
		return true;
	}
	if (k.width === undefined) {
		// The item's content column, from its first line (what its outer containers leave of it).
		const first = cursorAt(lines[k.line - 1] ?? "");
		for (const o of outer) takeContainer(first, o, k.line, [], lines);
		const start = first.col;
		takeMarker(first);
		k.width = first.col - start;
	}
	if (!isBlank(c) && indentOf(c) < k.width) return false;
	takeColumns(c, k.width);
	return true;
}

/** Takes a list marker and the spaces after it that belong to the item (one when five or more follow, or none). */
function takeMarker(c: Cursor): void {
	takeColumns(c, 3);
	const m = /^(?:[-+*]|\d{1,9}[.)])/.exec(c.s.slice(c.pos));
	if (!m) return;
	c.pos += m[0].length;
	c.col += m[0].length;
	if (isBlank(c)) {
		// An item that starts blank: its content is one column past the marker.
		c.pos = c.s.length;
		c.col++;
		c.virt = 0;
		return;
	}
	const after = indentOf(c);
	takeColumns(c, after >= 5 ? 1 : after);
}

const FENCE = /^(`{3,}|~{3,})/;

/** A code block's text from the note's lines `start`…`end` (1-based) inside `containers`. */
export function codeText(lines: readonly string[], start: number, end: number, containers: readonly Container[]): string {
	/** The line inside the containers, or null where they end. */
	const inside = (lineNo: number): Cursor | null => {
		const c = cursorAt(lines[lineNo - 1] ?? "");
		for (let i = 0; i < containers.length; i++) if (!takeContainer(c, containers[i], lineNo, containers.slice(0, i), lines)) return null;
		return c;
	};
	const first = inside(start);
	if (!first) return "";
	const indent = indentOf(first);
	const out: string[] = [];
	if (indent >= 4) {
		for (let l = start; l <= end; l++) {
			const c = inside(l);
			if (!c) break;
			takeColumns(c, 4);
			out.push(rest(c));
		}
		return withoutLastBreak(out);
	}
	takeColumns(first, indent);
	const fence = FENCE.exec(first.s.slice(first.pos))?.[1] ?? "```";
	for (let l = start + 1; l <= end; l++) {
		const c = inside(l);
		// A closing fence: the lines before it as they are.
		if (c && closes(c, fence)) return out.join("\n");
		// A fence left open to its container's end: the line that ends the container counts as empty.
		if (!c) {
			out.push("");
			break;
		}
		takeColumns(c, indent);
		out.push(rest(c));
	}
	return withoutLastBreak(out);
}

/** The lines' text less the one line break at its end (an empty last line is dropped), as remark takes indented code or an open fence. */
function withoutLastBreak(lines: string[]): string {
	if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
	return lines.join("\n");
}

/** The line is a closing fence of `fence` (as long or longer, nothing after it but white space). */
function closes(line: Cursor, fence: string): boolean {
	const c = { ...line };
	const indent = indentOf(c);
	if (indent >= 4) return false;
	takeColumns(c, indent);
	const m = FENCE.exec(rest(c));
	return m !== null && m[1][0] === fence[0] && m[1].length >= fence.length && /^[ \t]*$/.test(rest(c).slice(m[1].length));
}

/** Fills in the text of every code block the fast reader left empty, from the text it read. */
export function fillCodeText(root: Root, text: string): void {
	const lines = text.split(/\r\n?|\n/);
	const walk = (nodes: readonly RootContent[], containers: Container[]): void => {
		for (const n of nodes) {
			if (n.type === "code" && n.value === "" && n.position) n.value = codeText(lines, n.position.start.line, n.position.end.line, containers);
			else if (n.type === "blockquote") walk(n.children, [...containers, { type: "blockquote" }]);
			else if (n.type === "listItem") walk(n.children, [...containers, { type: "listItem", line: n.position?.start.line ?? 0 }]);
			else if ("children" in n) walk(n.children, containers);
		}
	};
	walk(root.children, []);
}
