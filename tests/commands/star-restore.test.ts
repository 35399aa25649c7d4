import fc from "fast-check";
import { seeded } from "../property-seed";
import { describe, expect, it } from "vitest";
import { restoreOriginal } from "../../src/commands/star-commands";
import { RecordingEditor } from "../core/star/fake-editor";
import { convert, makeHost } from "./star-host";

/** Convert at the `|`, then move the cursor to `line` of the converted note and restore from the callout. */
function convertThenRestore(before: string, cursorLine?: (converted: string[]) => number) {
	const { editor, host } = convert(before);
	const converted = editor.getValue();
	const line = cursorLine ? cursorLine(converted.split("\n")) : editor.head.line;
	const later = new RecordingEditor(converted, { line, ch: 0 });
	const offered = restoreOriginal(later, host, true);
	restoreOriginal(later, host);
	return { converted, later, offered };
}

describe("Restore original answer (undo STAR conversion later)", () => {
	it("puts the kept answer back byte for byte, even after the parts were edited", () => {
		const before = "## 讲一次冲突？\n\n当时两位同事有分歧。|我需要周五前定方案。\n我组织了评审会。最终提前两天上线。\n\n## 下一个？\n\n回答。\n";
		const { editor, host } = convert(before);
		// Later: the person rewrote the Action part, then changed their mind.
		const edited = editor.getValue().replace("我组织了评审会。", "我组织了两次评审会，还写了纪要。");
		const later = new RecordingEditor(edited, { line: 6, ch: 3 });
		expect(restoreOriginal(later, host, true)).toBe(true);
		restoreOriginal(later, host);
		expect(later.getValue()).toBe(before.replace("|", ""));
		expect(later.history).toHaveLength(1);
		expect(later.head).toEqual({ line: 2, ch: 0 });
	});

	it("puts a block id and a footnote definition back where they were", () => {
		const before = "## 讲一次挑战？\n\n当时系统宕机[^1]。|我负责恢复。我先回滚。最终十分钟恢复上线。 ^block1\n\n[^1]: 见 2023 年的事故日志。\n\n## 下一个？";
		const { converted, later } = convertThenRestore(before);
		expect(converted).toContain("最终十分钟恢复上线。 ^block1");
		expect(later.getValue()).toBe(before.replace("|", ""));
	});

	it("puts a block id back after the tab it stood after, not a space", () => {
		const before = "## 讲一次挑战？\n\n当时系统宕机。|我负责恢复。\t^block1\n最终十分钟恢复上线。\n\n## 下一个？";
		const { converted, later } = convertThenRestore(before);
		expect(converted).toContain("^block1");
		expect(later.getValue()).toBe(before.replace("|", ""));
	});

	it("keeps a CRLF note CRLF", () => {
		const before = "## 讲一次挑战？\r\n\r\n当时系统宕机。|我负责恢复。\r\n最终十分钟恢复上线。\r\n\r\n## 下一个？\r\n";
		const { later } = convertThenRestore(before);
		expect(later.getValue()).toBe(before.replace("|", ""));
	});

	it("restores only the question at the cursor, and is not offered where nothing was kept", () => {
		const q1 = "## 问题一？\n\n当时项目延期。我负责赶进度。最终按时上线。\n";
		const q2 = "## 问题二？\n\n当时客户投诉。我逐个回访。最终投诉少了一半。\n";
		const { host } = makeHost();
		const first = convert(`${q1}\n${q2.replace("当时", "|当时")}`);
		const both = convert(first.editor.getValue().replace("当时项目延期", "|当时项目延期"));
		const note = both.editor.getValue();
		const lines = note.split("\n");
		const second = new RecordingEditor(note, { line: lines.indexOf("## 问题二？") + 3, ch: 0 });
		restoreOriginal(second, host);
		expect(second.getValue()).toContain(q2);
		expect(second.getValue()).not.toContain(q1);
		expect(second.getValue()).toContain("> 当时项目延期。我负责赶进度。最终按时上线。");
		const plain = new RecordingEditor(`${q1}\n${q2}`, { line: 2, ch: 0 });
		expect(restoreOriginal(plain, host, true)).toBe(false);
		const noKept = convert("## 问题一？\n\n|当时项目延期。我负责赶进度。", { starKeepOriginal: false });
		expect(restoreOriginal(noKept.editor, host, true)).toBe(false);
	});

	it("property: convert, then restore from the callout, gives the note back byte for byte", () => {
		const sentence = fc.constantFrom(
			"当时项目延期。", "我需要周五前交付。", "我先拆分了任务，然后安排了站会。", "最终提前两天上线。", "我是一个细心的人。",
			"At my last job, builds were slow. ", "I had to fix it by Friday. ", "I set up a cache. ", "Builds took 8 minutes. ", "I like people. ",
			"- 先看监控\n- 然后回滚", "1. 当时投诉很多。\n2. 最终少了一半。", "```\ncode\n```", "**重点**", "[[链接]]", "30%", " ^id1",
		);
		const answer = fc
			.array(fc.tuple(sentence, fc.constantFrom("", "\n", "\n\n")), { minLength: 1, maxLength: 8 })
			.map((xs) => xs.map(([s, sep]) => s + sep).join("").trim())
			// A block id is put back on the line that ends like its part's line: one id, on a line of its own words.
			.filter((a) => a !== "" && !a.startsWith("^") && (a.match(/\^id1/g) ?? []).length <= 1)
			.filter((a) => {
				const lines = a.replace(" ^id1", "").split("\n");
				return !a.includes("^id1") || new Set(lines).size === lines.length;
			})
			// The id after a tab as well as after a space.
			.chain((a) => fc.constantFrom(a, a.replace(" ^id1", "\t^id1")));
		fc.assert(
			fc.property(answer, (a) => {
				const note = `# 笔记\n\n## 讲一次经历？\n\n${a}\n\n## 下一个问题？\n\n回答。\n`;
				const marked = note.replace("## 讲一次经历？\n\n", "## 讲一次经历？\n\n|");
				const { later } = convertThenRestore(marked, (ls) => ls.indexOf("## 讲一次经历？") + 2);
				expect(later.getValue()).toBe(note);
			}),
			seeded({ numRuns: 200 }),
		);
	});
});
