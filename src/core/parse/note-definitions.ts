// A note's link reference definitions, for reading it in pieces: a piece that refers to a link defined in
// another piece is given that definition after its own lines. Definitions are guessed by their look and
// checked against what the reader made of them (parse-note.ts reads again when a guess mattered).

/** A line guessed to define a link. */
export interface Definition {
	/** 1-based line in the note. */
	line: number;
	label: string;
	text: string;
}

/**
 * A line that may be a link reference definition: at the top level, or after the markers of quotes and
 * list items (`> [x]: url`, `- [x]: url`), whose definitions are the whole note's too. Group 1 is the
 * containers' markers and indent, group 2 the label (a bracket in it escaped with a backslash: `[a\]]`).
 */
const DEFINITION = /^((?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)\[((?:[^\\\]\n]|\\[^\n])+)\]:[ \t]*\S.*$/gm;
/** A label where a piece refers to a link (`[x]`, `[text][x]`), escaped brackets and all. */
const REFERENCE = /\[((?:[^[\]\\\n]|\\[^\n]){1,999})\]/g;

/**
 * Lines that look like link reference definitions (`[x]: url`): remark has the last word. Their text is
 * without the containers' markers (put after a piece that refers to it, it defines the link there).
 * Yields every `stepChars` or so.
 */
export function* definitionLines(masked: string, stepChars: number): Generator<void, Definition[], void> {
	if (!masked.includes("]:")) return [];
	const out: Definition[] = [];
	let line = 1;
	let at = 0;
	let turn = 0;
	for (const m of masked.matchAll(DEFINITION)) {
		for (let nl = masked.indexOf("\n", at); nl >= 0 && nl < m.index; nl = masked.indexOf("\n", nl + 1)) line++;
		at = m.index;
		out.push({ line, label: normalLabel(m[2]), text: m[0].slice(m[1].length) });
		if (at + m[0].length - turn >= stepChars) {
			turn = at + m[0].length;
			yield;
		}
	}
	return out;
}

/** A label as CommonMark matches it: case and runs of white space do not count. */
function normalLabel(label: string): string {
	return label.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();
}

/** The first definition of each label (the one remark uses). */
export function firstByLabel(defs: readonly Definition[]): Map<string, Definition> {
	const out = new Map<string, Definition>();
	for (const d of defs) if (!out.has(d.label)) out.set(d.label, d);
	return out;
}

/** Whether both give every label the same first definition (what the pieces are given). */
export function sameFirsts(guessed: readonly Definition[], real: readonly Definition[]): boolean {
	const a = firstByLabel(guessed);
	const b = firstByLabel(real);
	if (a.size !== b.size) return false;
	for (const [label, d] of a) if (b.get(label)?.text !== d.text) return false;
	return true;
}

/**
 * The note's definitions a piece refers to (`[text][x]`, `[x]`), to put after it (after its last
 * line, so no line moves): `[x]` then reads as a link in every piece, as in the whole note.
 */
export function definitionsFor(text: string, byLabel: ReadonlyMap<string, Definition>): string {
	if (byLabel.size === 0) return "";
	const used = new Set<Definition>();
	for (const m of text.matchAll(REFERENCE)) {
		const d = byLabel.get(normalLabel(m[1]));
		if (d) used.add(d);
	}
	return used.size ? "\n\n" + [...used].map((d) => d.text).join("\n") : "";
}
