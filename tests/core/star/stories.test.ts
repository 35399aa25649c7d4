// The story bank in the core: stories found by their marker, linked from answers, covered per
// competency, suggested for behavioural questions without an answer, and the link written.
import { describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { findStories, type Story } from "../../../src/core/star/stories";
import { linkedStories, storyLinkText, storyLookup, withLinkedStories } from "../../../src/core/star/story-links";
import { storyBank } from "../../../src/core/star/story-bank";
import { suggestStories } from "../../../src/core/star/story-suggest";
import { planStoryLink } from "../../../src/core/star/story-link-edit";
import { makeQuestion } from "../quiz/make-question";

const MIGRATION_NOTE = [
	"---",
	"interview-story: true",
	"competencies: [leadership, 冲突]",
	"---",
	"**Situation**: our billing service kept failing at month end.",
	"**Task**: I had to move it to the new queue in two weeks.",
	"**Action**: I split the work, called the vendor, and paired with two juniors.",
	"**Result**: month-end failures dropped from 12 to 0.",
	"",
].join("\n");

const STORIES_NOTE = [
	"# 我的故事",
	"",
	"## 说服客户延期上线 #story #沟通",
	"去年客户要求提前上线，但测试没做完。我联系了客户负责人，拆分了上线计划。最终分两批上线，零故障。",
	"",
	"## Handling an angry customer",
	"#故事 #customer-service #conflict",
	"",
	"A customer shouted at our support desk because an invoice was wrong. I called him back and fixed the invoice. As a result he renewed for 2 years.",
	"",
	"## Not a story",
	"Just notes. #draft",
	"",
	"```",
	"## Code #story",
	"```",
].join("\n");

function bank(): Story[] {
	return [...findStories("Stories/Billing migration.md", MIGRATION_NOTE, DEFAULT_LABELS), ...findStories("Stories/故事.md", STORIES_NOTE, DEFAULT_LABELS)];
}

describe("findStories: the marker", () => {
	it("a note marked by its property is one story named after the note, with its competencies and STAR parts", () => {
		const [s] = findStories("Stories/Billing migration.md", MIGRATION_NOTE, DEFAULT_LABELS);
		expect(s.name).toBe("Billing migration");
		expect(s.heading).toBeNull();
		expect(s.competencies).toEqual(["leadership", "冲突"]);
		expect(s.parts.task).toBe("I had to move it to the new queue in two weeks.");
		expect(s.parts.result).toBe("month-end failures dropped from 12 to 0.");
	});

	it("headings marked on their line or on the first line under them are stories; code and unmarked headings are not", () => {
		const found = findStories("Stories/故事.md", STORIES_NOTE, DEFAULT_LABELS);
		expect(found.map((s) => [s.name, s.competencies, s.line])).toEqual([
			["说服客户延期上线", ["沟通"], 3],
			["Handling an angry customer", ["customer-service", "conflict"], 6],
		]);
		// Unlabelled: sentences placed by what they say; the tag line is not part of the story.
		expect(found[0].parts.action).toContain("我联系了客户负责人");
		expect(found[0].parts.result).toContain("分两批上线");
		expect(found[1].text.startsWith("A customer shouted")).toBe(true);
		expect(found[1].parts.result).toContain("renewed for 2 years");
	});

	it("a tag #story in a note's front matter tags or before its first heading marks the whole note", () => {
		expect(findStories("a.md", "---\ntags:\n  - story\n  - teamwork\n---\nText.", DEFAULT_LABELS)[0].competencies).toEqual(["teamwork"]);
		expect(findStories("b.md", "#故事 #领导力\n我带过三个新人。", DEFAULT_LABELS)[0]).toMatchObject({ name: "b", competencies: ["领导力"], text: "我带过三个新人。" });
		expect(findStories("c.md", "# Title\nNo marker here. #story is not at the top", DEFAULT_LABELS)).toEqual([]);
	});
});

describe("linked stories", () => {
	const lookup = storyLookup(bank());
	it("[[Story note]], [[note#heading]] (with or without tags, any case) and [[#heading]] in the same note", () => {
		const names = (md: string, from = "Q/questions.md") => linkedStories(md, from, lookup).map((s) => s.name);
		expect(names("See [[Billing migration]].")).toEqual(["Billing migration"]);
		expect(names("见 [[故事#说服客户延期上线 story 沟通|延期]]")).toEqual(["说服客户延期上线"]);
		expect(names("[[故事#handling an angry customer]] and again [[Stories/故事#Handling an angry customer]]")).toEqual(["Handling an angry customer"]);
		expect(names("[[#说服客户延期上线]]", "Stories/故事.md")).toEqual(["说服客户延期上线"]);
		expect(names("[[故事#Not a story]] [[Elsewhere]] `[[Billing migration]]`")).toEqual([]);
	});

	it("the link written for a story resolves back to it", () => {
		for (const s of bank()) {
			for (const from of ["Q/questions.md", s.path]) expect(linkedStories(storyLinkText(s, from), from, lookup)).toEqual([s]);
		}
		expect(storyLinkText(bank()[0], "Q/x.md")).toBe("[[Billing migration]]");
		expect(storyLinkText(bank()[1], "Q/x.md")).toBe("[[故事#说服客户延期上线 story 沟通|说服客户延期上线]]");
	});
});

describe("withLinkedStories: what the STAR check reads", () => {
	it("an answer that links to a story is followed by the story's text; other answers are unchanged", () => {
		expect(withLinkedStories("Story: [[Billing migration]]", "Q/a.md", bank())).toBe(`Story: [[Billing migration]]\n\n${bank()[0].text}`);
		expect(withLinkedStories("I like support.", "Q/a.md", bank())).toBe("I like support.");
	});
});

describe("storyBank: coverage", () => {
	it("per competency the stories and the questions they serve; behavioural questions served by none; stories many questions use", () => {
		const qs = [
			makeQuestion("q1", { path: "Q/a.md", text: "Tell me about a time you led a team.", answerMarkdown: "Story: [[Billing migration]]" }),
			makeQuestion("q2", { path: "Q/a.md", text: "描述一次你处理冲突的经历", answerMarkdown: "故事：[[Billing migration]]" }),
			makeQuestion("q3", { path: "Q/a.md", text: "Give an example of a hard deadline.", answerMarkdown: "[[Billing migration]] again" }),
			makeQuestion("q3v", { path: "Q/b.md", text: "Give me an example of a hard deadline", variantOf: "q3", answerMarkdown: "[[故事#说服客户延期上线]]" }),
			makeQuestion("q4", { path: "Q/a.md", text: "讲一次你说服别人的经历", answerMarkdown: "我说服过老板。" }),
			makeQuestion("q5", { path: "Q/a.md", text: "为什么想做技术支持？", answerMarkdown: "喜欢。" }),
		];
		const r = storyBank(qs, bank());
		const byName = (c: string) => r.competencies.find((g) => g.name === c)?.stories.map((s) => [s.story.name, s.questions.map((q) => q.id)]);
		expect(r.competencies.map((g) => g.name)).toEqual(["conflict", "customer-service", "leadership", "冲突", "沟通"]);
		expect(byName("leadership")).toEqual([["Billing migration", ["q1", "q2", "q3"]]]);
		expect(byName("沟通")).toEqual([["说服客户延期上线", ["q3"]]]);
		expect(r.unserved.map((q) => q.id)).toEqual(["q4"]);
		expect(r.reused.map((s) => s.story.name)).toEqual(["Billing migration"]);
		expect(r.unused.map((s) => s.name)).toEqual(["Handling an angry customer"]);
	});
});

describe("suggestStories: closest by words, Chinese and English", () => {
	const stories = bank();
	it.each([
		["Tell me about a time you dealt with an angry customer.", "Handling an angry customer"],
		["Describe a situation where you had to lead a migration under a deadline.", "Billing migration"],
		["请举例说明你如何说服客户", "说服客户延期上线"],
		["讲一次上线计划被打乱的经历", "说服客户延期上线"],
		["Give an example of a conflict you resolved", "Handling an angry customer"],
		["讲一次你面对冲突、带领团队的经历", "Billing migration"],
	])("%s → %s first", (question, expected) => {
		expect(suggestStories(question, stories)[0]?.story.name).toBe(expected);
	});

	it("suggests nothing when no words are shared, and never only for the question's scaffolding", () => {
		expect(suggestStories("Tell me about a time you baked bread.", stories)).toEqual([]);
		expect(suggestStories("描述一次你的经历", stories)).toEqual([]);
	});
});

describe("planStoryLink: the line written into the note", () => {
	it("under a heading question, at the end of its section, before the next heading; line ends kept", () => {
		const note = "# Q\r\n\r\n## Tell me about a time you led a team.\r\n\r\n## Next\r\n";
		const out = planStoryLink(note, { text: "Tell me about a time you led a team.", line: 3, endLine: 4 }, "[[Billing migration]]", "en");
		expect(out).toBe("# Q\r\n\r\n## Tell me about a time you led a team.\r\nStory: [[Billing migration]]\r\n\r\n## Next\r\n");
	});

	it("indented under a list-item question, in Chinese; refuses when the question moved", () => {
		const note = "- 讲一次你说服别人的经历\n- 下一题";
		expect(planStoryLink(note, { text: "讲一次你说服别人的经历", line: 1, endLine: 1 }, "[[故事#说服客户延期上线]]", "zh")).toBe(
			"- 讲一次你说服别人的经历\n  故事：[[故事#说服客户延期上线]]\n- 下一题",
		);
		expect(planStoryLink(note, { text: "讲一次你说服别人的经历", line: 2, endLine: 2 }, "[[x]]", "zh")).toBeNull();
	});
});
