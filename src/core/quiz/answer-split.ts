// What "Show answer" shows: the model answer, the background, and whatever else the answer holds
// that no labelled part already shows (so nothing in the note is hidden, and nothing shows twice).
import type { Question } from "../types";
import { isPlaceholderLine } from "../parse/placeholder";

export interface RevealedAnswer {
	model: string;
	context: string;
	rest: string;
}

/** A line that is only a label: `**思路**：`, `### 示范回答`, `- **Answer:**`, `> **回答建议**`. */
// After the label each space run is tied to the mark after it: three optional space runs in a row
// (`\s*[:：]?\s*(?:\*\*)?\s*$`) took time growing with the cube of a long run of spaces.
const LABEL_ONLY = /^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)、]\s*)?(?:#{1,6}\s+)?(?:\*\*|__)?[^\s*_:：]{1,20}(?:\*\*|__)?(?:\s*[:：])?(?:\s*(?:\*\*|__))?\s*$/u;

function lineKey(line: string): string {
	return line.replace(/^\s*(?:>\s*)*/, "").trim();
}

/** Bold labels inside a line (`**思考过程**：`, `**Answer:**`): the pieces between them are part texts. */
const INLINE_LABEL = /(?:\*\*|__)[^*_\n]{1,20}?[:：]?(?:\*\*|__)\s*[:：]?/gu;

/**
 * A label opening a line (`A:`, `答：`, `- Situation:`, `2. Answer:`, `- **Task**：`, `#### Answer: D`): the
 * parts hold what follows it. (Anchored and bounded: read in time linear in the line.)
 */
const LINE_LABEL = /^(?:[-*+][ \t]+|\d+[.)、][ \t]*|#{1,6}[ \t]+)?(?:(?:\*\*|__)[^\s*_:：]{1,20}[:：]?(?:\*\*|__)[ \t]*[:：]?|[^\s*_:：]{1,20}[ \t]*[:：])[ \t]*/u;

type Section = "hint" | "model" | "context" | "rest";

/**
 * Sort the answer's own lines into the part that holds their words, so each section keeps the note's
 * markup (STAR labels, lists, links) while nothing shows twice. Label-only lines give way to section titles.
 */
export function splitAnswer(q: Pick<Question, "answerMarkdown" | "parts" | "answered">): RevealedAnswer {
	const { hint, answer, context } = q.parts;
	// Without parts, the text is the answer, unless it is not one (placeholders: a STAR scaffold).
	if (!hint && !answer && !context) return { model: q.answered ? q.answerMarkdown.trim() : "", context: "", rest: "" };
	const texts: [Section, string][] = [
		["hint", hint],
		["model", answer],
		["context", context],
	].map(([k, text]) => [k as Section, text.split("\n").map(lineKey).join("\n")]);
	// Each part's lines as whole lines ("\n" around each), for what follows a line's opening label.
	const lines = texts.filter(([, text]) => text !== "").map(([k, text]): [Section, string] => [k, `\n${text}\n`]);
	const within = (text: string, piece: string): boolean => text.includes(piece);
	// The part whose words the line holds; "parts" when its pieces belong to different parts (each shows
	// through its own part then), null when some piece belongs to none.
	const sectionOf = (line: string): Section | "parts" | null => {
		const key = lineKey(line);
		const found = sectionOfPieces(key, texts, within);
		if (found !== null) return found;
		// After a label that opens the line (`A: …`, `#### Answer: D`), the rest may be a part's text; the
		// part must hold it as a line of its own (a short answer, "D", is in many a line of a hint too).
		const label = LINE_LABEL.exec(key);
		return label ? sectionOfPieces(key.slice(label[0].length), lines, (text, piece) => text.includes(`\n${piece}\n`)) : null;
	};
	const sectionOfPieces = (text: string, parts: [Section, string][], holds: (part: string, piece: string) => boolean): Section | "parts" | null => {
		const pieces = text
			.split(INLINE_LABEL)
			.map((p) => p.trim())
			.filter((p) => p !== "");
		if (pieces.length === 0) return null;
		for (const [k, part] of parts) if (part && pieces.every((p) => holds(part, p))) return k;
		const owners = pieces.map((p) => parts.filter(([, part]) => holds(part, p)).map(([k]) => k));
		if (owners.some((o) => o.length === 0)) return null;
		for (const o of owners) for (const k of o) split.add(k);
		return "parts";
	};
	const out: Record<Section, string[]> = { hint: [], model: [], context: [], rest: [] };
	/** Parts that share a line with another part: their lines alone would be incomplete. */
	const split = new Set<Section>();
	let last: Section = "rest";
	for (const line of q.answerMarkdown.split("\n")) {
		const key = lineKey(line);
		if (key === "") {
			out[last].push(line);
			continue;
		}
		if (isPlaceholderLine(line)) continue;
		const section = sectionOf(line);
		if (section === "parts") continue;
		if (section) {
			out[section].push(line);
			last = section;
		} else if (!(LABEL_ONLY.test(line) && /\*\*|__|^#|[:：]\s*(?:\*\*|__)?$/.test(key))) {
			out.rest.push(line);
			last = "rest";
		}
	}
	const join = (lines: string[]) => lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
	const rest = join(out.rest);
	return {
		// Parts the parser assembled from several places still show, even if no single line matched.
		model: (!split.has("model") && join(out.model)) || answer.trim(),
		context: (!split.has("context") && join(out.context)) || context.trim(),
		rest: /[\p{L}\p{N}]/u.test(rest) ? rest : "",
	};
}
