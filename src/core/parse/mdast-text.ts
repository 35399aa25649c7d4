// Helpers over mdast trees, whichever reader made them: comments masked by line, a node's lines,
// inline nodes as plain text by line. No Markdown reader here (remark is in remark-reader.ts, the
// reference the tests, the CLI and the bench read with; main.js does not ship it).
import type { RootContent, PhrasingContent, Paragraph } from "mdast";
import { runSteps } from "../run-steps";
import { Joiner } from "../joiner";

/**
 * Blank out Obsidian comments (`%% … %%`) and HTML comments, keeping every line break,
 * so nothing inside them is read and line numbers stay right.
 */
export function maskComments(text: string): string {
	return runSteps(maskCommentsSteps(text));
}

/** maskComments in steps of about `stepChars` characters (a note, or one comment, of megabytes is masked in turns). */
export function* maskCommentsSteps(text: string, stepChars = 1 << 16): Generator<void, string, void> {
	// %% comments first, then HTML comments in what is left (a %% inside an HTML comment is masked first).
	const once = yield* maskPass(text, "%%", "%%", stepChars);
	return yield* maskPass(once, "<!--", "-->", stepChars);
}

/** Blanks every `open`…`close` (or `open`… to the end), keeping line breaks. */
function* maskPass(text: string, open: string, close: string, stepChars: number): Generator<void, string, void> {
	if (!text.includes(open)) return text;
	const out = new Joiner();
	const step = Math.max(1, stepChars);
	let pos = 0;
	let spent = 0;
	for (;;) {
		const s = text.indexOf(open, pos);
		if (s < 0) break;
		const c = text.indexOf(close, s + open.length);
		const e = c < 0 ? text.length : c + close.length;
		out.push(text.slice(pos, s));
		spent += s - pos;
		// A long comment is blanked in turns.
		for (let at = s; at < e; ) {
			const to = Math.min(e, at + Math.max(1, step - spent));
			out.push(blanked(text, at, to));
			spent += to - at;
			at = to;
			if (spent >= step) {
				spent = 0;
				yield;
			}
		}
		pos = e;
		if (c < 0) break;
	}
	out.push(text.slice(pos));
	return out.join();
}

/** text[from, to) with every character but line breaks made a space. */
function blanked(text: string, from: number, to: number): string {
	const part = text.slice(from, to);
	if (!part.includes("\n")) return spaces(part.length);
	const out: string[] = [];
	let at = 0;
	for (let nl = part.indexOf("\n"); nl >= 0; nl = part.indexOf("\n", at)) {
		out.push(spaces(nl - at), "\n");
		at = nl + 1;
	}
	out.push(spaces(part.length - at));
	return out.join("");
}

const SPACES = " ".repeat(1024);

function spaces(n: number): string {
	return n <= SPACES.length ? SPACES.slice(0, n) : " ".repeat(n);
}

export function startLine(node: { position?: { start: { line: number } } }): number {
	return node.position?.start.line ?? 1;
}

export function endLine(node: { position?: { end: { line: number } } }): number {
	return node.position?.end.line ?? 1;
}

/** Plain text of inline nodes: no HTML tags, images or footnote marks; breaks become "\n". */
export function inlineText(nodes: readonly PhrasingContent[]): string {
	let out = "";
	for (const n of nodes) {
		switch (n.type) {
			case "text":
			case "inlineCode":
				out += n.value;
				break;
			case "break":
				out += "\n";
				break;
			case "html":
			case "image":
			case "imageReference":
			case "footnoteReference":
				break;
			default:
				if ("children" in n) out += inlineText(n.children);
		}
	}
	return out;
}

/** `text` with its line breaks as spaces (most text has none: then it is returned as it is, unread by a pattern). */
export function oneLine(text: string): string {
	return text.includes("\n") ? text.replace(/\n/g, " ") : text;
}

export interface InlineLine {
	line: number;
	nodes: PhrasingContent[];
}

/** A paragraph's inline nodes grouped by source line (text nodes with line breaks are cut). */
export function paragraphLines(p: Paragraph): InlineLine[] {
	const first = startLine(p);
	// Most paragraphs are one line: then its nodes are the paragraph's own (no caller changes them).
	if (onOneLine(p.children, first)) return [{ line: first, nodes: p.children }];
	const lines: InlineLine[] = [{ line: first, nodes: [] }];
	let current = lines[0];
	// (No closures: this runs for every paragraph, several times.)
	for (const n of p.children) {
		if (n.type === "break") {
			current = { line: endLine(n) > current.line ? endLine(n) : current.line + 1, nodes: [] };
			lines.push(current);
			continue;
		}
		if (n.type === "text" && n.value.includes("\n")) {
			const pieces = n.value.split("\n");
			let line = startLine(n);
			for (let i = 0; i < pieces.length; i++) {
				if (i > 0) {
					current = { line: ++line, nodes: [] };
					lines.push(current);
				}
				if (pieces[i]) current.nodes.push({ type: "text", value: pieces[i] });
			}
			continue;
		}
		const at = startLine(n);
		if (at > current.line) {
			current = { line: at, nodes: [] };
			lines.push(current);
		}
		current.nodes.push(n);
	}
	let kept = 0;
	for (const l of lines) if (l.nodes.length > 0 || l === lines[0]) kept++;
	return kept === lines.length ? lines : lines.filter((l) => l.nodes.length > 0 || l === lines[0]);
}

/** No break, no line ending in a text, and no node starting below line `first`. */
function onOneLine(nodes: readonly PhrasingContent[], first: number): boolean {
	for (const n of nodes) {
		if (n.type === "break" || (n.type === "text" && n.value.includes("\n")) || startLine(n) > first) return false;
	}
	return true;
}

/** True when the inline nodes are one bold run, give or take spaces (`**问题1：…？**`). */
export function isAllStrong(nodes: readonly PhrasingContent[]): boolean {
	const solid = nodes.filter((n) => !(n.type === "text" && !n.value.trim()) && n.type !== "break");
	return solid.length === 1 && solid[0].type === "strong";
}

export type Block = RootContent;
