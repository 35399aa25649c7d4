// Lines that would make micromark slow down more than linearly are bounded before it reads them.
// Lists and quotes opened on one line (`- - - - … x`, `> > > …`) cost micromark time that grows
// with the square of their number, and thousands of them on one line took it minutes; no note
// a person writes opens more than a handful on one line.

/**
 * Containers (quotes, list items) one line may open; the markers past these are dropped. Each one
 * more costs micromark more than the one before (a line of 16 took twice the time of a line of 8).
 */
export const MAX_CONTAINERS_PER_LINE = 8;

/**
 * `text` with every line that opens more than MAX_CONTAINERS_PER_LINE containers cut down to that
 * many (`- - - … - x` → eight `- ` then `x`). Lines keep their number; other lines are untouched
 * (the same string is returned when nothing was cut).
 */
export function boundNesting(text: string): string {
	let out: string[] | null = null;
	let done = 0;
	for (let s = 0; s <= text.length; ) {
		let e = text.indexOf("\n", s);
		if (e < 0) e = text.length;
		if (markerCut(text, s, e) > MAX_CONTAINERS_PER_LINE) {
			out ??= [];
			out.push(text.slice(done, cutAt.keep), text.slice(cutAt.rest, e));
			done = e;
		}
		s = e + 1;
	}
	if (!out) return text;
	out.push(text.slice(done));
	return out.join("");
}

/** Containers the line [s, e) opens, counted up to `limit` (a line of megabytes is not read to its end). */
export function containerMarkers(text: string, s: number, e: number, limit = Infinity): number {
	return markerCut(text, s, e, limit);
}

/** Where the line [s, e) goes on after the containers it opens (the first MAX_CONTAINERS_PER_LINE + 1 of them). */
export function afterContainerMarkers(text: string, s: number, e: number): number {
	markerCut(text, s, e, MAX_CONTAINERS_PER_LINE + 1);
	return cutAt.rest;
}

const isSpace = (c: number): boolean => c === 32 || c === 9;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** White space or the end of the line [.., e) at `at`. (Not a closure in markerCut: it runs on every line.) */
function spaceAt(text: string, at: number, e: number): boolean {
	return at >= e || isSpace(text.charCodeAt(at));
}

/** Where markerCut says to cut: keep [s, keep), go on at `rest`. (One object: markerCut runs on every line.) */
const cutAt = { keep: -1, rest: 0 };

/** The containers the line [s, e) opens (up to `limit`); when more than allowed, where to cut it is in cutAt. */
function markerCut(text: string, s: number, e: number, limit = Infinity): number {
	let i = s;
	let count = 0;
	let keep = -1;
	while (count < limit) {
		let j = i;
		while (j < e && isSpace(text.charCodeAt(j))) j++;
		const c = text.charCodeAt(j);
		let k = -1;
		if (j >= e) break;
		if (c === 62) k = j + 1; // >
		else if ((c === 45 || c === 42 || c === 43) && spaceAt(text, j + 1, e)) k = j + 1; // - * +
		else if (isDigit(c)) {
			let d = j;
			while (d < e && d - j < 9 && isDigit(text.charCodeAt(d))) d++;
			const m = text.charCodeAt(d);
			if ((m === 46 || m === 41) && spaceAt(text, d + 1, e)) k = d + 1; // 1. 1)
		}
		if (k < 0) break;
		if (++count === MAX_CONTAINERS_PER_LINE) keep = k;
		i = k;
	}
	cutAt.keep = keep;
	cutAt.rest = i;
	return count;
}
