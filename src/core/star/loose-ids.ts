// Block ids on lines with no words for the STAR parts (`^abc` on a line of its own, `答：^abc`): the
// kept original holds them. When the original is not kept, each goes with the words before it (or,
// with none before, the first words after), so a link to the block still finds a block.
import { blockIdAtEnd, codeLines, FOOTNOTE_DEF, footnoteEnd, isOnlyBlockId } from "./star-markers";
import { isOriginalCalloutHeader, type Piece } from "./star-segments";

const QUOTE_PREFIX = /^(?:[ \t]*>[ \t]?)+/;

/** The ids on the answer's lines that the pieces do not carry (lines not on `idLines`), with their line. */
export function looseIds(answer: string, idLines: ReadonlySet<number>): { id: string; line: number }[] {
	const lines = answer.split(/\r?\n/);
	const code = codeLines(lines);
	const strip = (l: string): string => l.replace(QUOTE_PREFIX, "");
	const out: { id: string; line: number }[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (code[i] || idLines.has(i)) continue;
		const line = strip(lines[i]).trim();
		// Footnotes move whole, ids and all; a kept original from before is no part of the answer.
		if (FOOTNOTE_DEF.test(line)) {
			i = footnoteEnd(lines, i, strip) - 1;
			continue;
		}
		if (isOriginalCalloutHeader(lines[i])) {
			while (i + 1 < lines.length && /^[ \t]*>/.test(lines[i + 1])) i++;
			continue;
		}
		const id = isOnlyBlockId(line) ? line.slice(1) : blockIdAtEnd(line)?.id;
		if (id) out.push({ id, line: i });
	}
	return out;
}

/**
 * Puts each loose id after the last piece that starts before its line, else after the first piece
 * after it. Returns the ids no piece could take (an answer of nothing but ids).
 */
export function carryLooseIds(pieces: Piece[], loose: readonly { id: string; line: number }[]): string[] {
	const left: string[] = [];
	for (const { id, line } of loose) {
		let target: Piece | undefined;
		for (const p of pieces) if (p.line < line) target = p;
		target ??= pieces.find((p) => p.line > line) ?? pieces[0];
		if (target) target.ids = [...(target.ids ?? []), id];
		else left.push(id);
	}
	return left;
}
