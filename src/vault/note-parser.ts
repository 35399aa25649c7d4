// Parsing one note for the live index: in paced steps (a big note in pieces, yielding between them),
// and for an edited note with what its last parse read, so only the pieces the edit changed are read
// again. One note's pieces are kept (the note being typed in); syntax trees of other notes are not.
import { DEFAULT_TUNING, parseNoteSteps, type ParseTuning } from "../core/parse/parse-note";
import { ParseMemo } from "../core/parse/parse-memo";
import type { ParsedNote, ParseOptions } from "../core/types";
import type { LiveIndexDeps } from "./live-index-deps";
import type { Pacer } from "./pacer";

export class NoteParser {
	/** The pieces of the note last parsed after an edit. */
	private kept: { path: string; memo: ParseMemo } | null = null;

	constructor(
		private readonly pacer: Pacer,
		private readonly deps: Pick<LiveIndexDeps, "getSettings" | "parse">,
	) {}

	/** The parse options the settings give. */
	options(): ParseOptions {
		const s = this.deps.getSettings();
		return { labels: s.labels, promptHeadings: s.promptHeadings };
	}

	/** Parses `text`; `edited`: it came with an edit, so the note's pieces are kept for the next one. */
	async parse(path: string, text: string, edited: boolean): Promise<ParsedNote> {
		const tuning: ParseTuning = edited ? { ...DEFAULT_TUNING, memo: new ParseMemo(this.kept?.path === path ? this.kept.memo : null) } : DEFAULT_TUNING;
		const note = this.deps.parse ? this.deps.parse(path, text, this.options(), tuning) : await this.pacer.paced(parseNoteSteps(path, text, this.options(), tuning));
		if (tuning.memo) this.kept = { path, memo: tuning.memo };
		return note;
	}

	/** The note went, moved or is parsed afresh (no path: every note). */
	forget(path?: string): void {
		if (path === undefined || this.kept?.path === path) this.kept = null;
	}
}
