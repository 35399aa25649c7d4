// String and object sharing for parsed notes: answer parts become slices of the answer's markdown,
// STAR flags one of 16 frozen objects, equal topic paths one array, empty parts one object. A big vault
// holds tens of thousands of small objects fewer; readers see the same values.
import type { AnswerParts, ExtractedQuestion, ParsedNote } from "../core/types";
import { readyQuestion, rememberKeys } from "../core/index/question-index";
import { questionKey } from "../core/normalize";

const PART_KEYS: readonly (keyof AnswerParts)[] = ["hint", "answer", "context"];

type Star = ExtractedQuestion["star"];

/** The 16 possible STAR flag sets, shared by every question (frozen: nothing writes them). */
export const STARS: readonly Star[] = Array.from({ length: 16 }, (_, b) =>
	Object.freeze({ situation: (b & 1) !== 0, task: (b & 2) !== 0, action: (b & 4) !== 0, result: (b & 8) !== 0 }),
);

export function starBits(star: Star): number {
	return (star.situation ? 1 : 0) | (star.task ? 2 : 0) | (star.action ? 4 : 0) | (star.result ? 8 : 0);
}

/**
 * Makes each answer part that is a piece of the answer's markdown a slice of that string, so the
 * text is held once (the parser's parts are cut from a copy of the answer with comments masked).
 * Readers see the same strings. STAR flags become one of 16 shared objects, equal topic paths one array.
 */
export function shareAnswerText(note: ParsedNote): ParsedNote {
	for (const q of note.questions) {
		q.star = STARS[starBits(q.star)];
		const md = q.answerMarkdown;
		for (const k of PART_KEYS) {
			const part = q.parts[k];
			if (!part) continue;
			const at = md.indexOf(part);
			if (at >= 0) q.parts[k] = md.slice(at, at + part.length);
		}
	}
	return shareShapes(note);
}

/** No hint, answer or context: one shared (frozen) object for all such questions. */
export const NO_PARTS: AnswerParts = Object.freeze({ hint: "", answer: "", context: "" });

/**
 * Questions under one heading path share one topic array, and questions with no parts one parts
 * object: tens of thousands of small objects fewer in a big vault.
 */
export function shareShapes(note: ParsedNote): ParsedNote {
	const topics = new Map<string, string[]>();
	// The question before's (shared) topic: questions under one heading come one after another, and
	// most need no look-up.
	let last: string[] | null = null;
	for (const q of note.questions) {
		if (last !== null && sameTopic(q.topic, last)) q.topic = last;
		else {
			// JSON, not a join: ["a\nb"] and ["a", "b"], [] and [""] are different topics.
			const path = JSON.stringify(q.topic);
			const shared = topics.get(path);
			if (shared) q.topic = shared;
			else topics.set(path, q.topic);
		}
		last = q.topic;
		if (!q.parts.hint && !q.parts.answer && !q.parts.context) q.parts = NO_PARTS;
	}
	return note;
}

/** The same headings, one by one (then their JSON is the same too). */
function sameTopic(a: readonly string[], b: readonly string[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/**
 * The note's questions in the index's shape, keyed (as the parse cache gives them): the first build
 * takes each as its own question instead of copying it, so a big vault holds one object per question,
 * not the parse's and the index's.
 */
export function readyNote(note: ParsedNote): ParsedNote {
	const keys: string[] = [];
	const questions = note.questions.map((q) => {
		const key = questionKey(q.text);
		keys.push(key);
		return readyQuestion(q.text, q.form, q.line, q.endLine, q.answerLines, q.topic, q.answerMarkdown, q.answered, q.parts, q.star, note.path, key);
	});
	rememberKeys(questions, keys);
	return { path: note.path, questions, warnings: note.warnings };
}
