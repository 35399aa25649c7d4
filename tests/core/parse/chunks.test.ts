import { describe, expect, it } from "vitest";
import { cutPieces, type Piece } from "../../../src/core/parse/chunks";

function pieces(text: string, chunkChars = 256): { pieces: Piece[]; starts: number[] } {
	const starts: number[] = [];
	return { pieces: [...cutPieces(text, { chunkChars }, starts)], starts };
}

const body = (p: Piece, text: string): string => text.slice(p.start, p.end);
const sections = (n: number): string => Array.from({ length: n }, (_, i) => `## 问题${i}是什么？\n\n回答${i}。\n`).join("\n");

describe("cutting a note into pieces", () => {
	it("leaves a small note whole", () => {
		const text = "# 标题\n\n## 你为什么离职？\n想离家近。";
		expect(pieces(text, 4096).pieces).toEqual([{ start: 0, end: text.length, line: 0, prefix: "" }]);
	});

	it("covers the whole note in order, dropping only the line break at each cut, and records every line start", () => {
		const text = `# 面试准备\n\n${sections(200)}`;
		const { pieces: ps, starts } = pieces(text);
		expect(ps.length).toBeGreaterThan(10);
		expect(ps.map((p) => body(p, text)).join("\n")).toBe(text);
		for (const p of ps) expect(p.line).toBe(text.slice(0, p.start).split("\n").length - 1);
		const lines = text.split("\n");
		expect(starts).toHaveLength(lines.length);
		expect(starts.map((s, i) => text.slice(s, s + lines[i].length))).toEqual(lines);
	});

	it("cuts before headings under a # title, so every piece stays small", () => {
		const text = `# 面试准备\n\n${sections(300)}`;
		const ps = pieces(text).pieces;
		for (const p of ps.slice(1)) expect(body(p, text)).toMatch(/^## /);
		expect(Math.max(...ps.map((p) => p.end - p.start))).toBeLessThan(2 * 256);
	});

	it("does not cut inside a code fence or front matter", () => {
		const code = Array.from({ length: 60 }, (_, i) => `## not a heading ${i}\n\nx`).join("\n");
		const text = `---\n${Array.from({ length: 40 }, (_, i) => `# key${i}: value`).join("\n")}\n---\n\n\`\`\`md\n${code}\n\`\`\`\n\n${sections(40)}`;
		const ps = pieces(text, 1024).pieces;
		expect(ps.length).toBeGreaterThan(2);
		const fenceStart = text.indexOf("```md");
		const fenceEnd = text.lastIndexOf("```") + 3;
		const frontEnd = text.indexOf("\n---\n") + 4;
		for (const p of ps.slice(1)) {
			expect(p.start > fenceStart && p.start < fenceEnd, body(p, text).slice(0, 30)).toBe(false);
			expect(p.start).toBeGreaterThan(frontEnd);
		}
	});

	it("after a blank line, does not cut before a list item, a rule or indented text (they may belong to what came before)", () => {
		const text = Array.from({ length: 200 }, (_, i) => `- 要点${i}\n\n  续${i}\n\n---\n\n1. 第${i}\n\n段落${i}\n`).join("\n");
		const ps = pieces(text).pieces;
		expect(ps.length).toBeGreaterThan(5);
		for (const p of ps.slice(1)) expect(body(p, text)).toMatch(/^段落/);
	});

	it("cuts early only before a real heading: one to six # then a space, a tab or the line's end", () => {
		const notes = (mark: string): Piece[] => pieces(Array.from({ length: 200 }, (_, i) => `${mark}问题${i}\n\n回答${i}。\n`).join("\n")).pieces;
		// Not headings: cut only after a blank line once a piece has its full size.
		for (const mark of ["#######", "#tag", "####### "]) for (const p of notes(mark).slice(0, -1)) expect(p.end - p.start, mark).toBeGreaterThanOrEqual(255);
		// Headings: cut before them at half the size.
		for (const mark of ["# ", "###### ", "##\t", "#"]) expect(notes(mark === "#" ? "#\n" : mark).some((p) => p.end - p.start < 255), mark).toBe(true);
	});

	it("a line of spaces and tabs is blank: a piece may be cut after it", () => {
		const text = Array.from({ length: 200 }, (_, i) => `段落${i}\n \t \n段落${i}续`).join("\n");
		const ps = pieces(text).pieces;
		expect(ps.length).toBeGreaterThan(5);
		for (const p of ps.slice(1)) expect(body(p, text)).toMatch(/^段落\d+续/);
		// Not blank when it holds anything else.
		expect(pieces(text.replace(/ \t \n/g, " \tx\n")).pieces.slice(0, -1).every((p) => p.end - p.start >= 4 * 256 - 1)).toBe(true);
	});

	it("a code block far longer than a piece is cut at lines, each later piece reopening the fence", () => {
		const text = `## 代码\n\n\`\`\`js\n${Array.from({ length: 400 }, (_, i) => `const a${i} = ${i};`).join("\n")}\n\`\`\`\n`;
		const ps = pieces(text).pieces;
		expect(ps.length).toBeGreaterThan(3);
		for (const p of ps.slice(1, -1)) expect(p.prefix).toBe("```js\n");
	});

	it("in a piece far too long, an empty line is a place to cut as any other", () => {
		const text = `## 代码\n\n\`\`\`js\n${Array.from({ length: 400 }, (_, i) => `const a${i} = ${i};`).join("\n\n")}\n\`\`\`\n`;
		const ps = pieces(text).pieces.slice(1, -1);
		expect(ps.length).toBeGreaterThan(3);
		// The cut falls on the first line past the size, empty or not.
		expect(ps.some((p) => p.start === p.end || text[p.start] === "\n")).toBe(true);
		for (const p of ps) expect(p.end - p.start).toBeLessThan(4 * 256 + 20);
	});

	it("a single very long line is read in parts, each starting with a letter", () => {
		const text = `## 问题是什么？\n\n${"中文 word ".repeat(2000)}\n`;
		const ps = pieces(text).pieces;
		expect(ps.length).toBeGreaterThan(5);
		expect(ps.map((p) => text.slice(p.start, p.end)).join("").replace(/\n/g, "")).toBe(text.replace(/\n/g, ""));
		for (const p of ps.slice(2)) {
			expect(p.line).toBe(2);
			expect(body(p, text)).toMatch(/^\p{L}/u);
		}
	});
});
