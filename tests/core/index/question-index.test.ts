import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { COMMON_BIGRAM, IndexBuilder, buildIndex } from "../../../src/core/index/question-index";
import { referenceIndex } from "./question-index.reference";
import { parseNote } from "../../../src/core/parse/parse-note";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import type { ExtractedQuestion, ParsedNote, QuestionIndex } from "../../../src/core/types";
import { WORDS, arbNote, arbQuestion, plain, question, toNote } from "./index-fixtures";

const OPTS = { labels: DEFAULT_LABELS, promptHeadings: true };
const note = (path: string, lines: string[]): ParsedNote => parseNote(path, lines.join("\n"), OPTS);
const find = (idx: QuestionIndex, path: string, text: string) => {
	const q = idx.questions.find((x) => x.path === path && x.text === text);
	if (!q) throw new Error(`no question "${text}" in ${path}`);
	return q;
};

describe("buildIndex on small notes", () => {
	const hub = note("hub.md", ["**适用问题**：", "- 如何挖掘客户的潜在需求？", "- 如何将客户反馈转化为产品优化建议？", "- 你最大的优点是什么？"]);
	const answers = note("answers.md", [
		"**问题4：你如何挖掘客户的潜在需求？**",
		"通过数据分析。",
		"",
		"**问题9：你觉得自己最大的优点是什么？**",
		"善于倾听，也愿意花时间把问题讲清楚。",
	]);
	const idx = buildIndex([hub, answers]);

	it("merges variants into the answered one and covers the listed question", () => {
		const listed = find(idx, "hub.md", "如何挖掘客户的潜在需求？");
		const answered = find(idx, "answers.md", "你如何挖掘客户的潜在需求？");
		expect(listed.variantOf).toBe(answered.id);
		expect(answered.variantOf).toBeNull();
		expect(answered.variants).toEqual([listed.id]);
		expect(listed.covered).toBe(true);
		expect(listed.answered).toBe(false);
		expect(find(idx, "hub.md", "你最大的优点是什么？").variantOf).toBe(find(idx, "answers.md", "你觉得自己最大的优点是什么？").id);
	});

	it("reports as gaps only the questions nothing answers", () => {
		expect(idx.gaps.map((id) => idx.byId.get(id)!.text)).toEqual(["如何将客户反馈转化为产品优化建议？"]);
	});

	it("gives unique ids even when two questions share a key; the canonical keeps the plain id", () => {
		const a = note("a.md", ["## 你为什么离职？", ""]);
		const b = note("b.md", ["## 1. 你为什么离职？", "想离家近。"]);
		const i = buildIndex([a, b]);
		const [qa, qb] = i.questions;
		expect(qb.variantOf).toBeNull();
		expect(qa.variantOf).toBe(qb.id);
		expect(qa.id).not.toBe(qb.id);
		expect(qa.id.startsWith(qb.id)).toBe(true);
		expect(i.byId.size).toBe(i.questions.length);
	});

	it("keeps ids when numbering, bold, heading level or note change", () => {
		const one = buildIndex([note("a.md", ["### 2. 你的缺点是什么？", "急躁。"])]).questions[0].id;
		const two = buildIndex([note("folder/b.md", ["**问题7：你的缺点是什么？**", "急躁，但在改。"])]).questions[0].id;
		expect(two).toBe(one);
	});

	it("orders questions by path then line and lists the notes", () => {
		expect(idx.questions.map((q) => q.path)).toEqual([...idx.questions.map((q) => q.path)].sort());
		expect(idx.notes.map((n) => [n.path, n.questions])).toEqual([
			["answers.md", 2],
			["hub.md", 3],
		]);
	});

	it("picks the answered question with the most text as canonical", () => {
		const i = buildIndex([
			note("a.md", ["## 你为什么离职？", "短。"]),
			note("b.md", ["## 你为什么离职？", "这一段回答更长，讲清楚了原因和打算。"]),
		]);
		expect(i.questions.find((q) => q.variantOf === null)!.path).toBe("b.md");
	});

	it("is empty for no notes", () => {
		const i = buildIndex([]);
		expect([i.questions, i.gaps, i.notes, i.byId.size]).toEqual([[], [], [], 0]);
	});
});

describe("buildIndex on the fixture vault", () => {
	const root = fileURLToPath(new URL("../../fixtures/vault", import.meta.url));
	const files: string[] = [];
	const walk = (d: string): void => {
		for (const f of readdirSync(d)) {
			const p = join(d, f);
			if (statSync(p).isDirectory()) walk(p);
			else if (p.endsWith(".md")) files.push(p);
		}
	};
	walk(root);
	// The prep set of hub 面试-面试官角度准备: the diary note only mentions the hub without a link.
	const notes = files
		.map((f) => relative(root, f).split("\\").join("/"))
		.filter((p) => !p.startsWith("日记/"))
		.map((p) => parseNote(p, readFileSync(join(root, p), "utf8"), OPTS));
	const idx = buildIndex(notes);
	const HUB = "面试-面试官角度准备.md";
	const ANS = "面试回答/角度回答.md";

	it("finds every question a reader would list in the hub", () => {
		const hubTexts = idx.questions.filter((q) => q.path === HUB).map((q) => q.text);
		expect(hubTexts).toEqual([
			"岗位的理解",
			"培训的理解",
			"面对挑战",
			"如何处理客户投诉？",
			"如何应对客户的不合理需求？",
			"如何与难沟通的客户打交道？",
			"如何处理客户投诉？",
			"如何应对客户的不合理需求？",
			"如何与难沟通的客户打交道？",
			"如何快速学习新软件？",
			"如何挖掘客户的潜在需求？",
			"如何将客户反馈转化为产品优化建议？",
			"如何同时处理多个客户需求？",
			"如何应对工作中的压力？",
			"如何在高强度工作中保持效率？",
			"为什么选择这个岗位？",
			"你的职业规划是什么？",
			"你如何看待客户服务工作的价值？",
			"你最大的优点是什么？",
			"你如何应对工作中的挫折？",
			"你觉得自己适合这个岗位的原因是什么？",
			"你在之前的工作中是如何处理客户投诉或不满的？",
			"如果客户提出的需求超出了你的能力范围，你会怎么处理？",
			"你如何快速学习并掌握一个新的软件系统？",
			"你如何挖掘客户的潜在需求？",
			"你如何同时处理多个客户的需求？",
			"你在工作中遇到过哪些压力？如何应对？",
			"你为什么选择“企业伙伴”这个岗位？",
			"你未来的职业规划是什么？",
			"你觉得自己最大的优点是什么？",
			"你如何应对工作中的挫折？",
		]);
	});

	it("finds every question of the answers note, with prompts and topics", () => {
		const qs = idx.questions.filter((q) => q.path === ANS);
		expect(qs.map((q) => [q.text, q.form, q.topic.join("/")])).toEqual([
			["离职的原因", "prompt", ""],
			["评价之前的领导", "prompt", ""],
			["自我评价（之前的同事怎么评价我）", "prompt", ""],
			["为什么选择这个岗位？", "heading", ""],
			["你之前的经验和这个岗位有什么关系？", "heading", ""],
			["你遇到过什么挑战？是怎么解决的？", "heading", ""],
			["你的优势和劣势是什么？", "heading", ""],
			["你未来的职业规划是什么？", "heading", ""],
			["录用后如何开展工作", "prompt", ""],
			["你在之前的项目中是如何推动项目进展的？", "list", "项目管理相关问题"],
			["你在项目管理中遇到过哪些挑战？如何解决的？", "list", "项目管理相关问题"],
			["你是如何处理客户的需求变化或突发状况的？", "list", "项目管理相关问题"],
			["你如何处理团队间的冲突或不同意见？", "list", "跨部门沟通问题"],
			["如何确保团队成员之间的有效沟通？", "list", "跨部门沟通问题"],
			["在项目交付后，你如何确保项目的后期维护？", "list", "项目收尾与维护问题"],
			["如果项目交付后出现客户不满或问题反馈，你会如何处理？", "list", "项目收尾与维护问题"],
		]);
		// The listed questions carry hints only: kept, but not an answer of the note's own.
		expect(qs.map((q) => q.answered)).toEqual([...Array<boolean>(9).fill(true), ...Array<boolean>(7).fill(false)]);
		expect(qs.slice(9).every((q) => q.parts.hint !== "")).toBe(true);
		const experience = qs[4];
		expect(experience.parts.hint).toContain("强调培训");
		expect(experience.parts.answer).toContain("> 我之前在智慧校园项目中");
	});

	it("merges the seeds' variants", () => {
		const pairs: [string, string, string, string][] = [
			[HUB, "如何挖掘客户的潜在需求？", HUB, "你如何挖掘客户的潜在需求？"],
			[HUB, "你最大的优点是什么？", HUB, "你觉得自己最大的优点是什么？"],
			[HUB, "为什么选择这个岗位？", ANS, "为什么选择这个岗位？"],
			[HUB, "你的职业规划是什么？", ANS, "你未来的职业规划是什么？"],
			[HUB, "如何应对工作中的压力？", HUB, "你在工作中遇到过哪些压力？如何应对？"],
		];
		for (const [p1, t1, p2, t2] of pairs) {
			const a = idx.questions.find((q) => q.path === p1 && q.text === t1 && !q.answered)!;
			const b = find(idx, p2, t2);
			const canonical = (q: typeof a) => q.variantOf ?? q.id;
			expect(canonical(a), `${t1} ~ ${t2}`).toBe(canonical(b));
			expect(a.covered).toBe(true);
		}
		// Alike in words, different questions.
		const stress = idx.questions.find((q) => q.text === "如何应对工作中的压力？")!;
		const setback = idx.questions.find((q) => q.text === "你如何应对工作中的挫折？")!;
		expect(stress.variantOf ?? stress.id).not.toBe(setback.variantOf ?? setback.id);
	});

	it("reports as gaps the questions no note answers (hints alone do not)", () => {
		expect(idx.gaps.map((id) => idx.byId.get(id)!.text).sort()).toEqual(
			[
				"Walk me through your resume",
				"你在之前的项目中是如何推动项目进展的？",
				"你在项目管理中遇到过哪些挑战？如何解决的？",
				"你是如何处理客户的需求变化或突发状况的？",
				"你如何处理团队间的冲突或不同意见？",
				"如何确保团队成员之间的有效沟通？",
				"在项目交付后，你如何确保项目的后期维护？",
				"如果项目交付后出现客户不满或问题反馈，你会如何处理？",
				"如何将客户反馈转化为产品优化建议？",
				"如何在高强度工作中保持效率？",
				"你如何看待客户服务工作的价值？",
				"你觉得自己适合这个岗位的原因是什么？",
				"你能接受加班吗？",
				"Where do you see yourself in five years?",
				"What is your greatest weakness?",
			].sort(),
		);
	});

	it("reads the STAR note and the English note", () => {
		const star = idx.questions.filter((q) => q.path === "面试回答/STAR故事.md");
		expect(star.map((q) => [q.text, q.form, q.answered])).toEqual([
			["讲一个你推动跨部门合作的例子", "heading", true],
			["你如何处理多个紧急任务？", "heading", true],
			["你为什么离开上一家公司？", "qa", true],
			["你能接受加班吗？", "qa", false],
			["你对我们公司了解多少？", "callout", true],
		]);
		expect(star[0].star).toEqual({ situation: true, task: true, action: true, result: true });
		expect(star[1].parts).toMatchObject({ hint: "先排优先级，再沟通预期。" });
		const en = idx.questions.filter((q) => q.path === "English/behavioral.md");
		expect(en.map((q) => [q.text, q.topic.join("/")])).toEqual([
			["Tell me about a time you disagreed with a teammate", "Behavioral questions/Teamwork"],
			["Describe a project you are proud of", "Behavioral questions/Teamwork"],
			["Why do you want to work here?", "Behavioral questions/Motivation"],
			["Where do you see yourself in five years?", "Behavioral questions/Motivation"],
			["What is your greatest weakness?", "Behavioral questions/Motivation"],
			["Walk me through your resume", "Behavioral questions/Motivation"],
		]);
		expect(en[0].star).toEqual({ situation: true, task: true, action: true, result: true });
		expect(en[1].parts.answer).toContain("> I rebuilt the training materials");
	});
});

describe("the same words answered twice in one note", () => {
	it("stay separate questions with their own ids", () => {
		const n = note("js.md", ["###### 1. What's the output?", "```js", "1 + 1", "```", "###### 2. What's the output?", "```js", "2 + 2", "```"]);
		const idx = buildIndex([n]);
		expect(idx.questions.map((q) => q.variantOf)).toEqual([null, null]);
		expect(new Set(idx.questions.map((q) => q.id)).size).toBe(2);
	});

	it("but a listed question with a note and its answered heading below are one question", () => {
		// The hub seed lists 如何与难沟通的客户打交道？ under 适用问题 (with a one-line note) and answers it under ### 3.
		const n = note("hub.md", [
			"**适用问题**：",
			"",
			"- 如何与难沟通的客户打交道？",
			"    更改管理员:弄清楚仔细 不要返工",
			"",
			"### 3. 如何与难沟通的客户打交道？",
			"",
			"**回答建议**： “我会首先避免情绪化反应，保持耐心，倾听他们的诉求。”",
		]);
		const idx = buildIndex([n]);
		const canon = idx.questions.filter((q) => q.variantOf === null);
		expect(canon).toHaveLength(1);
		expect(canon[0].form).toBe("heading");
		expect(canon[0].variants).toHaveLength(1);
	});
});

describe("IndexBuilder: rebuilding after changes gives what a fresh build gives", () => {
	it("matches the index as first written, build after build", () => {
		fc.assert(
			fc.property(fc.array(fc.array(arbNote, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 6 }), (builds, common) => {
				const builder = new IndexBuilder({ commonBigram: common });
				// Keep unchanged notes as the same objects between builds, as the live index does.
				const pool = new Map<string, ParsedNote>();
				for (const raw of builds) {
					const notes = raw.map((n, i) => {
						const id = `${i}:${JSON.stringify(n)}`;
						const hit = pool.get(id) ?? toNote(n);
						pool.set(id, hit);
						return hit;
					});
					expect(plain(builder.build(notes))).toEqual(plain(referenceIndex(notes, common)));
				}
			}),
			seeded({ numRuns: 300 }),
		);
	});

	it("follows notes edited, added and removed one or two at a time, as a person edits", () => {
		const PATHS = ["a.md", "b.md", "c/d.md", "e.md", "f.md", "g.md", "h.md", "i.md"];
		const arbEdit = fc.record({
			path: fc.constantFrom(...PATHS),
			questions: fc.option(fc.array(arbQuestion, { maxLength: 6 }), { nil: undefined }),
		});
		fc.assert(
			fc.property(
				fc.array(arbNote, { minLength: 1, maxLength: 8 }),
				fc.array(fc.array(arbEdit, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
				fc.integer({ min: 1, max: 6 }),
				(start, rounds, common) => {
					const builder = new IndexBuilder({ commonBigram: common });
					const current = new Map<string, ParsedNote>();
					for (const n of start) current.set(n.path, toNote(n));
					builder.build([...current.values()]);
					for (const edits of rounds) {
						for (const e of edits) {
							// No questions: the note leaves the prep set.
							if (e.questions === undefined) current.delete(e.path);
							else current.set(e.path, toNote({ path: e.path, questions: e.questions }));
						}
						const notes = [...current.values()];
						expect(plain(builder.build(notes))).toEqual(plain(referenceIndex(notes, common)));
					}
				},
			),
			seeded({ numRuns: 400 }),
		);
	});

	it("follows small edits inside a note: a question added, dropped, answered, reworded, reformatted or moved", () => {
		const arbOp = fc.record({
			path: fc.constantFrom("a.md", "b.md", "c/d.md", "e.md"),
			kind: fc.constantFrom("add", "drop", "answer", "reword", "reform", "move"),
			at: fc.nat(),
			to: fc.nat(),
			q: arbQuestion,
		});
		// Lines follow the order in the note, as a parser gives them.
		const relined = (qs: ExtractedQuestion[]) => qs.map((q, i) => ({ ...q, line: 3 * i + 1, endLine: 3 * i + 2 }));
		fc.assert(
			fc.property(
				fc.array(fc.record({ path: fc.constantFrom("a.md", "b.md", "c/d.md", "e.md"), questions: fc.array(arbQuestion, { maxLength: 8 }) }), { minLength: 1, maxLength: 4 }),
				fc.array(arbOp, { minLength: 1, maxLength: 10 }),
				fc.integer({ min: 1, max: 6 }),
				(start, ops, common) => {
					const builder = new IndexBuilder({ commonBigram: common });
					const current = new Map<string, ParsedNote>();
					for (const n of start) current.set(n.path, toNote({ path: n.path, questions: relined(n.questions) }));
					builder.build([...current.values()]);
					for (const op of ops) {
						const qs = [...(current.get(op.path)?.questions ?? [])];
						const at = qs.length ? op.at % qs.length : 0;
						if (op.kind === "add") qs.splice(qs.length ? op.at % (qs.length + 1) : 0, 0, op.q);
						else if (qs.length && op.kind === "drop") qs.splice(at, 1);
						else if (qs.length && op.kind === "answer") qs[at] = { ...qs[at], answered: op.q.answered, answerMarkdown: op.q.answerMarkdown };
						else if (qs.length && op.kind === "reword") qs[at] = { ...qs[at], text: op.q.text };
						else if (qs.length && op.kind === "reform") qs[at] = { ...qs[at], form: op.q.form };
						else if (qs.length && op.kind === "move") qs.splice(op.to % qs.length, 0, ...qs.splice(at, 1));
						// A re-parse gives new objects for every question of the note, changed or not.
						current.set(op.path, toNote({ path: op.path, questions: relined(qs) }));
						const notes = [...current.values()];
						expect(plain(builder.build(notes))).toEqual(plain(referenceIndex(notes, common)));
					}
				},
			),
			seeded({ numRuns: 400 }),
		);
	});

	it("starts from saved variant pairs (the next start) and then builds what a fresh build gives, whatever the notes are now", () => {
		fc.assert(
			fc.property(fc.array(arbNote, { maxLength: 6 }), fc.array(arbNote, { maxLength: 6 }), fc.integer({ min: 1, max: 6 }), (before, after, common) => {
				const first = new IndexBuilder({ commonBigram: common });
				first.build(before.map(toNote));
				// Through JSON, as the cache stores it.
				const saved = JSON.parse(JSON.stringify(first.exportPairs())) as unknown;
				const next = new IndexBuilder({ commonBigram: common });
				// The live index builds its empty index first.
				next.build([]);
				expect(next.importPairs(saved)).toBe(true);
				const notes = after.map(toNote);
				expect(plain(next.build(notes))).toEqual(plain(referenceIndex(notes, common)));
				// And edits after that.
				const edited = [...notes.slice(1), ...before.slice(0, 2).map(toNote)];
				expect(plain(next.build(edited))).toEqual(plain(referenceIndex(edited, common)));
			}),
			seeded({ numRuns: 300 }),
		);
	});

	it("gives the interface turns while a first build keys and matches thousands of new questions", () => {
		// The live index matches keys in its builds (not a note at a time as they load): a vault's first
		// build matches every key, so it must pause while doing so, not only between its other steps.
		const notes = Array.from({ length: 100 }, (_, n) =>
			toNote({ path: `n${n}.md`, questions: Array.from({ length: 30 }, (_, i) => question(["tell", "me", `item${n}x${i}`, WORDS[(n + i) % 17]], 2 * i + 1, i % 2 ? "答。" : "", "heading")) }),
		);
		const steps = new IndexBuilder().buildSteps(notes);
		let pauses = 0;
		let r = steps.next();
		for (; !r.done; r = steps.next()) pauses++;
		// 3,000 new keys: at least a pause per 100 of them (the first build after start-up runs before the
		// engine has compiled the keying and matching: one step of the bench vault's took 45 ms there).
		expect(pauses).toBeGreaterThanOrEqual(30);
		expect(plain(r.value)).toEqual(plain(buildIndex(notes)));
		expect(plain(r.value)).toEqual(plain(referenceIndex(notes, COMMON_BIGRAM)));
	});

	it("refuses saved pairs that are not alike enough, of another threshold or malformed, and still builds right", () => {
		const keyNote = (path: string, words: string[]) => toNote({ path, questions: [question(words, 1, "答。", "heading")] });
		const notes = [keyNote("a.md", ["甲", "乙", "丙", "丁", "戊", "己"]), keyNote("b.md", ["甲", "乙", "丙", "丁", "戊", "己", "庚"]), keyNote("c.md", ["tell", "about", "team"])];
		const first = new IndexBuilder();
		first.build(notes);
		const good = first.exportPairs();
		expect(good.near.length).toBe(2);
		const forged = { ...good, near: [0, 2] };
		for (const bad of [forged, { ...good, common: 7 }, { ...good, v: 0 }, { ...good, near: [0, 9] }, { ...good, keys: [good.keys[0], good.keys[0], good.keys[2]] }, null, "x"]) {
			const b = new IndexBuilder();
			expect(b.importPairs(bad)).toBe(false);
			expect(plain(b.build(notes))).toEqual(plain(referenceIndex(notes, COMMON_BIGRAM)));
		}
	});

	it("follows an edit of one note among many, and the edit undone", () => {
		const notes = Array.from({ length: 30 }, (_, i) =>
			toNote({ path: `n${i}.md`, questions: [question([WORDS[i % 5], WORDS[(i * 3) % 17], "工作"], 1, i % 2 ? "答。" : "", "heading")] }),
		);
		const builder = new IndexBuilder({ commonBigram: 4 });
		builder.build(notes);
		const edited = notes.slice();
		edited[7] = toNote({ path: "n7.md", questions: [...notes[7].questions, question(["如何", "应对", "工作", "中", "压力"], 5, "", "list")] });
		expect(plain(builder.build(edited))).toEqual(plain(referenceIndex(edited, 4)));
		expect(plain(builder.build(notes))).toEqual(plain(referenceIndex(notes, 4)));
	});

	it("stops merging two keys once the only bigrams they share became common", () => {
		const keyNote = (path: string, words: string[]) => toNote({ path, questions: [question(words, 1, "答。", "heading")] });
		const base = ["甲", "乙", "丙", "丁", "戊", "己"];
		const two = [keyNote("a.md", base), keyNote("b.md", [...base, "庚"])];
		const builder = new IndexBuilder({ commonBigram: 2 });
		expect(builder.build(two).questions[1].variantOf).not.toBeNull();
		const four = [...two, keyNote("c.md", [...base, "辛"]), keyNote("d.md", [...base, "壬"])];
		const index = builder.build(four);
		expect(plain(index)).toEqual(plain(referenceIndex(four, 2)));
		expect(index.questions.map((q) => q.variantOf)).toEqual([null, null, null, null]);
		expect(plain(builder.build(two))).toEqual(plain(referenceIndex(two, 2)));
	});

	it("keeps unchanged questions as the same objects", () => {
		const builder = new IndexBuilder();
		const a = note("a.md", ["## 你为什么离职？", "想离家近。"]);
		const b = note("b.md", ["## 你的缺点是什么？", "急躁。"]);
		const first = builder.build([a, b]);
		const second = builder.build([a, note("b.md", ["## 你的缺点是什么？", "急躁，但在改。"])]);
		expect(second.questions[0]).toBe(first.questions[0]);
		expect(second.questions[1]).not.toBe(first.questions[1]);
	});
});
