// A paragraph of a loose answer into sentences (。！？!?. and what closes them), and a sentence into
// pieces where the cue words change the STAR part; never inside **bold** or `code`.
import type { StarKey } from "../types";
import { cuePart } from "./star-cues";

/** Split text after each character accepted by `isBreak`, never inside **bold** or `code`. */
function splitAt(text: string, isBreak: (text: string, i: number) => boolean, trailing: RegExp): string[] {
	const out: string[] = [];
	let start = 0;
	let bold = false;
	let code = false;
	for (let i = 0; i < text.length; i++) {
		if (!code && text.startsWith("**", i)) {
			bold = !bold;
			i++;
			continue;
		}
		if (text[i] === "`") {
			code = !code;
			continue;
		}
		if (bold || code || !isBreak(text, i)) continue;
		let j = i + 1;
		while (j < text.length && trailing.test(text[j])) j++;
		out.push(text.slice(start, j));
		start = j;
		i = j - 1;
	}
	if (start < text.length) out.push(text.slice(start));
	return out.filter((s) => s.trim() !== "");
}

const SENTENCE_END = /[。！？!?]/;
const CLOSERS = /[。！？!?”’"'）)」』\s]/;

function sentenceBreak(text: string, i: number): boolean {
	const c = text[i];
	if (SENTENCE_END.test(c)) return true;
	// "9 a.m. standup", "e.g. this": a full stop before a lowercase word ends no sentence.
	return c === "." && (i + 1 === text.length || (/\s/.test(text[i + 1]) && !/^\s+[a-z]/.test(text.slice(i + 1, i + 4))));
}

function clauseBreak(text: string, i: number): boolean {
	const c = text[i];
	if ("，；：".includes(c)) return true;
	if (c === ";") return true;
	return c === "," && (i + 1 === text.length || /\s/.test(text[i + 1]));
}

const CLAUSE_END = /[，；：,;:]\s*$/;

/** One sentence → pieces (part or null), split only where cue words change the part. */
export function placeSentence(sentence: string): { part: StarKey | null; text: string }[] {
	const clauses = splitAt(sentence, clauseBreak, /[\s]/);
	const parts = clauses.map(cuePart);
	const firstKnown = parts.findIndex((p) => p !== null);
	if (firstKnown < 0) return [{ part: null, text: sentence.trim() }];
	for (let k = 0; k < parts.length; k++) {
		if (parts[k] === null) parts[k] = k < firstKnown ? parts[firstKnown] : parts[k - 1];
	}
	const pieces: { part: StarKey | null; text: string }[] = [];
	for (let k = 0; k < clauses.length; k++) {
		const last = pieces[pieces.length - 1];
		if (last && last.part === parts[k]) last.text += clauses[k];
		else pieces.push({ part: parts[k], text: clauses[k] });
	}
	const end = /[。！？!?.]\s*$/.exec(sentence)?.[0].trim() ?? (/[\u4e00-\u9fff]/.test(sentence) ? "。" : ".");
	return pieces.map((p, k) => {
		let text = p.text.trim();
		// A piece cut off mid-sentence ends with a comma; close it as a sentence instead.
		if (k < pieces.length - 1 && CLAUSE_END.test(text)) text = text.replace(CLAUSE_END, end);
		// …and one that starts mid-sentence starts as a sentence.
		if (k > 0) text = text.replace(/^[a-z]/, (c) => c.toUpperCase());
		return { part: p.part, text };
	});
}

/** The sentences of a paragraph's text, each with what closes it (quotes, brackets, white space). */
export function sentencesOf(text: string): string[] {
	return splitAt(text, sentenceBreak, CLOSERS);
}
