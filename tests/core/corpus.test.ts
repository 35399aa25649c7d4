// Every public note in ../shared/corpus parses, and what comes out looks like questions.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseNote } from "../../src/core/parse/parse-note";
import { buildIndex } from "../../src/core/index/question-index";
import { DEFAULT_LABELS } from "../../src/core/labels";
import { isLabelText } from "../../src/core/parse/question-text";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
const present = existsSync(CORPUS);
const OPTS = { labels: DEFAULT_LABELS, promptHeadings: true };

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : p.endsWith(".md") ? [p] : [];
	});
}

/** local_file names whose style the corpus marks as a hard negative (few or no questions). */
function hardNegatives(): Set<string> {
	const tsv = readFileSync(join(CORPUS, "SOURCES.tsv"), "utf8").split("\n").slice(1);
	return new Set(tsv.map((l) => l.split("\t")).filter((c) => /hard negative/i.test(c[6] ?? "")).map((c) => c[0]));
}

describe.skipIf(!present)(`the public corpus (${present ? CORPUS : "absent: ../shared/corpus not found, skipped"})`, () => {
	const paths = present ? files(CORPUS) : [];
	const notes = paths.map((p) => {
		const text = readFileSync(p, "utf8");
		return { rel: relative(CORPUS, p).split("\\").join("/"), lines: text.split(/\r\n|\r|\n/).length, note: parseNote(relative(CORPUS, p), text, OPTS) };
	});

	it("has notes to read", () => {
		expect(paths.length).toBeGreaterThan(10);
	});

	it("parses every note without a warning, and finds questions in most", () => {
		for (const n of notes) expect(n.note.warnings, n.rel).toEqual([]);
		const withQuestions = notes.filter((n) => n.note.questions.length > 0).length;
		expect(withQuestions).toBeGreaterThan(paths.length * 0.7);
	});

	it("yields sane questions: text, not a label, lines inside the note", () => {
		for (const n of notes) {
			for (const q of n.note.questions) {
				const where = `${n.rel}:${q.line} ${q.text}`;
				expect(q.text.trim(), where).not.toBe("");
				expect(isLabelText(q.text, DEFAULT_LABELS), where).toBe(false);
				expect(q.text.length, where).toBeLessThan(400);
				expect(q.line, where).toBeGreaterThanOrEqual(1);
				expect(q.endLine, where).toBeLessThanOrEqual(n.lines);
				if (q.answered) expect(q.answerMarkdown.trim(), where).not.toBe("");
				expect(q.topic.every((t) => t.trim() !== ""), where).toBe(true);
			}
		}
	});

	it("finds few or no questions in the hard negatives", () => {
		const negatives = hardNegatives();
		expect(negatives.size).toBeGreaterThan(0);
		for (const n of notes.filter((x) => negatives.has(x.rel))) expect(n.note.questions.length, n.rel).toBeLessThanOrEqual(6);
	});

	it("indexes the whole corpus with unique ids", () => {
		const idx = buildIndex(notes.map((n) => n.note));
		expect(idx.byId.size).toBe(idx.questions.length);
		for (const id of idx.gaps) expect(idx.byId.get(id)!.covered).toBe(false);
	});
});
