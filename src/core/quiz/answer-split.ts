// What "Show answer" shows: the model answer, the background, and whatever else the answer holds
// that no labelled part already shows (so nothing in the note is hidden, and nothing shows twice).
import type { Question } from "../types";

export interface RevealedAnswer {
	model: string;
	context: string;
	rest: string;
}

/** A line that is only a label: `**思路**：`, `### 示范回答`, `- **Answer:**`, `> **回答建议**`. */
const LABEL_ONLY = /^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)、]\s*)?(?:#{1,6}\s+)?(?:\*\*|__)?[^\s*_:：]{1,20}(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*$/u;

function lineKey(line: string): string {
	return line.replace(/^\s*(?:>\s*)*/, "").trim();
}

/** Bold labels inside a line (`**思考过程**：`, `**Answer:**`): the pieces between them are part texts. */
const INLINE_LABEL = /(?:\*\*|__)[^*_\n]{1,20}?[:：]?(?:\*\*|__)\s*[:：]?/gu;

export function splitAnswer(q: Pick<Question, "answerMarkdown" | "parts">): RevealedAnswer {
	const { hint, answer, context } = q.parts;
	if (!hint && !answer && !context) return { model: q.answerMarkdown.trim(), context: "", rest: "" };
	const partsText = [hint, answer, context].join("\n");
	const shownText = partsText.split("\n").map(lineKey).join("\n");
	// A line stays when some piece of it is in no part (labels aside).
	const shownAlready = (line: string): boolean => {
		const pieces = lineKey(line)
			.split(INLINE_LABEL)
			.map((p) => p.trim())
			.filter((p) => p !== "");
		return pieces.length > 0 && pieces.every((p) => shownText.includes(p));
	};
	const restLines = q.answerMarkdown.split("\n").filter((line) => {
		const key = lineKey(line);
		if (key === "") return true;
		if (shownAlready(line)) return false;
		return !(LABEL_ONLY.test(line) && /\*\*|__|^#|[:：]\s*(?:\*\*|__)?$/.test(key));
	});
	const rest = restLines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
	return { model: answer.trim(), context: context.trim(), rest: /[\p{L}\p{N}]/u.test(rest) ? rest : "" };
}
