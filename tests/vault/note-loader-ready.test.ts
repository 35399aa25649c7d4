// A note parsed at load (no cache entry) holds its questions in the index's shape, as a cached note
// does: the first build takes each one as its own question instead of copying it, so the index holds
// one object per question, not two (the parsed note's and the index's).
import { describe, expect, it } from "vitest";
import { IndexBuilder, keysOf } from "../../src/core/index/question-index";
import { questionKey } from "../../src/core/normalize";
import { parseNote } from "../../src/core/parse/parse-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { loadNote } from "../../src/vault/note-loader";
import { asRealApp } from "../fake-obsidian/fixture";
import { makeApp } from "../fake-obsidian/make-app";

const NOTE = "[[hub]]\n\n## 为什么离职？\n\n> 想做更大的项目。\n\n## Tell me about a conflict\n\nS: the team split.\n\n**问题3：如何复盘？**\n\n先列时间线。\n";
const OPTS = { labels: DEFAULT_SETTINGS.labels, promptHeadings: DEFAULT_SETTINGS.promptHeadings };

async function load(path = "prep/a.md") {
	const app = asRealApp(makeApp({ files: { [path]: NOTE } }));
	const note = await loadNote({ vault: app.vault, isMember: () => true, parse: async (p, text) => parseNote(p, text, OPTS), onParse: () => undefined }, path, undefined);
	if (!note) throw new Error("not loaded");
	return note;
}

describe("a note parsed at load", () => {
	it("is taken by the first build: the index's questions are the note's own objects", async () => {
		const note = await load();
		expect(note.questions.length).toBe(3);
		const index = new IndexBuilder().build([note]);
		expect(index.questions.length).toBe(3);
		for (const q of index.questions) expect(note.questions).toContain(q);
	});

	it("reads as the parse gave it, with its key known before any build", async () => {
		const note = await load();
		const parsed = parseNote("prep/a.md", NOTE, OPTS);
		expect(note.questions).toMatchObject(parsed.questions.map((q) => ({ ...q, parts: { ...q.parts }, star: { ...q.star } })));
		expect(keysOf(note.questions)).toEqual(parsed.questions.map((q) => questionKey(q.text)));
	});

	it("gives the same index as building from the parse itself", async () => {
		const note = await load();
		const parsed = parseNote("prep/a.md", NOTE, OPTS);
		const plain = (qs: readonly object[]) => JSON.parse(JSON.stringify(qs)) as unknown;
		expect(plain(new IndexBuilder().build([note]).questions)).toEqual(plain(new IndexBuilder().build([parsed]).questions));
	});
});
