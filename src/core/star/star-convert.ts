// Rewrite a loose answer as four labelled STAR parts, each filled with the answer's own sentences
// where cue words place them, and keep the original verbatim in a folded callout below. Pure text in,
// text out: the editor command applies it as one transaction.
import type { Lang, LabelWords, StarKey } from "../types";
import { STAR_KEYS } from "../types";
import { starLabel, starLabelLines } from "./star-labels";
import { withoutPlaceMarkers } from "./star-markers";
import { type LooseId, type Piece, splitAnswerKeepingNotes } from "./star-segments";
import { t } from "../i18n";
import { placeholderFor, unplacedLabel } from "./star-placeholders";

export interface ConvertOptions {
	lang: Lang;
	labels?: LabelWords;
	/** Keep the original answer in a folded `> [!quote]- 原回答` callout below the parts. */
	keepOriginal: boolean;
}

/** Each part's text as written under its label ("" when empty), and what no part took. */
export type PlacedParts = Record<StarKey | "unplaced", string>;

export type ConvertResult =
	| {
			kind: "converted";
			text: string;
			parts: PlacedParts;
			/** Offset in `text` of the first empty part's placeholder, or of the first part. */
			cursor: number;
			/** End of that placeholder (equal to `cursor` when no part is empty), so it can be selected. */
			cursorEnd: number;
	  }
	| { kind: "already-star" }
	| { kind: "empty" };

export interface Scaffold {
	text: string;
	cursor: number;
	cursorEnd: number;
}

const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9,.;:!?)"'’”]/.test(c);

/**
 * Words that stood mid-line ("当时项目延期。## 下一步", "…。```js") and now start a line of a part: a
 * leading heading mark or code fence is escaped, so they do not become a heading (a new question) or a
 * code block that swallows what follows. The kept original has them as they were.
 */
const asWords = (text: string): string => text.replace(/^(?=#{1,6}(?:[ \t]|$)|`{3}|~{3})/, "\\");

/**
 * Pieces of one part joined: inline within a paragraph, a blank line between paragraphs and blocks.
 * A block id follows the words it ended, after a space, and ends their paragraph there: an id is only
 * an id at the end of a block, and the restore finds its line by those words.
 */
function partBody(pieces: Piece[]): string {
	let out = "";
	let prev: Piece | null = null;
	for (const p of pieces) {
		if (prev === null) out = p.block ? `\n\n${p.text}` : p.text;
		else if (p.block || prev.block || p.para !== prev.para || prev.ids) out += `\n\n${p.block ? p.text : asWords(p.text)}`;
		else out += (isLatin(out[out.length - 1]) || isLatin(p.text[0]) ? " " : "") + p.text;
		if (p.ids) out += ` ${p.ids.map((id) => `^${id}`).join(" ")}`;
		prev = p;
	}
	return out;
}

/** Four labelled parts; empty ones get a placeholder. Returns where the first empty part's placeholder is. */
function assemble(bodies: Record<StarKey, string>, lang: Lang, labels?: LabelWords): Scaffold {
	let text = "";
	let cursor = -1;
	let cursorEnd = -1;
	for (const key of STAR_KEYS) {
		if (text !== "") text += "\n\n";
		const label = starLabel(lang, key, labels);
		if (bodies[key] === "") {
			const placeholder = placeholderFor(lang, key);
			if (cursor < 0) {
				cursor = text.length + label.length;
				cursorEnd = cursor + placeholder.length;
			}
			text += label + placeholder;
		} else {
			// A part that starts with a list or code keeps its label alone on the line.
			text += bodies[key].startsWith("\n") ? label.trimEnd() + bodies[key] : label + bodies[key];
		}
	}
	if (cursor < 0) cursor = cursorEnd = 0;
	return { text, cursor, cursorEnd };
}

/**
 * The original answer in a folded quote callout: verbatim but for footnote definitions and the block
 * ids on `idLines`, which the parts carry (once) so Obsidian still finds them.
 */
export function originalCallout(answer: string, lang: Lang, idLines: ReadonlySet<number>): string {
	return quoteCallout(withoutPlaceMarkers(answer, idLines), lang);
}

function quoteCallout(answer: string, lang: Lang): string {
	const lines = answer.split("\n").map((line) => (line === "" ? ">" : `> ${line}`));
	return [`> [!quote]- ${t(lang, "star.original")}`, ...lines].join("\n");
}

/** Two or more STAR labels: the answer is already in STAR form. */
export function isStarForm(answer: string, labels?: LabelWords): boolean {
	const keys = new Set<StarKey>();
	for (const hit of starLabelLines(answer.split("\n"), labels)) if (hit) keys.add(hit.key);
	return keys.size >= 2;
}

export function convertToStar(answer: string, opts: ConvertOptions): ConvertResult {
	if (answer.trim() === "") return { kind: "empty" };
	if (isStarForm(answer, opts.labels)) return { kind: "already-star" };
	const bodies: Record<StarKey, string> = { situation: "", task: "", action: "", result: "" };
	const { pieces, footnotes, idLines, looseIds } = splitAnswerKeepingNotes(answer, opts.labels);
	// Ids on lines with no words stay in the kept original; with none kept, the parts take them too.
	const leftIds = opts.keepOriginal ? [] : carryLooseIds(pieces, looseIds);
	for (const key of STAR_KEYS) bodies[key] = partBody(pieces.filter((p) => p.part === key));
	const unplaced = partBody(pieces.filter((p) => p.part === "unplaced"));
	const scaffold = assemble(bodies, opts.lang, opts.labels);
	const label = unplacedLabel(opts.lang);
	const rest = unplaced === "" ? "" : `\n\n${unplaced.startsWith("\n") ? label.trimEnd() + unplaced : label + unplaced}`;
	const notes = footnotes.map((f) => `\n\n${f}`).join("");
	// (Ids with no words at all end the last part.)
	const body = scaffold.text + rest + leftIds.map((id) => ` ^${id}`).join("") + notes;
	const text = opts.keepOriginal ? `${body}\n\n${originalCallout(answer, opts.lang, idLines)}` : body;
	const parts: PlacedParts = { ...bodies, unplaced };
	for (const key of [...STAR_KEYS, "unplaced"] as const) parts[key] = parts[key].trim();
	return { kind: "converted", text, parts, cursor: scaffold.cursor, cursorEnd: scaffold.cursorEnd };
}

/** A blank scaffold with where its first placeholder is. */
export function starScaffold(lang: Lang, labels?: LabelWords): Scaffold {
	return assemble({ situation: "", task: "", action: "", result: "" }, lang, labels);
}

/** A blank STAR scaffold in the given language. */
export function starTemplate(lang: Lang, labels?: LabelWords): string {
	return starScaffold(lang, labels).text;
}

/**
 * Puts each id of a line with no words after the last piece that starts before its line, else after
 * the first piece after it (a link to the block then still finds one). Returns the ids no piece could
 * take (an answer of nothing but ids).
 */
function carryLooseIds(pieces: Piece[], loose: readonly LooseId[]): string[] {
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
