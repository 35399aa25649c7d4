// What the last parse of a note read, so the next parse of the same note (an edit) reads again only
// what the edit changed: the Markdown reader's blocks of each piece, and each answer's parts.
// A piece's blocks depend only on its own text (pieces are cut where they cannot change the
// blocks), what was open before it, the note's link definitions it refers to, and for setext
// headings the note's own text on its lines: all of that is the key. A piece that moved keeps its
// blocks, with its lines moved. An answer's parts depend on its text (and the parse options, which
// a memo is never kept across).
import { shiftLines } from "./fast/fast-inline";
import type { PartsResult } from "./answer-parts";
import type { Block } from "./mdast-text";
import type { NoteText } from "./note-text";
import type { Piece } from "./chunks";

/** One piece read: its blocks (lines the note's), what is still open at its end, its definition lines. */
export interface PieceRead {
	blocks: Block[];
	open: string | null;
	defLines: number[];
}

/** An answer's parts, and whether it holds only follow-up prompts or a rubric. */
export interface AnswerRead {
	res: PartsResult;
	onlyPrompts: boolean;
}

interface PieceEntry {
	/** The rest of the key (the piece's masked text is the map's key). */
	prefix: string;
	defs: string;
	whole: boolean;
	plain: boolean;
	/** The note's own text on the piece's lines when comments were masked out of it, else "". */
	own: string;
	/** The piece's first line when it was read (its blocks' lines are for this line). */
	line: number;
	read: PieceRead;
}

/** The link definitions a note's pieces may refer to, by label (a change reads every piece again). */
export type DefinitionTexts = ReadonlyMap<string, { text: string }>;

/**
 * One parse's memo: finds what it is asked in the memo of the note's last parse and keeps all it
 * reads or reuses (only that) for the next parse. Create one per parse, from the last one.
 */
export class ParseMemo {
	private readonly pieces = new Map<string, PieceEntry[]>();
	private readonly answers = { answer: new Map<string, AnswerRead>(), hint: new Map<string, AnswerRead>() };
	private defsOf: DefinitionTexts | null = null;
	private defsKey = "";
	/** Pieces and answers found in the last parse's memo, and all asked for. */
	readonly stats = { piecesReused: 0, pieces: 0, answersReused: 0, answers: 0 };

	constructor(private readonly last: ParseMemo | null = null) {}

	/** The piece's reading: the last parse's when its key matches, else `readPiece(p)`'s. */
	piece(p: Piece, note: NoteText, defs: DefinitionTexts, readPiece: (p: Piece) => PieceRead): PieceRead {
		this.stats.pieces++;
		const text = note.masked.slice(p.start, p.end);
		const probe: Omit<PieceEntry, "read"> = {
			prefix: p.prefix,
			defs: this.keyOf(defs),
			whole: p.start === 0 && p.end === note.masked.length,
			plain: !!p.plain,
			own: note.masked === note.text ? "" : note.text.slice(p.start, p.end),
			line: p.line,
		};
		const found = this.last?.takePiece(text, probe);
		if (found) this.stats.piecesReused++;
		const read = found ? moved(found, p.line) : readPiece(p);
		const list = this.pieces.get(text);
		if (list) list.push({ ...probe, read });
		else this.pieces.set(text, [{ ...probe, read }]);
		return read;
	}

	/** An answer's parts: the last parse's (copied) when the text is the same, else `readAnswer()`'s. */
	answer(text: string, loose: "answer" | "hint", readAnswer: () => AnswerRead): AnswerRead {
		this.stats.answers++;
		const found = this.last?.answers[loose].get(text) ?? this.answers[loose].get(text);
		if (found) this.stats.answersReused++;
		const read = found ?? readAnswer();
		this.answers[loose].set(text, read);
		// Each question gets objects of its own (the plugin shares strings within them afterwards).
		return { res: { ...read.res, parts: { ...read.res.parts }, star: { ...read.res.star } }, onlyPrompts: read.onlyPrompts };
	}

	/** Takes the matching entry out (so its blocks are handed out once), or undefined. */
	private takePiece(text: string, probe: Omit<PieceEntry, "read">): PieceEntry | undefined {
		const list = this.pieces.get(text);
		const i = list?.findIndex((e) => e.prefix === probe.prefix && e.defs === probe.defs && e.whole === probe.whole && e.plain === probe.plain && e.own === probe.own) ?? -1;
		if (!list || i < 0) return undefined;
		return list.splice(i, 1)[0];
	}

	private keyOf(defs: DefinitionTexts): string {
		if (defs !== this.defsOf) {
			this.defsOf = defs;
			this.defsKey = [...defs].map(([label, d]) => `${label}\u0000${d.text}`).join("\n");
		}
		return this.defsKey;
	}
}

/** The entry's reading with its lines moved to a piece starting at `line`. */
function moved(e: PieceEntry, line: number): PieceRead {
	const by = line - e.line;
	if (by === 0) return e.read;
	for (const b of e.read.blocks) shiftLines(b, by);
	return { blocks: e.read.blocks, open: e.read.open, defLines: e.read.defLines.map((l) => l + by) };
}

