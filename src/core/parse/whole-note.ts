// Whether a note is read whole, in one step and without the cut scan: the fast reader is linear,
// and the pieces were for remark. Only a note short enough for one step, and with no line that
// pieces read differently: a long line (thick with markup, it is read as plain text there) or a
// line opening more containers than allowed (bounded there).
import { containerMarkers, MAX_CONTAINERS_PER_LINE } from "./bound-lines";

/** Lines shorter than this are never read as plain text (the cut scan's dense lines). */
export const DENSE_MIN = 1024;

/** A line starting with this character (a letter, or any past ASCII) opens no block or container. */
export function opensNothing(c: number): boolean {
	return c > 0x7e || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The offset of each line's first character when `text` may be read whole, else null. */
export function wholeNoteStarts(text: string, maxChars: number): number[] | null {
	if (text.length > maxChars) return null;
	const starts: number[] = [];
	for (let pos = 0; pos <= text.length; ) {
		starts.push(pos);
		let nl = text.indexOf("\n", pos);
		if (nl < 0) nl = text.length;
		if (nl - pos > DENSE_MIN) return null;
		if (!opensNothing(text.charCodeAt(pos)) && nl > pos && containerMarkers(text, pos, nl, MAX_CONTAINERS_PER_LINE + 1) > MAX_CONTAINERS_PER_LINE) return null;
		pos = nl + 1;
	}
	return starts;
}
