// Cut a loose answer into pieces placed in STAR parts by cue words: paragraphs into sentences
// (。！？!?. and line breaks), sentences into clauses where the cue changes. Lists, code and
// tables stay whole blocks. Quote markers are stripped; the original-answer callout is skipped.
import type { LabelWords, StarKey } from "../types";
import { cuePart } from "./star-cues";
import { placeSentence, sentencesOf } from "./star-sentences";
import { findPartLabel, starLabelLines } from "./star-labels";
import { flatListItems } from "./star-lists";
import { FOOTNOTE_DEF, blockIdAtEnd, footnoteEnd, isOnlyBlockId, wordsAndId } from "./star-markers";
import { t } from "../i18n";
import { isPlaceholder } from "./star-placeholders";

/** A STAR part, or "unplaced" for words that fit none (kept in a line of their own). */
export type Place = StarKey | "unplaced";

export interface Piece {
	part: Place;
	text: string;
	/** A list, code block or table kept whole. */
	block: boolean;
	/** The paragraph it came from: pieces of one paragraph join inline. */
	para: number;
	/** Cue words placed it (false: it follows its neighbour). */
	cued: boolean;
	/** Block ids that ended the line this piece closes (`^block1`): written once, right after it. */
	ids?: string[];
	/** The answer's line it starts on (a block's text has one line per answer line from there). */
	line: number;
}

interface Unit {
	text: string;
	block: boolean;
	para: number;
	ids?: string[];
	line: number;
}

/** An answer cut into placed pieces, with its footnote definitions kept apart (verbatim). */
export interface SplitAnswer {
	pieces: Piece[];
	footnotes: string[];
	/** Lines (0-based) whose block id the pieces carry: the kept original leaves the id off only there. */
	idLines: ReadonlySet<number>;
	/** Ids on lines with no words for the parts (`^abc` alone, `答： ^abc`): the kept original holds them. */
	looseIds: LooseId[];
}

/** A block id and the answer's line (0-based) it ends. */
export interface LooseId {
	id: string;
	line: number;
}

const QUOTE_PREFIX = /^(?:[ \t]*>[ \t]?)+/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const CALLOUT = /^[ \t]*\[!([^\]\s]+)\]([+-]?)[ \t]*(.*)$/;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]+(.*?))?[ \t#]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const TABLE = /^[ \t]*\|/;
const RULE = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ORIGINAL_TITLES = new Set<string>([t("zh", "star.original"), t("en", "star.original")]);

/** The kept original answer (`> [!quote]- 原回答`): not part of the answer's content. */
export function isOriginalCalloutHeader(line: string): boolean {
	const m = CALLOUT.exec(line.replace(/^[ \t]*>[ \t]?/, ""));
	return m !== null && /^>/.test(line.trim()) && m[1].toLowerCase() === "quote" && ORIGINAL_TITLES.has(m[3].trim());
}

function isBlank(s: string): boolean {
	return s.trim() === "";
}

function cutUnits(markdown: string, labels?: LabelWords): { units: Unit[]; footnotes: string[]; idLines: Set<number>; looseIds: LooseId[] } {
	const lines = markdown.split(/\r?\n/);
	const starHits = starLabelLines(lines, labels);
	const units: Unit[] = [];
	const footnotes: string[] = [];
	const idLines = new Set<number>();
	const looseIds: LooseId[] = [];
	/** The words of line `i` as a unit (its block id apart), when it has any. */
	const pushWords = (words: string, i: number): boolean => {
		const own = wordsAndId(words);
		if (!own) {
			const id = isOnlyBlockId(words) ? words.slice(1) : blockIdAtEnd(words)?.id;
			if (id) looseIds.push({ id, line: i });
			return false;
		}
		units.push({ text: own.text, block: false, para, line: i, ...(own.id ? { ids: [own.id] } : {}) });
		if (own.id) idLines.add(i);
		return true;
	};
	let para = 0;
	let open = false;
	const breakPara = (): void => {
		if (open) para++;
		open = false;
	};
	const pushBlock = (text: string, line: number): void => {
		breakPara();
		units.push({ text, block: true, para, line });
		para++;
	};
	let i = 0;
	const strip = (raw: string): string => raw.replace(QUOTE_PREFIX, "");
	while (i < lines.length) {
		const raw = lines[i];
		const quoted = QUOTE_PREFIX.test(raw);
		const line = strip(raw);
		if (isBlank(line)) {
			breakPara();
			i++;
			continue;
		}
		if (isOriginalCalloutHeader(raw)) {
			breakPara();
			i++;
			while (i < lines.length && /^[ \t]*>/.test(lines[i])) i++;
			continue;
		}
		if (FOOTNOTE_DEF.test(line)) {
			breakPara();
			const end = footnoteEnd(lines, i, strip);
			footnotes.push(lines.slice(i, end).map(strip).join("\n"));
			i = end;
			continue;
		}
		const fence = FENCE.exec(line);
		if (fence) {
			const marker = fence[1];
			const body = [line];
			i++;
			while (i < lines.length) {
				const inner = quoted ? strip(lines[i]) : lines[i];
				body.push(inner);
				i++;
				if (inner.trim().startsWith(marker[0].repeat(marker.length)) && inner.trim().replace(/[`~]/g, "") === "") break;
			}
			pushBlock(body.join("\n"), i - body.length);
			continue;
		}
		const callout = CALLOUT.exec(line);
		if (callout) {
			breakPara();
			pushWords(callout[3].trim(), i);
			breakPara();
			i++;
			continue;
		}
		if (RULE.test(line)) {
			breakPara();
			i++;
			continue;
		}
		const part = findPartLabel(line, labels);
		if (part && part.rest === "") {
			breakPara();
			i++;
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			breakPara();
			pushWords((heading[1] ?? "").trim(), i);
			open = true;
			breakPara();
			i++;
			continue;
		}
		if (LIST_ITEM.test(line) || TABLE.test(line)) {
			const isTable = TABLE.test(line);
			const body = [line.replace(/[ \t]+$/, "")];
			// The block keeps its ids in its own lines.
			if (blockIdAtEnd(line)) idLines.add(i);
			i++;
			while (i < lines.length) {
				const next = strip(lines[i]);
				if (isTable) {
					if (!TABLE.test(next)) break;
				} else if (isBlank(next)) {
					const after = lines.slice(i + 1).find((l) => !isBlank(strip(l)));
					if (after === undefined || !(LIST_ITEM.test(strip(after)) || /^[ \t]+\S/.test(strip(after)))) break;
				} else if (!(LIST_ITEM.test(next) || /^[ \t]+\S/.test(next))) {
					break;
				}
				body.push(next.replace(/[ \t]+$/, ""));
				if (blockIdAtEnd(next)) idLines.add(i);
				i++;
			}
			pushBlock(body.join("\n").replace(/\n+$/, ""), i - body.length);
			continue;
		}
		// A STAR label (a single one, or a scaffold being checked) adds no words; placeholders none either.
		const star = starHits[i];
		// The "A:" / "答：" of a Q/A pair is not part of the answer's words.
		const words = star ? star.rest : line.trim().replace(/^(?:A|答)[:：][ \t]*/, "");
		// A block id ends its line: it goes right after this line's last words, not into them.
		if (!isPlaceholder(words) && pushWords(words, i)) open = true;
		i++;
	}
	return { units, footnotes, idLines, looseIds };
}

/** The answer cut into pieces, each placed in a STAR part. */
export function splitAnswer(markdown: string, labels?: LabelWords): Piece[] {
	return splitAnswerKeepingNotes(markdown, labels).pieces;
}

/** The answer cut into placed pieces, and its footnote definitions. */
export function splitAnswerKeepingNotes(markdown: string, labels?: LabelWords): SplitAnswer {
	const raw: { part: StarKey | null; text: string; block: boolean; para: number; ids?: string[]; line: number }[] = [];
	const { units, footnotes, idLines, looseIds } = cutUnits(markdown, labels);
	const sentences = (text: string, para: number, line: number, ids?: string[]): void => {
		const first = raw.length;
		for (const sentence of sentencesOf(text)) {
			for (const p of placeSentence(sentence)) raw.push({ ...p, block: false, para, line });
		}
		if (ids && raw.length > first) raw[raw.length - 1].ids = ids;
	};
	for (const unit of units) {
		const items = unit.block ? flatListItems(unit.text) : null;
		// An item that is only an id keeps the list whole, so the id stays on its own item.
		if (items && !items.some(isOnlyBlockId) && new Set(items.map(cuePart).filter((p) => p !== null)).size >= 2) {
			// Items that tell different parts: each item is sentences of its own, its block id after them.
			items.forEach((item, k) => {
				const id = blockIdAtEnd(item);
				sentences(id ? item.slice(0, id.index) : item, unit.para, unit.line + k, id ? [id.id] : undefined);
			});
		} else if (unit.block) {
			raw.push({ part: cuePart(unit.text), text: unit.text, block: true, para: unit.para, line: unit.line });
		} else {
			sentences(unit.text, unit.para, unit.line, unit.ids);
		}
	}
	// Words no cue places are not forced into a part, unless a colon or a block before them leads
	// into them ("我的做法是：" followed by a list or a code block).
	let prev: (typeof raw)[number] | null = null;
	let prevPart: Place = "unplaced";
	const pieces = raw.map((p): Piece => {
		const follows = prev !== null && ((p.block && prev.block) || /[:：]\s*$/.test(prev.text));
		const part: Place = p.part ?? (follows ? prevPart : "unplaced");
		prev = p;
		prevPart = part;
		return { part, text: p.text, block: p.block, para: p.para, cued: p.part !== null, line: p.line, ...(p.ids ? { ids: p.ids } : {}) };
	});
	return { pieces, footnotes, idLines, looseIds };
}
