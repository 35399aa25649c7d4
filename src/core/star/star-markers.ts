// Obsidian markers that belong to a place in the note rather than to the answer's words: block ids
// (`… ^block1`) and footnotes (`[^1]`, `[^1]: text`). The STAR conversion keeps each of them once.
import { isPlaceholder } from "./star-placeholders";

/**
 * A block id at the end of a line after some text: the id and where the spaces before it start.
 * Scanned from the end, not with a regex, so a long run of spaces costs linear time.
 */
export function blockIdAtEnd(line: string): { id: string; index: number } | null {
	let end = line.length;
	while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
	let k = end;
	while (k > 0 && /[A-Za-z0-9-]/.test(line[k - 1])) k--;
	if (k === end || k === 0 || line[k - 1] !== "^") return null;
	let index = k - 1;
	while (index > 0 && (line[index - 1] === " " || line[index - 1] === "\t")) index--;
	if (index === k - 1 || index === 0) return null;
	return { id: line.slice(k, end), index };
}
const ONLY_ID = /^\^[A-Za-z0-9-]+$/;

/** Text that is nothing but a block id (`^block1`): no words for it to end. */
export const isOnlyBlockId = (text: string): boolean => ONLY_ID.test(text);

/**
 * A line's own words and the block id that ends them. Null when the line has no words for the STAR
 * parts (nothing but an id after a label, `答：` or a quote marker, or a placeholder): that id stays
 * in the kept original.
 */
export function wordsAndId(words: string): { text: string; id?: string } | null {
	if (words === "" || isOnlyBlockId(words)) return null;
	const id = blockIdAtEnd(words);
	if (!id) return { text: words };
	const text = words.slice(0, id.index);
	return isPlaceholder(text) ? null : { text, id: id.id };
}

/** A footnote definition line: `[^1]: text` (quote markers already taken off). */
export const FOOTNOTE_DEF = /^[ \t]{0,3}\[\^[^\]\s]+\]:/;
const FOOTNOTE_REF = /\[\^[^\]\s[]+\]/g;
const FENCE = /^[ \t]*(?:>[ \t]?)*[ \t]{0,3}(`{3,}|~{3,})/;

/** Text without footnote references, so `[^1]` is not read as a number. */
export function withoutFootnoteRefs(text: string): string {
	return text.replace(FOOTNOTE_REF, "");
}

/** Lines of a footnote definition that starts at `i`: the definition and its indented continuation. */
export function footnoteEnd(lines: readonly string[], i: number, unquote: (line: string) => string = (l) => l): number {
	let j = i + 1;
	while (j < lines.length) {
		const next = unquote(lines[j]);
		if (/^(?: {4}|\t)\S/.test(next)) j++;
		else if (next.trim() === "" && j + 1 < lines.length && /^(?: {4}|\t)\S/.test(unquote(lines[j + 1]))) j++;
		else break;
	}
	return j;
}

/**
 * Which lines are fenced code, the fences included (quoted fences too). A fence closes on a line of
 * fence marks only, as the STAR segmenter reads it ("```当时…" does not close it).
 */
export function codeLines(lines: readonly string[]): boolean[] {
	let fence: string | null = null;
	return lines.map((line) => {
		if (fence === null) {
			fence = FENCE.exec(line)?.[1] ?? null;
			return fence !== null;
		}
		const t = line.replace(/^(?:[ \t]*>[ \t]?)+/, "").trim();
		if (t.startsWith(fence[0].repeat(fence.length)) && t.replace(/[`~]/g, "") === "") fence = null;
		return true;
	});
}

/**
 * The answer as the folded callout keeps it: footnote definitions and the block ids on `idLines` left
 * out (the converted parts carry them, once) with the blank lines that led to trailing definitions.
 * Code is kept as it is, and so is an id the parts do not carry (on a line with no words of its own).
 */
export function withoutPlaceMarkers(answer: string, idLines: ReadonlySet<number>): string {
	const lines = answer.split("\n");
	const out: string[] = [];
	let removedNote = false;
	const code = codeLines(lines);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (code[i]) {
			out.push(line);
			continue;
		}
		const unquoted = line.replace(/^(?:[ \t]*>[ \t]?)+/, "");
		if (FOOTNOTE_DEF.test(unquoted)) {
			i = footnoteEnd(lines, i, (l) => l.replace(/^(?:[ \t]*>[ \t]?)+/, "")) - 1;
			removedNote = true;
			continue;
		}
		// Only the id and the one space before it: the restore puts back exactly " ^id". A tab before it
		// stays, and the restore puts the id right after it (restoredIdLine).
		const id = idLines.has(i) ? blockIdAtEnd(line) : null;
		const caret = line.lastIndexOf("^");
		out.push(id ? line.slice(0, line[caret - 1] === "\t" ? caret : caret - 1) : line);
	}
	// The blank lines that stood before footnotes at the end would now trail the answer.
	while (removedNote && out.length > 0 && out[out.length - 1].trim() === "") out.pop();
	return out.join("\n");
}

/** A kept line with its block id put back as withoutPlaceMarkers took it off: after a tab left there, else after a space. */
export function restoredIdLine(line: string, id: string): string {
	return line.endsWith("\t") ? `${line}^${id}` : `${line} ^${id}`;
}
