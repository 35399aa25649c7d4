// The person's marker tags: `#interview-question` makes a line a question, `#not-interview-question`
// keeps it from being one, in every form a question can take; `interview-prep: no-questions` turns a
// note's extraction off.
import { describe, expect, it } from "vitest";
import { markerInText, withoutMarkers } from "../../../src/core/parse/question-markers";
import { parseNote } from "../../../src/core/parse/parse-note";
import { OPTS, parse, texts } from "./helpers";

describe("marker tags", () => {
	it("are read as tags: at a word's start, ended where Obsidian ends a tag, the last one winning", () => {
		expect(markerInText("自我介绍 #interview-question")).toBe("ask");
		expect(markerInText("Why? #not-interview-question")).toBe("not");
		expect(markerInText("#interview-question then #not-interview-question")).toBe("not");
		expect(markerInText("my #interview-questions list")).toBeNull();
		expect(markerInText("a#interview-question")).toBeNull();
		expect(markerInText("#interview-question/sub")).toBeNull();
		expect(withoutMarkers("## Career plans #interview-question")).toBe("## Career plans");
	});
});

describe("#interview-question", () => {
	it("makes a topic heading a question, keeping its section as the answer and its words as the text", () => {
		const qs = parse(["# 面试准备", "", "## 家庭情况 #interview-question", "", "父母都在老家，我是独生子。", "", "## 其他", "", "随便写写。"]);
		expect(qs.map((q) => [q.text, q.form, q.answered])).toEqual([["家庭情况", "heading", true]]);
		expect(qs[0].answerMarkdown).toBe("父母都在老家，我是独生子。");
	});

	it("makes a plain paragraph line a question whose answer is the text after it", () => {
		const qs = parse(["## Notes", "", "My favourite bug #interview-question", "", "The off-by-one in the billing export.", "", "---", "", "Unrelated text."]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["My favourite bug", true]]);
		expect(qs[0].answerMarkdown).toContain("billing export");
		expect(qs[0].answerMarkdown).not.toContain("Unrelated");
	});

	it("makes a list item a question, its nested note the answer (the story to tell)", () => {
		const qs = parse(["## Ideas", "", "- groceries", "- Leadership principle: ownership #interview-question", "  - the outage weekend", "- laundry"]);
		expect(qs.map((q) => [q.text, q.form, q.answered, q.parts.answer])).toEqual([["Leadership principle: ownership", "list", true, "- the outage weekend"]]);
	});

	it("takes a marked item from a list that sits inside a question heading's answer", () => {
		const qs = parse(["## How do you handle conflict?", "", "I listen first.", "", "- a point of the answer", "- The follow-up on escalation #interview-question", "  - go to the manager together"]);
		expect(qs.map((q) => q.text)).toEqual(["How do you handle conflict?", "The follow-up on escalation"]);
		expect(qs[0].answerMarkdown).toBe("I listen first.\n\n- a point of the answer");
	});

	it("takes a marked item from a list that is the points of an inline question's answer", () => {
		const qs = parse(["**Why this company?**", "", "Because of the product.", "", "- its users", "- Salary expectations #interview-question"]);
		expect(qs.map((q) => q.text)).toEqual(["Why this company?", "Salary expectations"]);
		expect(qs[0].answerMarkdown).toBe("Because of the product.\n\n- its users");
	});

	it("makes a summary of a details block a question", () => {
		const qs = parse(["<details><summary>Project X #interview-question</summary>", "", "We shipped in June.", "", "</details>"]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["Project X", true]]);
	});

	it("keeps the question's identity: the marked line gives the same text as the unmarked question", () => {
		const plain = texts(["## Why do you want this job?", "", "Because."]);
		const marked = texts(["## Why do you want this job? #interview-question", "", "Because."]);
		expect(marked).toEqual(plain);
	});

	it("does not count inside code: a note that explains the tag asks nothing", () => {
		expect(texts(["Put `#interview-question` at the end of the line.", "", "```", "Example #interview-question", "```"])).toEqual([]);
	});
});

describe("#not-interview-question", () => {
	it("keeps a question heading out, and its siblings keep theirs", () => {
		const qs = parse(["## What did I learn this week? #not-interview-question", "", "Lots.", "", "## Why do you want this job?", "", "Because."]);
		expect(qs.map((q) => q.text)).toEqual(["Why do you want this job?"]);
	});

	it("keeps out a prompt heading (prepared text under a topic heading)", () => {
		expect(texts(["## 自我介绍", "", "我叫小王，做了三年后端。"])).toEqual(["自我介绍"]);
		expect(texts(["## 自我介绍 #not-interview-question", "", "我叫小王，做了三年后端。"])).toEqual([]);
	});

	it("keeps out a list item, a bold line, a paragraph question and a dialogue turn", () => {
		const note = [
			"## Practice",
			"",
			"- Why is the sky blue? #not-interview-question",
			"- How does DNS work?",
			"",
			"**What should I cook tonight?** #not-interview-question",
			"",
			"Am I ready for this? #not-interview-question",
			"Where do you see yourself in five years?",
			"",
			"面试官：你为什么离职？ #not-interview-question",
		];
		expect(texts(note)).toEqual(["How does DNS work?", "Where do you see yourself in five years?"]);
	});

	it("keeps out a bracket-numbered stem over its options and a quoted item", () => {
		expect(texts(["[1] 下列哪个是排序算法？ #not-interview-question", "A. 快排", "B. 哈希"])).toEqual([]);
		expect(texts(["[1] 下列哪个是排序算法？", "A. 快排", "B. 哈希"])).toHaveLength(1);
		expect(texts(["- 面试官问：“你为什么离职” #not-interview-question", "- 面试官问：“你为什么选我们”"])).toEqual(["你为什么选我们"]);
	});

	it("leaves the text below to the question before it", () => {
		const note = (tag: string) => ["## Notes", "", "Why do you want this job?", "", "Because.", "", `Should I mention salary?${tag}`, "", "No."];
		expect(texts(note(""))).toEqual(["Why do you want this job?", "Should I mention salary?"]);
		const qs = parse(note(" #not-interview-question"));
		expect(qs.map((q) => q.text)).toEqual(["Why do you want this job?"]);
		expect(qs[0].answerMarkdown).toContain("No.");
	});
});

describe("interview-prep: no-questions", () => {
	const body = ["## Why do you want this job?", "", "Because.", "", "[[Other note]]"];
	it("takes no question from the note", () => {
		const note = parseNote("hub.md", ["---", "interview-prep: no-questions", "---", ...body].join("\n"), OPTS);
		expect(note.questions).toEqual([]);
		expect(note.warnings).toEqual([]);
	});

	it("reads the value in a list, quoted, and in any case; another value changes nothing", () => {
		expect(parseNote("a.md", ["---", "interview-prep: [\"No-Questions\"]", "---", ...body].join("\n"), OPTS).questions).toEqual([]);
		expect(parseNote("a.md", ["---", "interview-prep:", "  - no-questions", "---", ...body].join("\r\n"), OPTS).questions).toEqual([]);
		expect(parseNote("a.md", ["---", "interview-prep: keep", "---", ...body].join("\n"), OPTS).questions).toHaveLength(1);
		// Not front matter: a rule and text further down.
		expect(parseNote("a.md", ["Intro", "---", "interview-prep: no-questions", "---", ...body].join("\n"), OPTS).questions).toHaveLength(1);
	});
});
