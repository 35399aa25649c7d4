// The end of a line read backwards. A pattern such as `/[…]+$/` or `/\s*(…)$/` is tried from every
// place in a long run of its characters and takes time growing with the square of the run when
// the line does not end there; these read from the end once.

const SPACE = /\s/;

/** `s` without the trailing characters `drop` accepts. */
export function dropTrailing(s: string, drop: (c: string) => boolean): string {
	let e = s.length;
	while (e > 0 && drop(s[e - 1])) e--;
	return e === s.length ? s : s.slice(0, e);
}

const isOpen = (c: string): boolean => c === "(" || c === "（";
const isClose = (c: string): boolean => c === ")" || c === "）";

/**
 * `s` without a bracketed note at its end ("Scoring (1-5)" → "Scoring"), the spaces around it
 * too; a colon after the note stays ("Signals (senior):" → "Signals:"). `s` as it is otherwise.
 */
export function withoutEndNote(s: string, keepColon = false): string {
	let e = dropTrailing(s, (c) => SPACE.test(c)).length;
	let colon = "";
	if (keepColon && e > 0 && (s[e - 1] === ":" || s[e - 1] === "：")) {
		colon = s[e - 1];
		e = dropTrailing(s.slice(0, e - 1), (c) => SPACE.test(c)).length;
	}
	if (e === 0 || !isClose(s[e - 1])) return s;
	let o = e - 2;
	while (o >= 0 && !isOpen(s[o]) && !isClose(s[o])) o--;
	if (o < 0 || !isOpen(s[o])) return s;
	return dropTrailing(s.slice(0, o), (c) => SPACE.test(c)) + colon;
}
