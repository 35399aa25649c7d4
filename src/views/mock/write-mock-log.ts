// Writes a run's log note: finds each question's section heading, picks a free path, creates the note.
import type { Lang, Question } from "../../core/types";
import type { NewMockRun } from "../../core/review/review-store";
import { logNotePath, mockLogMarkdown, normalizeFolder, sectionHeadingAt, type LogNoteItem } from "../../core/mock/log-note";
import type { MockLogVault } from "../../vault/mock-log-vault";

export interface WriteMockLogInput {
	run: NewMockRun;
	/** Question by id, for where each question lives. */
	questionOf: (qid: string) => Question | undefined;
	folder: string;
	lang: Lang;
}

/** Creates the log note and returns its path. Never overwrites a note. */
export async function writeMockLog(vault: MockLogVault, input: WriteMockLogInput): Promise<string> {
	const texts = new Map<string, string | null>();
	const items: LogNoteItem[] = [];
	for (const item of input.run.items) {
		const q = input.questionOf(item.qid);
		const path = q?.path ?? "";
		if (path && !texts.has(path)) texts.set(path, await vault.read(path));
		const text = texts.get(path) ?? null;
		items.push({ ...item, path, line: q?.line ?? 1, heading: q && text !== null ? sectionHeadingAt(text, q.line) : null });
	}
	const markdown = mockLogMarkdown({ lang: input.lang, startedAt: input.run.startedAt, endedAt: input.run.endedAt, items });
	const folder = normalizeFolder(input.folder);
	await vault.ensureFolder(folder);
	const path = logNotePath(folder, input.run.startedAt, (p) => vault.exists(p), input.lang);
	await vault.create(path, markdown);
	return path;
}
