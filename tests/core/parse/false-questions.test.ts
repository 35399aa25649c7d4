// Text that asks but is no interview question: a drafted reply to a customer, chapters of a
// write-up, a story's narration, titles and category headings over advice.
import { describe, expect, it } from "vitest";
import { texts } from "./helpers";

describe("questions that are not the interviewer's", () => {
	it("a question to a customer in a drafted reply (a reply heading, or a letter that opens with a greeting)", () => {
		expect(texts([
			"# Support prep",
			"## Email to a customer whose parcel is lost",
			"We're sorry the parcel is late.",
			"",
			"Could you confirm your postcode?",
			"## Practice",
			"Hello Priya,",
			"",
			"Would Tuesday work for a call?",
			"## 给客户的回复",
			"请问您方便留一个电话吗？",
		])).toEqual([]);
	});

	it("titles of linked pages under a references heading, and a to-do list's items", () => {
		const questions = ["## 什么是三次握手？", "", "建立连接的过程。", ""];
		expect(texts([
			...questions,
			"### 参考",
			"- [计算机网络面试问题集锦](https://example.com/a)",
			"- [什么时候用 TCP，什么时候用 UDP？](https://example.com/b)",
			"",
			"## Further reading",
			"- [Why is DNS over UDP?](https://example.org/dns)",
			"",
			"### 待完成",
			"- [ ] 进程同步",
			"- [ ] 文件系统如何组织？",
		])).toEqual(["什么是三次握手？"]);
		// A list of linked questions under a heading of its own is still a list of questions.
		expect(texts(["## 网络题", "- [什么时候用 UDP？](udp.md)", "- [DNS 为什么用 UDP？](dns.md)"])).toEqual(["什么时候用 UDP？", "DNS 为什么用 UDP？"]);
	});

	it("questions the reader is told not to ask", () => {
		expect(texts([
			"## 反问环节",
			"",
			"- 团队现在最大的挑战是什么？",
			"- 这个岗位的成长路径是怎样的？",
			"",
			"**雷区**",
			"",
			"- 不要问面试表现：你觉得我表现怎么样？",
			"- 别问题目：这道题的正确解法是什么？",
			"- Don't ask: How did I do?",
			"- Avoid asking about salary in the first round?",
		])).toEqual(["团队现在最大的挑战是什么？", "这个岗位的成长路径是怎样的？"]);
	});

	it("the interviewer's words inside a story's narration, not on a line of their own", () => {
		expect(texts([
			"# 二面记录",
			"## 经过",
			"三点开始。面试官：你为什么从上家离职？我顿了一下，讲了想做基础架构。",
			"",
			"后来他让我写了一道题，整体还算顺利。",
		])).toEqual([]);
	});
});

describe("headings that are not questions", () => {
	it("numbered chapter headings with HTML anchors of a write-up, one of which asks", () => {
		expect(texts([
			"# 我的转行故事",
			'## <a id="p1"></a>1. 为什么我决定转行',
			"那年我做销售已经五年。",
			'## <a id="p2"></a>2. 自学的半年',
			"每天学四个小时。",
			'## <a name="p3"></a>3. 第一份开发工作',
			"一家小公司收了我。",
		])).toEqual([]);
	});

	it("anchored headings that mostly ask stay questions", () => {
		expect(texts([
			"# 面试题",
			'## <a id="q1"></a>1. 什么是闭包？',
			"函数和它的词法环境。",
			'## <a id="q2"></a>2. 什么是事件循环？',
			"调用栈空了就取任务。",
		])).toEqual(["什么是闭包？", "什么是事件循环？"]);
	});

	it("a document's title and category headings over advice are not questions", () => {
		expect(texts([
			"# 面试技巧",
			"## 行为面试",
			"建议用 STAR 组织回答，每个故事两分钟以内。",
			"## 技术面试",
			"先复习数据结构，再刷题。",
		])).toEqual([]);
	});
});
