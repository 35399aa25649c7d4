// Where "Restore the original answer" puts back a block id the STAR parts carry: on the kept
// original's line that the id's words came from. The conversion wrote the id right after those words,
// so the line is found by them; the original is cut again as the conversion cut it, to know which
// part each line's words went to, since lines that end alike are told apart by order within a part.
import type { LabelWords } from "../types";
import { findStarLabel } from "./star-labels";
import { blockIdAtEnd } from "./star-markers";
import { isUnplacedLine } from "./star-placeholders";
import { type Piece, type Place, splitAnswer } from "./star-segments";

const sameLetter = (a: string, b: string): boolean => a === b || a.toLowerCase() === b.toLowerCase();

/** Length of the common ending of two strings (a piece cut mid-sentence starts with a capital). */
function commonSuffix(a: string, b: string): number {
	let k = 0;
	while (k < a.length && k < b.length && sameLetter(a[a.length - 1 - k], b[b.length - 1 - k])) k++;
	return k;
}

const BEFORE_WORD = /[\s。！？!?.，；：,;:、）)」』”’"']/;

/**
 * How much of the line's ending `before` ends with, counted from a word or sentence start of the line
 * (the "。" or space before the matched words is another sentence's, no sign of the same line); 0 when
 * no whole word matches.
 */
function endingFit(line: string, before: string): number {
	const len = commonSuffix(line, before);
	for (let q = line.length - len; q < line.length; q++) {
		if ((q === 0 || BEFORE_WORD.test(line[q - 1])) && !/\s/.test(line[q])) return line.length - q;
	}
	return 0;
}

/** Where in `text` the words occur, overlapping ones too ("X. X." is twice in "X. X. X."). */
function occurrences(text: string, words: string): number {
	const hay = text.toLowerCase();
	const needle = words.toLowerCase();
	let n = 0;
	for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
	return n;
}

/** The part a line of the parts is in: the nearest STAR or "not placed" label at or above it. */
function partAt(parts: readonly string[], i: number, labels?: LabelWords): { part: Place; from: number } | null {
	for (let j = i; j >= 0; j--) {
		if (isUnplacedLine(parts[j])) return { part: "unplaced", from: j };
		const key = findStarLabel(parts[j], labels)?.key;
		if (key) return { part: key, from: j };
	}
	return null;
}

/** A piece's lines up to the original's line `k` (a block spans several). */
function textUpTo(p: Piece, k: number): string {
	return p.block ? p.text.split("\n").slice(0, k - p.line + 1).join("\n") : p.text;
}

/**
 * Puts ids back one by one: `place(parts, i, cut)` is the original line for the id at `cut` in line
 * `i` of the parts (the lines the conversion wrote, indent off). Of the original's lines that end with
 * the words before the id, those whose words went to the id's part; of them, the one after which
 * that part holds those words as often as the parts do up to the id ("X\nX ^id" became "X X ^id",
 * "X ^id\nX" became "X ^id\n\nX"); then the one that ends most like them. A line with an id (kept in
 * the callout, or put back already) gets no other. Words edited since: the longest common ending.
 */
export function idPlacer(original: readonly string[], labels?: LabelWords): (parts: readonly string[], i: number, cut: number) => number {
	const pieces = splitAnswer(original.join("\n"), labels);
	const lastPart: (Place | null)[] = original.map(() => null);
	for (const p of pieces) {
		const n = p.block ? p.text.split("\n").length : 1;
		for (let k = p.line; k < p.line + n && k < lastPart.length; k++) lastPart[k] = p.part;
	}
	const taken = new Set<number>();
	const free = (k: number): boolean => !taken.has(k) && blockIdAtEnd(original[k]) === null;
	const choose = (parts: readonly string[], i: number, cut: number): number => {
		const before = parts[i].slice(0, cut).trimEnd();
		const fit = original.map((o, k) => (free(k) ? endingFit(o.trimEnd(), before) : 0));
		const fitting = fit.flatMap((f, k) => (f > 0 ? [k] : []));
		if (fitting.length === 0) {
			let longest = -1;
			let longestLen = 0;
			original.forEach((o, k) => {
				const len = free(k) ? commonSuffix(o.trimEnd(), before) : 0;
				if (len > 0 && len >= longestLen) [longest, longestLen] = [k, len];
			});
			return longest >= 0 ? longest : original.length - 1;
		}
		// Within the id's part the order is the original's; across parts it need not be.
		const at = partAt(parts, i, labels);
		const own = at === null ? [] : fitting.filter((k) => lastPart[k] === at.part);
		const inPart = at !== null && own.length > 0;
		const candidates = inPart ? own : fitting;
		const upToId = [...parts.slice(inPart ? at.from : 0, i), parts[i].slice(0, cut)].join("\n");
		const originalUpTo = (k: number): string =>
			inPart
				? pieces
						.filter((p) => p.part === at.part && p.line <= k)
						.map((p) => textUpTo(p, k))
						.join("\n")
				: original.slice(0, k + 1).join("\n");
		const miss = candidates.map((k) => {
			const words = before.slice(before.length - fit[k]);
			return Math.abs(occurrences(originalUpTo(k), words) - occurrences(upToId, words));
		});
		let best = 0;
		miss.forEach((m, c) => {
			if (m < miss[best] || (m === miss[best] && fit[candidates[c]] > fit[candidates[best]])) best = c;
		});
		return candidates[best];
	};
	return (parts, i, cut) => {
		const k = choose(parts, i, cut);
		taken.add(k);
		return k;
	};
}
