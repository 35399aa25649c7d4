// Obsidian asks both STAR commands whether they apply each time the command palette opens, then runs
// one: the note is parsed once for all of that, and again only when its text changed.
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { locateAnswer } from "../../../src/core/star/locate-answer";

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../../src/core/parse/parse-note", async (importOriginal) => {
	const real = await importOriginal<typeof import("../../../src/core/parse/parse-note")>();
	return {
		...real,
		parseNote: (...args: Parameters<typeof real.parseNote>) => {
			parses.count++;
			return real.parseNote(...args);
		},
	};
});

const opts = { labels: DEFAULT_LABELS, promptHeadings: true };
const NOTE = ["### 你遇到过什么挑战？", "", "**示范回答**：", "", "> 当时我们需要培训老师。", "> 最终顺利上线。"].join("\n");

describe("locateAnswer parses a note once per text", () => {
	it("reuses the parse for the same text and parses an edited text anew", () => {
		locateAnswer(NOTE, { cursor: { line: 4, ch: 0 } }, opts);
		locateAnswer(NOTE, { cursor: { line: 5, ch: 0 } }, opts);
		locateAnswer(NOTE, { cursor: { line: 4, ch: 0 }, selection: { from: { line: 4, ch: 0 }, to: { line: 5, ch: 3 } } }, opts);
		expect(parses.count).toBe(1);
		const edited = locateAnswer(`${NOTE}\n> 客户很满意。`, { cursor: { line: 4, ch: 0 } }, opts);
		expect(parses.count).toBe(2);
		expect(edited?.text).toContain("客户很满意。");
	});

	it("parses again when the label words change", () => {
		const before = parses.count;
		locateAnswer(NOTE, { cursor: { line: 4, ch: 0 } }, { ...opts, labels: { ...DEFAULT_LABELS, answer: ["示范回答", "范例"] } });
		expect(parses.count).toBe(before + 1);
	});
});
