import { describe, expect, it } from "vitest";
import { logNotePath, mockLogMarkdown, questionLink, sectionHeadingAt, type LogNoteItem } from "../../../src/core/mock/log-note";

// 2025-03-01 14:05 in Asia/Shanghai (the test zone).
const START = Date.UTC(2025, 2, 1, 6, 5, 0);

const zhItems: LogNoteItem[] = [
	{
		qid: "a", text: "离职的原因", path: "面试回答/角度回答.md", line: 6, heading: "离职的原因：",
		secs: 95, targetSecs: 120, rating: 3, remark: "结尾有点散", unanswered: false,
	},
	{
		qid: "b", text: "你在之前的工作中是如何处理客户投诉或不满的？", path: "面试-面试官角度准备.md", line: 40,
		heading: "**一、客户服务与沟通能力**", secs: 120, targetSecs: 120, rating: 1, remark: "", unanswered: false,
	},
	{
		qid: "c", text: "如何将客户反馈转化为产品优化建议？", path: "面试-面试官角度准备.md", line: 52,
		heading: "3.2 项目管理相关问题", secs: 30, targetSecs: 120, rating: 2, remark: "没准备，临场发挥", unanswered: true,
	},
	{
		qid: "d", text: "你能接受加班吗？", path: "面试回答/STAR故事.md", line: 22, heading: null,
		secs: 0, targetSecs: 120, rating: null, remark: "", unanswered: true,
	},
];

const enItems: LogNoteItem[] = [
	{
		qid: "e", text: "Tell me about a time you disagreed with your manager", path: "English/behavioral.md", line: 5,
		heading: "Tell me about a time you disagreed with your manager", secs: 88, targetSecs: 90, rating: 4, remark: "Good pace", unanswered: false,
	},
	{
		qid: "f", text: "Why | this [company]?", path: "English/behavioral.md", line: 20, heading: "Motivation #2",
		secs: 90, targetSecs: 90, rating: 2, remark: "too long\nstart with the point", unanswered: true,
	},
];

describe("mock log note", () => {
	it("writes the Chinese log: a link to each question's section, time against target, rating, remark", async () => {
		const text = mockLogMarkdown({ lang: "zh", startedAt: START, endedAt: START + 6 * 60_000 + 5_000, items: zhItems });
		await expect(text).toMatchFileSnapshot("./__file_snapshots__/log-note.zh.md");
	});

	it("writes the English log", async () => {
		const text = mockLogMarkdown({ lang: "en", startedAt: START, endedAt: START + 3 * 60_000, items: enItems });
		await expect(text).toMatchFileSnapshot("./__file_snapshots__/log-note.en.md");
	});

	it("links never break on characters that end a wikilink", () => {
		expect(questionLink({ path: "a/b.md", heading: "x # y | z", text: "w]]v" })).toBe("[[a/b#x y z|wv]]");
		expect(questionLink({ path: "a/b.md", heading: null, text: "q" })).toBe("[[a/b|q]]");
	});
});

describe("sectionHeadingAt", () => {
	const note = ["intro", "## 离职的原因：", "text", "```", "# not a heading", "```", "**问题1：为什么？**", "### Last ##"].join("\n");
	it("finds the heading of the section that holds a line, skipping code", () => {
		expect(sectionHeadingAt(note, 1)).toBeNull();
		expect(sectionHeadingAt(note, 2)).toBe("离职的原因：");
		expect(sectionHeadingAt(note, 7)).toBe("离职的原因：");
		expect(sectionHeadingAt(note, 8)).toBe("Last");
	});
});

describe("logNotePath", () => {
	it("names the note by date and time inside the mock folder", () => {
		expect(logNotePath("Interview practice/", START, () => false)).toBe("Interview practice/Mock interview 2025-03-01 14.05.md");
		expect(logNotePath("/练习//记录/", START, () => false, "zh")).toBe("练习/记录/模拟面试 2025-03-01 14.05.md");
		expect(logNotePath("", START, () => false)).toBe("Mock interview 2025-03-01 14.05.md");
	});

	it("never returns the path of an existing note", () => {
		const existing = new Set(["P/Mock interview 2025-03-01 14.05.md", "P/Mock interview 2025-03-01 14.05 2.md"]);
		expect(logNotePath("P", START, (p) => existing.has(p))).toBe("P/Mock interview 2025-03-01 14.05 3.md");
	});
});

describe("times in the log note read as the plugin's one clock", () => {
	it("a recording's figures are whole seconds passed, as the recording panel shows them", () => {
		const recording = { path: "rec/a.webm", lengthSecs: 5.9, spokenSecs: 2.6, longestSilenceSecs: 1.7, longPauses: 0 };
		const text = mockLogMarkdown({ lang: "en", startedAt: START, endedAt: START + 60_000, items: [{ ...enItems[0], recording }] });
		expect(text).toContain("spoke 0:02, longest silence 0:01, 0 long pauses");
	});

	it("a run over an hour reads in hours, minutes and seconds", () => {
		const text = mockLogMarkdown({ lang: "en", startedAt: START, endedAt: START + 3_700_000, items: enItems });
		expect(text).toContain("took 1:01:40");
	});
});
