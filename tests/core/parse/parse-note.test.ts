import { describe, expect, it } from "vitest";
import { OPTS, parse, texts } from "./helpers";

describe("heading questions", () => {
	it("finds question headings at any level and strips markup and numbering", () => {
		const qs = parse([
			"### 1. 如何处理客户投诉？",
			"我会先倾听。",
			"#### **2. 你之前的经验和这个岗位有什么关系？**",
			"有关系。",
			"###### Q3: Why did you leave?",
			"Growth.",
		]);
		expect(qs.map((q) => [q.text, q.form, q.line])).toEqual([
			["如何处理客户投诉？", "heading", 1],
			["你之前的经验和这个岗位有什么关系？", "heading", 3],
			["Why did you leave?", "heading", 5],
		]);
		expect(qs.every((q) => q.answered)).toBe(true);
	});

	it("keeps emoji joined by zero-width joiners whole, and drops stray zero-width characters", () => {
		// 👩‍💻 is 👩 + ZWJ + 💻: without the joiner it shows as two pictures.
		expect(texts(["### 👩‍💻 你为什么想转行做开发？", "想做产品。", "### 为什么\u200b选择\u2060我们？", "喜欢。"])).toEqual([
			"👩‍💻 你为什么想转行做开发？",
			"为什么选择我们？",
		]);
	});

	it("drops a trailing note after the question mark from the text", () => {
		expect(texts(["### **为什么选择这个岗位？（可能被问到的补充回答）**", "", "因为喜欢。"])).toEqual(["为什么选择这个岗位？"]);
	});

	it("slices the answer from the source by line range, up to the next heading", () => {
		const [q] = parse(["# 你为什么离职？", "", "想离家近。", "", "> 我想做客户成功。", "", "# 下一个问题？"]);
		expect(q.answerMarkdown).toBe("想离家近。\n\n> 我想做客户成功。");
		expect(q.answerLines).toEqual({ start: 3, end: 5 });
		expect(q.endLine).toBe(5);
	});

	it("marks a question heading with nothing under it as unanswered", () => {
		const [q] = parse(["## 你的缺点是什么？", "", "## 你的优点是什么？", "细心。"]);
		expect(q.answered).toBe(false);
		expect(q.answerLines).toBeNull();
		expect(q.answerMarkdown).toBe("");
	});

	it("asks in English without a question mark", () => {
		expect(
			texts([
				"## Tell me about a time you failed",
				"I missed a deadline.",
				"## Describe a project you are proud of",
				"The training site.",
				"## Walk me through your resume",
				"Three jobs.",
				"## Why this company",
				"The product.",
			]),
		).toEqual([
			"Tell me about a time you failed",
			"Describe a project you are proud of",
			"Walk me through your resume",
			"Why this company",
		]);
	});

	it("keeps sub-headings that do not ask inside the answer", () => {
		const qs = parse(["# 如何保证消息队列的高可用？", "## 面试题", "如何保证消息队列的高可用？", "## RabbitMQ 的高可用性", "镜像集群。"]);
		expect(qs.map((q) => q.text)).toEqual(["如何保证消息队列的高可用？"]);
		expect(qs[0].answerMarkdown).toContain("镜像集群。");
	});

	it("ends a question's answer at a nested question heading, which is a question of its own", () => {
		const qs = parse(["## 为什么选择这个岗位？", "匹配。", "### 你的优势是什么？", "沟通。"]);
		expect(qs.map((q) => q.text)).toEqual(["为什么选择这个岗位？", "你的优势是什么？"]);
		expect(qs[0].answerMarkdown).toBe("匹配。");
	});
});

describe("prompt headings", () => {
	const note = ["## 离职的原因：", "", "> 我想离家近一点。", "", "## 自我介绍", "", "我叫小王，做过三年实施。"];

	it("counts a leaf heading with prepared text as a prompt", () => {
		const qs = parse(note);
		expect(qs.map((q) => [q.text, q.form, q.answered])).toEqual([
			["离职的原因", "prompt", true],
			["自我介绍", "prompt", true],
		]);
	});

	it("can be turned off", () => {
		expect(texts(note, { ...OPTS, promptHeadings: false })).toEqual([]);
	});

	it("does not count a heading with nothing under it, or a chapter-numbered one", () => {
		expect(texts(["## 项目经历", "", "### **六、回答框架设计**", "", "- **STAR法则**：我会按情境组织。"])).toEqual([]);
	});

	it("does not count a document's own parts: a glossary, its contributors, acknowledgements, a licence", () => {
		expect(
			texts([
				"## 离职的原因：",
				"",
				"> 我想离家近一点。",
				"",
				"## Glossary",
				"",
				"- APAC - Asia Pacific Region",
				"- I/O - input and output",
				"",
				"#### <a name='contributors'>贡献者：</a>",
				"",
				"本文档是以下作者的合作成果：我和 [@paul](https://example.com)。",
				"",
				"## Acknowledgements",
				"",
				"I thank everyone who reviewed these notes.",
				"",
				"## 许可协议",
				"",
				"> 本文采用 MIT 协议。",
			]),
		).toEqual(["离职的原因"]);
	});

	it("does not take a heading over quoted questions as a prompt: its quotes ask, they answer nothing", () => {
		expect(
			texts([
				"## 离职的原因：",
				"",
				"> 我想离家近一点。",
				"",
				"### 面试官提问",
				"",
				"> 教育背景 Can you tell me about your education? 你能讲讲你的教育背景吗？",
				"",
				"> 专业课程 What courses do you find most helpful? 你认为最有用的课程是哪些？",
				"",
				"### 寒暄句型",
				"",
				"> How are you?",
				"",
				"### 三种提问方式",
				"",
				"> Can you walk me through your resume? 可以带我过一下你的简历吗？",
				"",
				"> Can you tell me about yourself? 你可以向我介绍一下你自己吗？",
				"",
				"### 结尾",
				"",
				"> 谢谢您的时间。我还想问：团队最大的挑战是什么？",
			]),
		).toEqual(["离职的原因", "结尾"]);
	});

	it("does not take a bank of sentences or phrases to reuse as a prompt; a skill's own heading still is one", () => {
		expect(
			texts([
				"### 五大核心句型",
				"",
				"> I have a strong background in xxx. 我在某方面有很强的专业背景。",
				"",
				"## Useful phrases",
				"",
				"I'd like to add that…",
				"",
				"## 常用表达",
				"",
				"- 我负责的是…",
				"",
				"## 表达能力",
				"",
				"> 我在团队里负责对外汇报，每周讲一次。",
			]),
		).toEqual(["表达能力"]);
	});

	it("does not hear the person in a link's address ('…-my-answers', '/我的/'); their own words still count", () => {
		const links = ["## Other Answers", "", "- https://example.com/blog/2015/my-answers-to-front-end-questions/", "- [笔记](https://example.cn/我的/面试.html)"];
		expect(texts(links)).toEqual([]);
		expect(texts([...links, "", "I would add caching first."])).toEqual(["Other Answers"]);
	});

	it("keeps a prompt's own text apart from the topic headings under it", () => {
		const qs = parse([
			"## 录用后如何开展工作",
			"> 我会先搞清楚岗位目标，再梳理现有的资源和文档。",
			"#### 3.2 项目管理相关问题",
			"1. **你在之前的项目中是如何推动项目进展的？**",
			"    - 强调项目计划。",
		]);
		expect(qs.map((q) => [q.text, q.form, q.topic])).toEqual([
			["录用后如何开展工作", "prompt", []],
			["你在之前的项目中是如何推动项目进展的？", "list", ["项目管理相关问题"]],
		]);
		expect(qs[0].answerMarkdown).toBe("> 我会先搞清楚岗位目标，再梳理现有的资源和文档。");
	});
});

describe("container headings", () => {
	it("become the topic of the questions under them, not questions", () => {
		const qs = parse([
			"# 面试准备",
			"### **一、客户服务与沟通能力**",
			"**适用问题**：",
			"- 如何处理客户投诉？",
			"#### 3.2 项目管理相关问题",
			"1. **你是如何推动项目进展的？**",
		]);
		expect(qs.map((q) => [q.text, q.topic])).toEqual([
			["如何处理客户投诉？", ["面试准备", "客户服务与沟通能力"]],
			["你是如何推动项目进展的？", ["面试准备", "客户服务与沟通能力", "项目管理相关问题"]],
		]);
	});

	it("give their topic to question headings that follow them at the same level", () => {
		const qs = parse(["### **一、客户服务**", "- 如何处理投诉？", "### 1. 如何处理投诉？", "先倾听。", "### 2. 如何应对不合理需求？", "解释边界。"]);
		expect(qs.map((q) => q.topic)).toEqual([["客户服务"], ["客户服务"], ["客户服务"]]);
	});
});

describe("bold-paragraph questions", () => {
	it("take the text up to the next question, heading or rule as the answer", () => {
		const qs = parse([
			"**问题1：你在之前的工作中是如何处理客户投诉或不满的？**  ",
			"**回答思路**：  ",
			"“我第一时间联系了技术团队。”",
			"",
			"---",
			"",
			"**问题2：如果需求超出能力范围，你会怎么处理？**",
			"先了解需求。",
			"",
			"还会给替代方案。",
			"**问题3：你如何快速学习新系统？**",
		]);
		expect(qs.map((q) => [q.text, q.form, q.line, q.answered])).toEqual([
			["你在之前的工作中是如何处理客户投诉或不满的？", "bold", 1, true],
			["如果需求超出能力范围，你会怎么处理？", "bold", 7, true],
			["你如何快速学习新系统？", "bold", 11, false],
		]);
		expect(qs[0].answerMarkdown).toBe("**回答思路**：  \n“我第一时间联系了技术团队。”");
		// The hub seed's 回答思路 holds a quoted, spoken answer: that is the model answer, not a hint.
		expect(qs[0].parts.answer).toBe("“我第一时间联系了技术团队。”");
		expect(qs[0].parts.hint).toBe("");
		expect(qs[1].answerMarkdown).toBe("先了解需求。\n\n还会给替代方案。");
	});

	it("keeps a hint label's plain notes as a hint", () => {
		const qs = parse(["**问题1：你如何快速学习新系统？**", "**回答思路**：先看文档，再动手操作，最后总结。"]);
		expect(qs[0].parts.hint).toBe("先看文档，再动手操作，最后总结。");
		expect(qs[0].parts.answer).toBe("");
	});

	it("reads a bold question label followed by the question", () => {
		expect(texts(["**问题**：描述一次你说服同事的经历。", "", "**Q1**: \"Tell me about a time you disagreed with your manager\""])).toEqual([
			"描述一次你说服同事的经历。",
			"Tell me about a time you disagreed with your manager",
		]);
	});

	it("does not count a bold phrase that does not ask", () => {
		expect(texts(["**核心策略**：", "", "**强调快速响应**：展现你的第一反应。"])).toEqual([]);
	});
});

describe("list-item questions", () => {
	it("finds listed questions, with an indented line as the item's note", () => {
		const qs = parse(["**适用问题**：", "", "- 如何处理客户投诉？", "    ", "- 如何与难沟通的客户打交道？", "    更改管理员:弄清楚仔细 不要返工"]);
		expect(qs.map((q) => [q.text, q.form, q.answered])).toEqual([
			["如何处理客户投诉？", "list", false],
			// An item's note is a hint: kept, but not an answer of its own.
			["如何与难沟通的客户打交道？", "list", false],
		]);
		expect(qs[1].answerMarkdown).toBe("    更改管理员:弄清楚仔细 不要返工");
		expect(qs[1].parts.hint).toContain("更改管理员");
	});

	it("takes nested bullets under a bold numbered question as hints", () => {
		const [q] = parse(["1. **你在之前的项目中是如何推动项目进展的？**", "    - 强调你如何制定项目计划。", "    - 问题：疫情导致的延期", "2. 下一项"]);
		expect(q.text).toBe("你在之前的项目中是如何推动项目进展的？");
		expect(q.answered).toBe(false);
		expect(q.answerLines).toEqual({ start: 2, end: 3 });
		expect(q.parts.hint).toContain("强调你如何制定项目计划");
		expect(q.parts.answer).toBe("");
	});

	it("does not count points of an answer or list items that do not ask", () => {
		expect(texts(["## 你如何学习新系统？", "1. **先看文档**：通读手册。", "2. 为什么要动手？因为记得牢。", "", "- 客服是体验的核心。"])).toEqual([
			"你如何学习新系统？",
		]);
	});

	it("joins a question that wraps over lines", () => {
		expect(texts(["1. Transformer为何使用多头注意力机制", "   而不是一个头？", "2. 简单讲一下残差结构以及意义。"])).toEqual([
			"Transformer为何使用多头注意力机制 而不是一个头？",
			"简单讲一下残差结构以及意义。",
		]);
	});
});

describe("Q/A lines and callouts", () => {
	it("reads Q:/A: and 问：/答： lines", () => {
		const qs = parse(["Q: Why do you want to work here?", "A: Your product helps schools.", "", "问：你能接受加班吗？", "", "问：为什么离职？", "答：想离家近。"]);
		expect(qs.map((q) => [q.text, q.form, q.answered])).toEqual([
			["Why do you want to work here?", "qa", true],
			["你能接受加班吗？", "qa", false],
			["为什么离职？", "qa", true],
		]);
		expect(qs[0].parts.answer).toBe("Your product helps schools.");
	});

	it("reads a question callout with its body as the answer", () => {
		const [q] = parse(["> [!question] 你对我们公司了解多少？", "> 看过产品和新闻。"]);
		expect([q.text, q.form, q.answered, q.parts.answer]).toEqual(["你对我们公司了解多少？", "callout", true, "> 看过产品和新闻。"]);
	});

	it("stands apart from a question heading's answer", () => {
		const qs = parse(["## 你如何处理紧急任务？", "先排序。", "", "问：你能出差吗？", "答：可以。"]);
		expect(qs.map((q) => q.text)).toEqual(["你如何处理紧急任务？", "你能出差吗？"]);
		expect(qs[0].answerMarkdown).toBe("先排序。");
	});
});

describe("labels are parts, not questions", () => {
	it("splits labelled parts, even inside one paragraph", () => {
		const [q] = parse([
			"### 1. 如何处理客户投诉？",
			"**思考过程**：先理解情绪。 **结合背景**：做过客户答疑。",
			"",
			"**回答建议**： “我会先倾听。”",
		]);
		expect(q.parts).toEqual({ hint: "先理解情绪。", context: "做过客户答疑。", answer: "“我会先倾听。”" });
	});

	it("takes blockquotes as the spoken answer", () => {
		const [q] = parse(["#### 你的优势是什么？", "**思路**：", "- 选和岗位相关的", "**示范回答**：", "> 我的优势是沟通。"]);
		expect(q.parts.hint).toBe("- 选和岗位相关的");
		expect(q.parts.answer).toBe("> 我的优势是沟通。");
	});

	it("never makes label headings or step labels questions", () => {
		expect(texts(["## 思路", "先想。", "## 示范回答", "> 说。", "### **总结**", "祝顺利。", "**第一步：明确核心问题**  ", "面试官为什么问这个？"])).toEqual([]);
	});
});

describe("STAR parts", () => {
	it("flags STAR labels, headings and list items", () => {
		const [a, b, c] = parse([
			"## 讲一个你推动合作的例子",
			"**情境：**上线前两周。",
			"**任务**：一周内联调。",
			"## Tell me about a conflict",
			"### Situation",
			"Two designs.",
			"### Result",
			"Shipped.",
			"## 你如何带新人？",
			"- **Action**（行动）：结对。",
			"- S: 新人多",
			"- T: 两周上手",
		]);
		expect(a.star).toEqual({ situation: true, task: true, action: false, result: false });
		expect(b.star).toEqual({ situation: true, task: false, action: false, result: true });
		expect(c.star).toEqual({ situation: true, task: true, action: true, result: false });
	});
});

describe("what is never read", () => {
	it("ignores front matter, code blocks and comments", () => {
		expect(
			texts([
				"---",
				"title: 这是问题吗？",
				"---",
				"```",
				"## 代码里的问题？",
				"- 也不是？",
				"```",
				"%% 私人：这是问题吗？ %%",
				"<!-- 隐藏的问题：为什么？ -->",
				"%%",
				"## 多行注释里的问题？",
				"%%",
				"## 真的问题？",
				"是的。",
			]),
		).toEqual(["真的问题？"]);
	});

	it("does not read a paragraph over a rule as a heading", () => {
		const qs = parse(["### 面对挑战", "我会先理解需求，再解释边界。", "---", "### **一、客户服务**", "- 如何处理投诉？"]);
		expect(qs.map((q) => [q.text, q.topic])).toEqual([
			["面对挑战", []],
			["如何处理投诉？", ["客户服务"]],
		]);
	});
});

describe("CommonMark traps", () => {
	it("bolds text next to CJK punctuation (remark-cjk-friendly)", () => {
		const [q] = parse(["**问题1：**你如何挖掘客户需求？", "通过数据。"]);
		expect(q.text).toBe("你如何挖掘客户需求？");
		const [r] = parse(["**“为什么选择我们？”**", "因为产品。"]);
		expect([r.text, r.form]).toEqual(["“为什么选择我们？”", "bold"]);
	});
});

describe("the note as a whole", () => {
	it("counts lines the same with CRLF and a byte-order mark", () => {
		const qs = parse("\ufeff# 标题\r\n\r\n## 你为什么离职？\r\n想离家近。\r\n");
		expect(qs.map((q) => [q.line, q.answerMarkdown])).toEqual([[3, "想离家近。"]]);
	});

	it("parses a huge note section by section with the right line numbers", () => {
		const lines: string[] = [];
		for (let i = 0; i < 1500; i++) lines.push(`## 第${i}个问题是什么？`, "", "回答".repeat(20), "");
		const qs = parse(lines);
		expect(qs).toHaveLength(1500);
		expect(qs[1499].line).toBe(1499 * 4 + 1);
		expect(qs[1499].answerMarkdown).toBe("回答".repeat(20));
	});
});

describe("forms seen in public notes", () => {
	it("reads the question after a bare 问题： label, in the next line or the list below", () => {
		const qs = parse(["### 项目经验", "3. **问题：**", "   - 中文：描述一下你扮演的角色。", "   - English: Describe your role.", "", "**问题：**", "- 解释数据库索引如何提高查询性能。", "", "**参考答案：**", "- 减少扫描的行数。"]);
		expect(qs.map((q) => [q.text, q.topic])).toEqual([
			["描述一下你扮演的角色。", ["项目经验"]],
			["解释数据库索引如何提高查询性能。", ["项目经验"]],
		]);
		expect(qs[1].parts.answer).toBe("- 减少扫描的行数。");
	});

	it("keeps an answer heading that sits above the question's level in its answer", () => {
		const qs = parse(["###### 1. What's the output?", "```js", "1 + 1", "```", "#### Answer: B", "Two.", "###### 2. Which one is true?", "- A"]);
		expect(qs.map((q) => [q.text, q.topic])).toEqual([
			["What's the output?", []],
			["Which one is true?", []],
		]);
		expect(qs[0].answerMarkdown).toContain("Two.");
	});
});


describe("character references", () => {
	it("decode the common named ones and leave unknown names as written", () => {
		const qs = parse(["## Q&amp;A：如何处理 &ldquo;难缠&rdquo; 的客户？", "先倾听。", "## 什么是 &madeup; 问题？", "不知道。"]);
		expect(qs.map((q) => q.text)).toEqual(["Q&A：如何处理 “难缠” 的客户？", "什么是 &madeup; 问题？"]);
	});
});
