// Questions shaped like the seed notes, for the quiz view tests.
import type { Question } from "../../../src/core/types";
import { makeQuestion } from "../../core/quiz/make-question";

export const ANSWERS = "面试回答/角度回答.md";
export const HUB = "面试-面试官角度准备.md";
export const ENGLISH = "English/behavioral.md";

export function seedQuestions(): Question[] {
	return [
		makeQuestion("q-complaint", {
			path: ANSWERS,
			text: "如何处理客户投诉？",
			line: 12,
			endLine: 20,
			topic: ["一、客户服务与沟通能力"],
			answerMarkdown: "**思路**：先安抚，再解决。\n\n> 我会先倾听客户的问题，然后给出临时方案。\n\n本质是建立信任。",
			parts: { hint: "先安抚，再解决。", answer: "> 我会先倾听客户的问题，然后给出临时方案。", context: "" },
		}),
		makeQuestion("q-role", {
			path: ANSWERS,
			text: "你之前的经验和这个岗位有什么关系？",
			line: 30,
			endLine: 34,
			topic: ["二、岗位匹配"],
			answerMarkdown: "我做过三年客户成功，负责培训和续费。",
		}),
		makeQuestion("q-feedback", {
			path: HUB,
			text: "如何将客户反馈转化为产品优化建议？",
			line: 40,
			endLine: 40,
			topic: ["一、客户服务与沟通能力", "反馈"],
			answerMarkdown: "",
			answerLines: null,
			answered: false,
			covered: false,
		}),
		makeQuestion("q-conflict", {
			path: ENGLISH,
			text: "Tell me about a time you disagreed with your manager.",
			line: 3,
			endLine: 12,
			topic: ["Conflict"],
			answerMarkdown:
				"**Situation**: we had a launch date.\n\n**Task**: I owned the release.\n\n**Action**: I wrote a risk list and met my manager.\n\n**Result**: we shipped two days later with 0 incidents.",
			star: { situation: true, task: true, action: true, result: true },
		}),
	];
}

/** 客户一直催进度怎么办？ as in the demo vault: a hint in the hub, the spoken answer in the answers note. */
export function mergedQuestions(): Question[] {
	return [
		makeQuestion("q-urge-hub", {
			path: HUB,
			text: "客户一直催进度怎么办？",
			line: 31,
			topic: ["一、客户服务与沟通能力"],
			answerMarkdown: "**思考过程**：催进度往往是因为信息不透明。",
			parts: { hint: "催进度往往是因为信息不透明。", answer: "", context: "" },
			answered: false,
			variantOf: "q-urge",
		}),
		makeQuestion("q-urge", {
			path: "面试回答-技术支持岗.md",
			text: "客户一直催进度怎么办？",
			line: 45,
			answerMarkdown: "> 我会先把当前进度和下一步的时间点讲清楚。",
			parts: { hint: "", answer: "> 我会先把当前进度和下一步的时间点讲清楚。", context: "" },
			variants: ["q-urge-hub"],
		}),
	];
}

/** A listed question whose note is a hint, and nothing else. */
export function hintOnlyQuestions(): Question[] {
	return [
		makeQuestion("q-learn", {
			path: HUB,
			text: "如何快速熟悉一款新产品？",
			form: "list",
			answerMarkdown: "    先看需求文档和帮助中心",
			parts: { hint: "先看需求文档和帮助中心", answer: "", context: "" },
			answered: false,
			covered: false,
		}),
	];
}
