// One note's text → its questions. Never throws: a note that cannot be read fully still gives
// what was found, with a warning.
import type { ExtractedQuestion, ParseOptions, ParsedNote } from "../types";
import { extractWikilinks } from "../wikilinks";
import { extractQuestions } from "./extract";
import { maskComments, parseMarkdown } from "./markdown";

/** Bump when extraction results change, so cached results are thrown away. */
export const PARSER_VERSION = 1;

/** Notes above this size are parsed section by section (remark slows down on huge inputs). */
const CHUNK_CHARS = 64 * 1024;

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})(?:\s|$)/;

interface Chunk {
	/** 0-based index of the chunk's first line in the note. */
	from: number;
	/** 0-based index one past its last line. */
	to: number;
}

/** Cut at the shallowest headings outside code fences, keeping pieces near the chunk size. */
function chunks(lines: string[]): Chunk[] {
	const heads: { line: number; depth: number }[] = [];
	let fence = "";
	lines.forEach((l, i) => {
		const f = FENCE.exec(l);
		if (f) {
			if (!fence) fence = f[1][0].repeat(f[1].length);
			else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = "";
			return;
		}
		if (fence) return;
		const h = ATX.exec(l);
		if (h) heads.push({ line: i, depth: h[1].length });
	});
	if (heads.length === 0) return [{ from: 0, to: lines.length }];
	const top = Math.min(...heads.map((h) => h.depth));
	const cuts = heads.filter((h) => h.depth === top && h.line > 0).map((h) => h.line);
	const out: Chunk[] = [];
	let from = 0;
	let size = 0;
	let at = 0;
	for (const cut of cuts) {
		for (; at < cut; at++) size += lines[at].length + 1;
		if (size >= CHUNK_CHARS / 2) {
			out.push({ from, to: cut });
			from = cut;
			size = 0;
		}
	}
	out.push({ from, to: lines.length });
	return out;
}

export function parseNote(path: string, text: string, opts: ParseOptions): ParsedNote {
	const warnings: string[] = [];
	let links: string[] = [];
	const questions: ExtractedQuestion[] = [];
	try {
		const source = (typeof text === "string" ? text : String(text ?? "")).replace(/^\ufeff/, "");
		try {
			links = extractWikilinks(source);
		} catch (e) {
			warnings.push(`Could not read the links: ${message(e)}`);
		}
		// Lines as remark counts them (\r\n, \r and \n all end a line).
		const lines = source.split(/\r\n|\r|\n/);
		const masked = maskComments(lines.join("\n"));
		const maskedLines = masked.split("\n");
		const parts = masked.length > CHUNK_CHARS ? chunks(maskedLines) : [{ from: 0, to: maskedLines.length }];
		for (const c of parts) {
			try {
				const root = parseMarkdown(maskedLines.slice(c.from, c.to).join("\n"));
				questions.push(...extractQuestions(root, { lines, masked: maskedLines, offset: c.from, lastLine: c.to, opts }));
			} catch (e) {
				warnings.push(`Could not read lines ${c.from + 1}–${c.to}: ${message(e)}`);
			}
		}
	} catch (e) {
		warnings.push(`Could not read the note: ${message(e)}`);
	}
	return { path, questions, links, warnings };
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
