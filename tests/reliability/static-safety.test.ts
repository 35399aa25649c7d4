// What the plugin's code may not do, checked over its source and over the built main.js:
// no note written by read-then-write (a concurrent edit would be lost), no HTML from strings,
// no network, no eval, no Node modules (it runs on mobile).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { describeHits, findCalls, pluginSources, ROOT, stripComments, type SourceFile } from "./source-scan";

/** Calls that overwrite a note's whole text or edit it outside one editor transaction. */
const NOTE_WRITES: Record<string, RegExp> = {
	"Vault.modify": /\.\s*modify(?:Binary)?\s*\(/,
	"Vault.append": /\bvault\s*\.\s*append(?:Binary)?\s*\(/i,
	"adapter write": /\badapter\s*\.\s*(?:write|writeBinary|append|appendBinary|process)\s*\(/i,
	"Editor.setValue": /\b(?:editor|doc|getDoc\(\))\s*\.\s*setValue\s*\(/i,
	"Editor.replaceRange": /\.\s*replaceRange\s*\(/,
	"Editor.setLine": /\.\s*setLine\s*\(/,
	"Editor.replaceSelection": /\.\s*replaceSelection\s*\(/,
};

/** Only the plugin's own data files (in its folder, never notes) are written through the adapter. */
const OWN_DATA_FILES = new Set(["src/vault/review-files.ts", "src/vault/review-backups.ts", "src/vault/parse-cache.ts", "src/vault/cache-pairs-file.ts"]);

const UNSAFE: Record<string, RegExp> = {
	innerHTML: /\binnerHTML\b/,
	outerHTML: /\bouterHTML\b/,
	insertAdjacentHTML: /\binsertAdjacentHTML\b/,
	eval: /(?<![.\w])eval\s*\(/,
	"new Function": /\bnew\s+Function\s*\(/,
	fetch: /(?<![.\w])fetch\s*\(|\.\s*fetch\s*\(/,
	XMLHttpRequest: /\bXMLHttpRequest\b/,
	WebSocket: /\bWebSocket\b/,
	EventSource: /\bEventSource\b/,
	"sendBeacon": /\bsendBeacon\b/,
	"Obsidian request": /\brequest(?:Url)?\s*\(/,
	require: /(?<![.\w])require\s*\(/,
	"Node module import": /\bfrom\s+["'](?:node:[\w/]+|fs|fs\/promises|path|os|child_process|http|https|net|crypto|url|util|stream|worker_threads|electron)["']/,
};

describe("every edit of a note goes through Editor.transaction, Vault.process or processFrontMatter", () => {
	const files = pluginSources();

	it("the scan sees the plugin's code (and would catch a forbidden call)", () => {
		expect(files.map((f) => f.rel)).toContain("main.ts");
		expect(files.some((f) => f.rel.startsWith("src/commands/"))).toBe(true);
		expect(files.some((f) => f.rel.startsWith("src/cli/"))).toBe(false);
		const planted: SourceFile[] = [
			{ rel: "x.ts", code: stripComments("await this.app.vault.modify(file, text);\n// vault.modify(file) in a comment is fine") },
			{ rel: "y.ts", code: "editor.setValue(next);\nthis.editor.replaceRange(a, from, to);\ncm.setLine(2, 'x');" },
			{ rel: "z.ts", code: "await app.vault.adapter.write(file.path, text);" },
		];
		const hits = findCalls(planted, NOTE_WRITES);
		expect(hits.map((h) => `${h.rel}:${h.line}`)).toEqual(["x.ts:1", "y.ts:1", "y.ts:2", "y.ts:3", "z.ts:1"]);
		// A settings text box's setValue is not an editor.
		expect(findCalls([{ rel: "s.ts", code: "t.setValue(settings.mockFolder)" }], NOTE_WRITES)).toEqual([]);
	});

	it("no note is written by modify, adapter writes, setValue, replaceRange or setLine", () => {
		const hits = findCalls(files, NOTE_WRITES).filter((h) => !(h.rule === "adapter write" && OWN_DATA_FILES.has(h.rel)));
		expect(hits, describeHits(hits)).toEqual([]);
	});

	it("the files allowed to use the adapter write only inside the plugin's own folder", () => {
		for (const rel of OWN_DATA_FILES) {
			const code = stripComments(fs.readFileSync(path.join(ROOT, rel), "utf8"));
			// No vault note (TFile) is handed to them: they work on paths built from the plugin's folder.
			expect(code, rel).not.toMatch(/\bTFile\b/);
			expect(code, rel).not.toMatch(/\.vault\b/);
		}
	});
});

describe("no HTML from strings, no network, no eval, no Node modules in the plugin", () => {
	const files = pluginSources();

	it("the rules catch each thing they name", () => {
		const planted = [
			"el.innerHTML = text;",
			"el.outerHTML",
			"el.insertAdjacentHTML('beforeend', s)",
			"eval(code)",
			"new Function('return 1')",
			"await fetch(url)",
			"new XMLHttpRequest()",
			"new WebSocket(u)",
			"new EventSource(u)",
			"navigator.sendBeacon(u)",
			"await requestUrl({ url })",
			"const fs = require('fs')",
			'import fs from "node:fs";',
		];
		const hits = findCalls([{ rel: "p.ts", code: planted.join("\n") }], UNSAFE);
		expect(new Set(hits.map((h) => h.line))).toEqual(new Set(planted.map((_, i) => i + 1)));
		// Names that only look alike are not flagged.
		expect(findCalls([{ rel: "q.ts", code: "this.prefetch(x);\nconst evaluation = 1;\nrequestSave();" }], UNSAFE)).toEqual([]);
	});

	it("main.ts and src/ (the scan CLI aside) use none of them", () => {
		const hits = findCalls(files, UNSAFE);
		expect(hits, describeHits(hits)).toEqual([]);
	});
});

describe("the built main.js", () => {
	const mainJs = path.join(ROOT, "main.js");
	let code = "";

	beforeAll(() => {
		if (!fs.existsSync(mainJs)) execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "pipe" });
		code = fs.readFileSync(mainJs, "utf8");
	}, 120_000);

	it("is the plugin bundle", () => {
		expect(code.length).toBeGreaterThan(10_000);
		expect(code).toMatch(/module\.exports/);
	});

	it("assigns no innerHTML and has no fetch, XMLHttpRequest or eval", () => {
		expect(code).not.toMatch(/\.innerHTML\s*=(?!=)/);
		expect(code).not.toMatch(/\.outerHTML\s*=(?!=)/);
		expect(code).not.toMatch(/insertAdjacentHTML/);
		expect(code).not.toMatch(/(?<![\w$.])fetch\s*\(/);
		expect(code).not.toMatch(/XMLHttpRequest/);
		expect(code).not.toMatch(/(?<![\w$.])eval\s*\(/);
		expect(code).not.toMatch(/new Function\s*\(/);
	});

	it("has no regular-expression lookbehind (Safari before 16.4 cannot parse it: the whole plugin would fail to load on older iPhones)", () => {
		const lookbehinds = [...code.matchAll(/\(\?<[=!]/g)].map((m) => code.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40));
		expect(lookbehinds).toEqual([]);
	});

	it("requires nothing but obsidian (no Node modules: it runs on mobile)", () => {
		const required = new Set([...code.matchAll(/(?<![\w$.])require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
		expect([...required]).toEqual(["obsidian"]);
	});
});
