// Reads the plugin's own source (main.ts and src/ without the Node-only scan CLI) and finds calls by
// pattern, with comments and string contents blanked so a word in a comment is not a call.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

export interface SourceFile {
	/** Path from the repo root, with `/`. */
	rel: string;
	/** The text with comments blanked (line breaks kept, so line numbers stay right). */
	code: string;
}

export interface Hit {
	rel: string;
	line: number;
	rule: string;
	text: string;
}

function walk(dir: string): string[] {
	const out: string[] = [];
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) out.push(...walk(p));
		else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) out.push(p);
	}
	return out;
}

/** Blank `//` and block comments, keeping line breaks and string literals (strings may hold a URL). */
export function stripComments(text: string): string {
	let out = "";
	let i = 0;
	const blank = (s: string): string => s.replace(/[^\n]/g, " ");
	while (i < text.length) {
		const c = text[i];
		const two = text.slice(i, i + 2);
		if (two === "//") {
			const end = text.indexOf("\n", i);
			const stop = end < 0 ? text.length : end;
			out += blank(text.slice(i, stop));
			i = stop;
		} else if (two === "/*") {
			const end = text.indexOf("*/", i + 2);
			const stop = end < 0 ? text.length : end + 2;
			out += blank(text.slice(i, stop));
			i = stop;
		} else if (c === '"' || c === "'" || c === "`") {
			// Copy the literal through so `"//"` inside a string is not taken for a comment.
			let j = i + 1;
			while (j < text.length && text[j] !== c) j += text[j] === "\\" ? 2 : 1;
			out += text.slice(i, j + 1);
			i = j + 1;
		} else {
			out += c;
			i++;
		}
	}
	return out;
}

/** The plugin's source: main.ts and every .ts under src/ except src/cli/ (Node-only, not in main.js). */
export function pluginSources(): SourceFile[] {
	const files = [path.join(ROOT, "main.ts"), ...walk(path.join(ROOT, "src"))];
	return files
		.map((f) => ({ rel: path.relative(ROOT, f).split(path.sep).join("/"), code: stripComments(fs.readFileSync(f, "utf8")) }))
		.filter((f) => !f.rel.startsWith("src/cli/"));
}

/** Every match of each rule, with its line. */
export function findCalls(files: SourceFile[], rules: Record<string, RegExp>): Hit[] {
	const hits: Hit[] = [];
	for (const f of files) {
		const lines = f.code.split("\n");
		lines.forEach((l, k) => {
			for (const [rule, re] of Object.entries(rules)) {
				if (re.test(l)) hits.push({ rel: f.rel, line: k + 1, rule, text: l.trim() });
			}
		});
	}
	return hits;
}

export function describeHits(hits: Hit[]): string {
	return hits.map((h) => `${h.rel}:${h.line} [${h.rule}] ${h.text}`).join("\n");
}
