import fc from "fast-check";
import { seeded } from "../../property-seed";
import { describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { convertToStar } from "../../../src/core/star/star-convert";
import { withoutPlaceMarkers } from "../../../src/core/star/star-markers";
import { splitAnswerKeepingNotes } from "../../../src/core/star/star-segments";
import { convertAnswer, type StarCommandHost } from "../../../src/commands/star-commands";
import { RecordingEditor, toOffset } from "./fake-editor";

// Answer-like text: markdown pieces, cue words and arbitrary characters mixed.
const piece = fc.oneof(
	fc.constantFrom(
		"\n", "\n\n", "> ", ">", "- ", "1. ", "```", "~~~", "## ", "**", "`", "|", "  ", "\t", "。", "，", "！", "? ", ". ",
		"当时", "在项目中", "需要", "我", "我们", "首先", "然后", "最终", "提前", "30%", "I ", "we ", "First, ", "As a result, ",
		"S: ", "情境：", "[!quote]- 原回答", "> [!quote]- Original answer", "---", "%%", "<!--", "\r\n",
		" ^block1", " ^x-2\n", "[^1]", "\n[^1]: ", "\n    ",
	),
	fc.string({ maxLength: 12 }),
	fc.string({ unit: "grapheme", maxLength: 6 }),
);
const answerText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

function nonSpace(s: string): string {
	return s.replace(/\s/g, "");
}

function counts(s: string): Map<string, number> {
	const m = new Map<string, number>();
	for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
	return m;
}

function isSubsequence(needle: string, hay: string): boolean {
	const want = Array.from(needle);
	let k = 0;
	for (const c of hay) if (k < want.length && c === want[k]) k++;
	return k === want.length;
}

describe("STAR conversion properties", () => {
	it("loses no character: each one is in the parts or the kept callout, and the callout keeps the original in order", () => {
		fc.assert(
			fc.property(answerText, fc.constantFrom("zh" as const, "en" as const), (answer, lang) => {
				const r = convertToStar(answer, { lang, labels: DEFAULT_LABELS, keepOriginal: true });
				if (r.kind !== "converted") return;
				// Every character of the original, as many times as it occurs there, is somewhere in the result.
				const have = counts(nonSpace(r.text));
				for (const [c, n] of counts(nonSpace(answer))) expect(have.get(c) ?? 0, JSON.stringify(c)).toBeGreaterThanOrEqual(n);
				const header = lang === "zh" ? "> [!quote]- 原回答" : "> [!quote]- Original answer";
				// The note ends with the callout: its header, then the answer's lines (block ids the parts carry
				// and footnote definitions live in the parts). Counted from the end, so an answer that itself
				// contains the header's words cannot be mistaken for the callout.
				const original = withoutPlaceMarkers(answer, splitAnswerKeepingNotes(answer, DEFAULT_LABELS).idLines);
				const out = r.text.split("\n");
				const n = original.split("\n").length;
				expect(out[out.length - n - 1]).toBe(header);
				const kept = out.slice(-n).join("\n");
				expect(isSubsequence(nonSpace(original), nonSpace(kept))).toBe(true);
				// Every kept line is the original line behind a quote marker.
				expect(kept.split("\n").map((l) => l.replace(/^> ?/, ""))).toEqual(original.split("\n"));
			}),
			seeded({ numRuns: 400 }),
		);
	});

	it("without the kept original, every block id of the answer is still in the parts", () => {
		fc.assert(
			fc.property(answerText, (answer) => {
				const r = convertToStar(answer, { lang: "zh", labels: DEFAULT_LABELS, keepOriginal: false });
				if (r.kind !== "converted") return;
				// An id as Obsidian reads one: at a line's end, after white space or alone on its line.
				for (const m of answer.matchAll(/(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/gm)) expect(r.text, JSON.stringify(answer)).toContain(`^${m[1]}`);
			}),
			seeded({ numRuns: 400 }),
		);
	});

	it("applying the change and then its inverse restores the note byte for byte", () => {
		const host: StarCommandHost = {
			addCommand: () => undefined,
			getSettings: () => ({ ...DEFAULT_SETTINGS }),
			lang: () => "zh",
			notice: () => undefined,
		};
		fc.assert(
			fc.property(answerText, fc.boolean(), fc.nat(), (answer, select, cursorSeed) => {
				const note = `# 笔记\n\n## 你遇到过什么挑战？\n\n${answer}\n\n## 下一个问题？\n\n回答。\n`;
				const lines = note.split("\n");
				const line = 3 + (cursorSeed % Math.max(1, answer.split("\n").length));
				const editor = select
					? new RecordingEditor(note, { line: 4, ch: 0 }, { line, ch: lines[line].length })
					: new RecordingEditor(note, { line, ch: 0 });
				convertAnswer(editor, host);
				expect(editor.history.length).toBeLessThanOrEqual(1);
				// The new selection lies inside the new text.
				expect(() => toOffset(editor.getValue(), editor.anchor)).not.toThrow();
				expect(() => toOffset(editor.getValue(), editor.head)).not.toThrow();
				editor.undo();
				expect(editor.getValue()).toBe(note);
			}),
			seeded({ numRuns: 300 }),
		);
	});
});
