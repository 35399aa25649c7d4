import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { buildLinkGraph } from "../../src/cli/link-graph";
import { formatCoverageTable } from "../../src/cli/coverage-table";
import { readVault } from "../../src/cli/read-vault";
import { computeCoverage } from "../../src/core/coverage";
import { DEFAULT_LABELS } from "../../src/core/labels";
import { parseNote } from "../../src/core/parse/parse-note";
import { computePrepSet, type PrepSet } from "../../src/core/prep-set";
import { buildIndex } from "../../src/core/index/question-index";
import type { CardState, MockRunEvent, Question, QuestionIndex, ReviewEvent } from "../../src/core/types";

const NOW = Date.UTC(2025, 2, 10, 8, 0, 0);
const DAY = 86_400_000;

type QSpec = Partial<Omit<Question, "parts" | "star">> & {
	parts?: Partial<Question["parts"]>;
	star?: Partial<Question["star"]>;
};

function q(spec: QSpec & { id: string; path: string; line: number }): Question {
	const parts = { hint: "", answer: "", context: "", ...spec.parts };
	return {
		text: spec.id,
		form: "heading",
		endLine: spec.line,
		answerLines: null,
		topic: [],
		answerMarkdown: parts.hint + parts.answer + parts.context,
		// As the parser says: a hint or background alone is not an answer of the note's own.
		answered: Boolean(parts.answer),
		key: spec.id,
		variantOf: null,
		variants: [],
		...spec,
		covered: spec.covered ?? Boolean(parts.answer),
		parts,
		star: { situation: false, task: false, action: false, result: false, ...spec.star },
	};
}

function index(questions: Question[], notePaths?: string[]): QuestionIndex {
	const paths = notePaths ?? [...new Set(questions.map((x) => x.path))];
	return {
		notes: paths.map((path) => ({ path, questions: questions.filter((x) => x.path === path).length, warnings: [] })),
		questions,
		gaps: questions.filter((x) => x.variantOf === null && !x.covered).map((x) => x.id),
		byId: new Map(questions.map((x) => [x.id, x])),
	};
}

function card(qid: string, over: Partial<CardState>): CardState {
	return {
		qid,
		due: NOW + DAY,
		stability: 5,
		difficulty: 5,
		reps: 1,
		lapses: 0,
		state: 2,
		lastReview: NOW - DAY,
		lastSecs: 60,
		scheduledDays: 1,
		learningSteps: 0,
		elapsedDays: 0,
		...over,
	};
}

const ALL_STAR = { situation: true, task: true, action: true, result: true };

// One note with two topics, a listed question answered elsewhere by a variant, and a second note.
const qs = [
	q({ id: "a1", path: "answers.md", line: 3, topic: ["客户服务"], parts: { answer: "> spoken" } }),
	q({ id: "a2", path: "answers.md", line: 9, topic: ["客户服务"], parts: { hint: "思路 only" } }),
	q({ id: "a3", path: "answers.md", line: 15, topic: ["客户服务"] }),
	q({ id: "b1", path: "answers.md", line: 20, topic: ["需求挖掘"], covered: true, variants: ["v1"] }),
	q({ id: "s1", path: "star.md", line: 2, parts: { answer: "S T A R" }, star: ALL_STAR }),
	q({ id: "v1", path: "star.md", line: 8, parts: { hint: "steps", answer: "a model answer" }, variantOf: "b1" }),
];

describe("computeCoverage", () => {
	it("counts each row: questions, model answers, hints only, unanswered, STAR; variants once", () => {
		const report = computeCoverage({ index: index(qs), prep: null, now: NOW, targetSeconds: 120 });
		expect(report.totals).toMatchObject({ questions: 5, withAnswer: 3, hintsOnly: 1, unanswered: 1, starComplete: 1, practised: 0, due: 0, learned: 0, lastPractised: null });
		expect(report.hubs).toHaveLength(1);
		expect(report.hubs[0].hub).toBeNull();
		const [answers, star] = report.hubs[0].notes;
		expect(answers).toMatchObject({ path: "answers.md", questions: 4, withAnswer: 2, hintsOnly: 1, unanswered: 1 });
		expect(answers.topics.map((t) => [t.topic, t.questions, t.withAnswer, t.hintsOnly, t.unanswered])).toEqual([
			[["客户服务"], 3, 1, 1, 1],
			[["需求挖掘"], 1, 1, 0, 0],
		]);
		// The variant lives in star.md but counts under its canonical question in answers.md.
		expect(star).toMatchObject({ path: "star.md", questions: 1, withAnswer: 1, starComplete: 1 });
	});

	it("lists as gaps the questions with no model answer, saying which have a hint only, by topic, with path and line", () => {
		const report = computeCoverage({ index: index(qs), prep: null, now: NOW, targetSeconds: 120 });
		expect(report.gaps).toEqual([
			{
				topic: ["客户服务"],
				items: [
					{ id: "a2", text: "a2", path: "answers.md", line: 9, has: "hint", scaffold: false },
					{ id: "a3", text: "a3", path: "answers.md", line: 15, has: "nothing", scaffold: false },
				],
			},
		]);
	});

	it("shows a question under a STAR template not yet written as a scaffold gap, not as answered", () => {
		const scaffold = q({ id: "t1", path: "answers.md", line: 30 });
		scaffold.answerMarkdown = "**情境（Situation）**：（待补充：什么时候、在哪里、当时是什么情况）\n\n**任务（Task）**：（待补充：你要完成什么，难点在哪里）";
		const report = computeCoverage({ index: index([scaffold]), prep: null, now: NOW, targetSeconds: 120 });
		expect(report.totals).toMatchObject({ withAnswer: 0, hintsOnly: 0, unanswered: 1 });
		expect(report.gaps[0].items).toEqual([expect.objectContaining({ id: "t1", has: "nothing", scaffold: true })]);
	});

	it("counts an answered question with no labelled parts as having a model answer", () => {
		const plain = q({ id: "p", path: "n.md", line: 1 });
		plain.answered = true;
		plain.covered = true;
		const report = computeCoverage({ index: index([plain]), prep: null, now: NOW, targetSeconds: 120 });
		expect(report.totals).toMatchObject({ withAnswer: 1, hintsOnly: 0, unanswered: 0 });
	});

	it("reads practice from cards: practised, due now, learned, last practised, weak spots", () => {
		const cards = new Map<string, CardState>([
			["a1", card("a1", { due: NOW - 1, lapses: 3, lastReview: NOW - 3 * DAY, lastSecs: 200 })],
			["a2", card("a2", { due: NOW + 5 * DAY, lapses: 1, lastReview: NOW - DAY, lastSecs: 90 })],
			// A card kept under the variant's id counts for its canonical question.
			["v1", card("v1", { due: NOW, lastReview: NOW - 2 * DAY, lastSecs: 130 })],
			// A card that was created but never graded is not practice.
			["s1", card("s1", { reps: 0, lastReview: null })],
		]);
		const r: Record<string, number> = { a1: 0.5, a2: 0.95, v1: 0.8 };
		const report = computeCoverage({
			index: index(qs),
			prep: null,
			now: NOW,
			cards,
			retrievability: (c) => r[c.qid],
			targetSeconds: 120,
		});
		// Learned: in review and not due (a2 only; a1 and v1 are due).
		expect(report.totals).toMatchObject({ practised: 3, due: 2, learned: 1, lastPractised: NOW - DAY });
		const topic = report.hubs[0].notes[0].topics[0];
		expect(topic).toMatchObject({ practised: 2, due: 1, learned: 1, lastPractised: NOW - DAY });
		expect(report.weak.retrievability.map((w) => [w.id, w.retrievability])).toEqual([["a1", 0.5], ["b1", 0.8]]);
		// Far over the 2:00 target is 3:00 or more: 200 s is, 130 s is not.
		expect(report.weak.overTime.map((w) => [w.id, w.lastSecs])).toEqual([["a1", 200]]);
	});

	it("groups notes under the hub they were reached from, in the hubs' order, and names missing hubs", () => {
		const prep: PrepSet = {
			paths: ["star.md", "answers.md"],
			hubPaths: ["star.md"],
			missingHubs: ["Nowhere"],
			hubOf: { "star.md": "Behavioural", "answers.md": "面试" },
			distance: { "star.md": 0, "answers.md": 1 },
		};
		const report = computeCoverage({ index: index(qs), prep, now: NOW, targetSeconds: 120 });
		expect(report.hubs.map((h) => [h.hub, h.questions, h.notes.map((n) => n.path)])).toEqual([
			["Behavioural", 1, ["star.md"]],
			["面试", 4, ["answers.md"]],
		]);
		expect(report.missingHubs).toEqual(["Nowhere"]);
	});

	it("keeps notes without questions, with zeros", () => {
		const report = computeCoverage({ index: index([], ["empty.md"]), prep: null, now: NOW, targetSeconds: 120 });
		expect(report.hubs[0].notes).toEqual([expect.objectContaining({ path: "empty.md", questions: 0, topics: [] })]);
		expect(report.gaps).toEqual([]);
	});

	it("counts mock runs and summarises the last one", () => {
		const run = (id: string, endedAt: number, secs: number[]): MockRunEvent => ({
			kind: "mock",
			uid: `d:${id}`,
			id,
			startedAt: endedAt - 600_000,
			endedAt,
			items: secs.map((s) => ({ qid: "a1", text: "a1", secs: s, targetSecs: 120, rating: 3, remark: "", unanswered: false })),
		});
		const report = computeCoverage({
			index: index(qs),
			prep: null,
			now: NOW,
			targetSeconds: 120,
			mockRuns: [run("late", NOW - DAY, [100, 150, 200]), run("early", NOW - 5 * DAY, [10])],
		});
		expect(report.mock).toEqual({
			runs: 2,
			last: expect.objectContaining({ id: "late", startedAt: NOW - DAY - 600_000, endedAt: NOW - DAY, total: 3, timedOut: 2, spokenSecs: 450, durationSecs: 600, notePath: null }),
		});
	});
});

describe("formatCoverageTable", () => {
	const cards = new Map([["a1", card("a1", { lapses: 2, lastReview: NOW - 3 * DAY })]]);
	const again = (at: number): ReviewEvent => ({ kind: "review", uid: `d:${at}`, qid: "a1", at, rating: 1, secs: 30 });
	const reviewsOf = (qid: string): ReviewEvent[] => (qid === "a1" ? [again(NOW - 4 * DAY), again(NOW - 3 * DAY)] : []);
	const report = computeCoverage({ index: index(qs), prep: null, now: NOW, cards, retrievability: () => 0.5, reviewsOf, targetSeconds: 120 });

	it("prints every row with its numbers, the gaps with path:line, and the weak spots", () => {
		const text = formatCoverageTable(report, "en");
		const row = (name: string): string[] => {
			const line = text.split("\n").find((l) => l.trimStart().startsWith(name + " "));
			expect(line, name).toBeDefined();
			return (line ?? "").trim().split(/\s{2,}/);
		};
		expect(row("answers.md")).toEqual(["answers.md", "4", "2", "1", "1", "0", "1", "0", "1", "3 days ago"]);
		expect(text).toContain("Model answer");
		expect(row("客户服务")).toEqual(["客户服务", "3", "1", "1", "1", "0", "1", "0", "1", "3 days ago"]);
		expect(row("Total")).toEqual(["Total", "5", "3", "1", "1", "1", "1", "0", "1", "3 days ago"]);
		expect(text).toContain("Gaps (2): questions with no model answer yet");
		expect(text).toContain("- a2  [hint only]  (answers.md:9)");
		expect(text).toContain("- a3  [nothing written]  (answers.md:15)");
		expect(text).toMatch(/Graded Again\n {2}- a1 {2}Again 2× {2}\(answers\.md:3\)/);
	});

	it("speaks Chinese and keeps columns aligned under wide characters", () => {
		const text = formatCoverageTable(report, "zh");
		expect(text).toContain("面试准备覆盖");
		expect(text).toContain("3 天前");
		const lines = text.split("\n");
		const header = lines.find((l) => l.includes("题数")) ?? "";
		const topicLine = lines.find((l) => l.includes("客户服务") && !l.includes("- ")) ?? "";
		// The right edge of the last column lines up whatever the script of the row's name.
		const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
		expect(width(topicLine)).toBe(width(lines.find((l) => l.trimStart().startsWith("answers.md")) ?? ""));
		expect(header.length).toBeGreaterThan(0);
	});

	it("says so when there is nothing", () => {
		const empty = computeCoverage({ index: index([]), prep: null, now: NOW, targetSeconds: 120 });
		expect(formatCoverageTable(empty, "en")).toContain("No questions found.");
	});
});

describe("computeCoverage on the fixture vault", () => {
	const vault = readVault(path.resolve(__dirname, "../fixtures/vault"));
	const prep = computePrepSet(buildLinkGraph(vault.notes), ["面试-面试官角度准备"], 1);
	const notes = vault.notes.filter((n) => prep.paths.includes(n.path));
	const fixtureIndex = buildIndex(notes.map((n) => parseNote(n.path, n.text, { labels: DEFAULT_LABELS, promptHeadings: true })));
	const counts = (c: { questions: number; withAnswer: number; hintsOnly: number; unanswered: number; starComplete: number }) => [
		c.questions,
		c.withAnswer,
		c.hintsOnly,
		c.unanswered,
		c.starComplete,
	];

	it("counts every row as a reader of the notes would (questions, answer, hints only, unanswered, STAR)", () => {
		const report = computeCoverage({ index: fixtureIndex, prep, now: NOW, targetSeconds: 120 });
		expect(report.hubs.map((h) => h.hub)).toEqual(["面试-面试官角度准备"]);
		const rows = Object.fromEntries(report.hubs[0].notes.map((n) => [n.path, counts(n)]));
		expect(rows).toEqual({
			// Teamwork STAR story, blockquoted story, A: answer; a note-only list item; two bare questions.
			"English/behavioral.md": [6, 3, 1, 2, 1],
			// Three prompt headings with text, three answered headings (their listed copies are variants),
			// eight 问题N whose 回答思路 is a quoted spoken answer, four listed questions nothing answers.
			"面试-面试官角度准备.md": [18, 14, 0, 4, 0],
			// STAR story, 思路 + spoken answer, 问/答, a callout answer; 你能接受加班吗？ is open.
			"面试回答/STAR故事.md": [5, 4, 0, 1, 1],
			// Nine prompts and questions with spoken or model answers, seven list questions with hints.
			"面试回答/角度回答.md": [16, 9, 7, 0, 0],
		});
		expect(counts(report.totals)).toEqual([45, 30, 8, 7, 2]);
		expect(counts(report.hubs[0])).toEqual(counts(report.totals));
	});

	it("counts variants once: a listed question answered under its own heading is one question", () => {
		const report = computeCoverage({ index: fixtureIndex, prep, now: NOW, targetSeconds: 120 });
		const hubNote = report.hubs[0].notes.find((n) => n.path === "面试-面试官角度准备.md");
		const topic = (name: string) => hubNote?.topics.find((t) => t.topic.at(-1) === name);
		// 如何处理客户投诉？ and 如何应对客户的不合理需求？ are listed under 适用问题 and answered below:
		// and so is 如何与难沟通的客户打交道？, listed with a note of its own: each counts once (6 extracted, 3 counted).
		expect(fixtureIndex.questions.filter((x) => x.topic.at(-1) === "客户服务与沟通能力")).toHaveLength(6);
		expect(counts(topic("客户服务与沟通能力") ?? report.totals)).toEqual([3, 3, 0, 0, 0]);
		// Two of its three listed questions are answered in the answers note; they count there.
		expect(counts(topic("职业规划与动机") ?? report.totals)).toEqual([1, 0, 0, 1, 0]);
		const extracted = fixtureIndex.questions.length;
		expect(report.totals.questions).toBe(fixtureIndex.questions.filter((x) => x.variantOf === null).length);
		expect(report.totals.questions).toBeLessThan(extracted);
	});

	it("lists exactly the questions with no model answer, by topic, with path, line and what they have", () => {
		const report = computeCoverage({ index: fixtureIndex, prep, now: NOW, targetSeconds: 120 });
		const gaps = report.gaps.flatMap((g) => g.items.map((i) => [g.topic.at(-1) ?? "", i.text, `${i.path}:${i.line}`, i.has]));
		expect(gaps).toEqual([
			["Motivation", "Where do you see yourself in five years?", "English/behavioral.md:23", "nothing"],
			["Motivation", "What is your greatest weakness?", "English/behavioral.md:25", "nothing"],
			["Motivation", "Walk me through your resume", "English/behavioral.md:26", "hint"],
			["软件操作与需求挖掘", "如何将客户反馈转化为产品优化建议？", "面试-面试官角度准备.md:92", "nothing"],
			["多任务管理与抗压能力", "如何在高强度工作中保持效率？", "面试-面试官角度准备.md:114", "nothing"],
			["职业规划与动机", "你如何看待客户服务工作的价值？", "面试-面试官角度准备.md:128", "nothing"],
			["个人特质与软技能", "你觉得自己适合这个岗位的原因是什么？", "面试-面试官角度准备.md:170", "nothing"],
			["", "你能接受加班吗？", "面试回答/STAR故事.md:23", "nothing"],
			// List questions with hints of their own and no model answer: gaps, marked "hint only".
			["项目管理相关问题", "你在之前的项目中是如何推动项目进展的？", "面试回答/角度回答.md:137", "hint"],
			["项目管理相关问题", "你在项目管理中遇到过哪些挑战？如何解决的？", "面试回答/角度回答.md:139", "hint"],
			["项目管理相关问题", "你是如何处理客户的需求变化或突发状况的？", "面试回答/角度回答.md:141", "hint"],
			["跨部门沟通问题", "你如何处理团队间的冲突或不同意见？", "面试回答/角度回答.md:148", "hint"],
			["跨部门沟通问题", "如何确保团队成员之间的有效沟通？", "面试回答/角度回答.md:150", "hint"],
			["项目收尾与维护问题", "在项目交付后，你如何确保项目的后期维护？", "面试回答/角度回答.md:155", "hint"],
			["项目收尾与维护问题", "如果项目交付后出现客户不满或问题反馈，你会如何处理？", "面试回答/角度回答.md:157", "hint"],
		]);
		expect(gaps.length).toBe(report.totals.hintsOnly + report.totals.unanswered);
		expect(gaps.map((g) => g[1])).not.toContain("如何挖掘客户的潜在需求？");
	});

	it("credits practice under a variant's id to its canonical question, once", () => {
		const listed = fixtureIndex.questions.find((x) => x.text === "如何处理客户投诉？" && x.variantOf !== null);
		expect(listed).toBeDefined();
		const cards = new Map([[listed?.id ?? "", card(listed?.id ?? "", { due: NOW - 1 })]]);
		const report = computeCoverage({ index: fixtureIndex, prep, now: NOW, cards, retrievability: () => 0.9, targetSeconds: 120 });
		expect(report.totals).toMatchObject({ practised: 1, due: 1 });
		expect(report.totals.learned).toBe(0);
	});
});
