// The words that mark the parts of a prepared answer. Users can edit them in settings;
// these are the defaults, in Chinese and English.
import type { LabelWords } from "./types";

export const DEFAULT_LABELS: LabelWords = {
	hint: [
		"思路", "思考过程", "回答思路", "答题思路", "核心策略", "要点", "关键点", "提示",
		"Hint", "Hints", "Approach", "Tips", "Tip", "Key points", "Strategy",
		// A one-question note's own sections (why it is asked, what to cover): how to answer, not the answer.
		"考察点", "考点", "Why this is asked", "Why it's asked", "Key points to cover", "What they're looking for",
	],
	answer: [
		"示范回答", "回答建议", "参考回答", "参考答案", "答案", "回答", "示例回答", "范例",
		"Answer", "Sample answer", "Model answer", "Example answer", "My answer", "Response", "Example response", "Sample response",
	],
	context: ["结合背景", "背景说明", "Background", "Context"],
	situation: ["情境", "情景", "背景", "Situation"],
	task: ["任务", "Task"],
	action: ["行动", "Action", "Actions"],
	result: ["结果", "Result", "Results"],
};
