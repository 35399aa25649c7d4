import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runStar } from "../../src/cli/star";
import { convertAnswer } from "../../src/commands/star-commands";
import { RecordingEditor } from "../core/star/fake-editor";
import { makeHost } from "../commands/star-host";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "star-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function note(name: string, content: string | Uint8Array): string {
	const file = path.join(dir, name);
	fs.writeFileSync(file, content);
	return file;
}

function star(argv: string[]): { code: number; out: string; err: string } {
	let out = "";
	let err = "";
	const code = runStar(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
	return { code, out, err };
}

const EN = [
	"# Behavioural",
	"",
	"## Tell me about a time you disagreed with a teammate",
	"",
	"**Answer**: I like working with people. At my last job, two teammates disagreed about the schema. I had to settle it by Friday. I called both of them. As a result, we shipped on time.",
	"",
	"## Why do you want this job?",
	"",
	"**情境（Situation）**：（待补充：什么时候、在哪里、当时是什么情况）",
	"",
].join("\n");

describe("star convert", () => {
	it("prints the note exactly as the editor command leaves it, and does not write the file", () => {
		const file = note("en.md", EN);
		const r = star(["convert", file, "--line", "5"]);
		expect(r).toMatchObject({ code: 0, err: "" });
		const editor = new RecordingEditor(EN, { line: 4, ch: 0 });
		convertAnswer(editor, makeHost({}, "en").host);
		expect(r.out).toBe(editor.getValue());
		expect(r.out).toContain("**Answer**:\n\n**Situation:** At my last job");
		expect(fs.readFileSync(file, "utf8")).toBe(EN);
	});

	it("--json prints the parts, the not-placed words and the original answer", () => {
		const r = star(["convert", note("en2.md", EN), "--line", "3", "--json"]);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toEqual({
			parts: {
				situation: "At my last job, two teammates disagreed about the schema.",
				task: "I had to settle it by Friday.",
				action: "I called both of them.",
				result: "As a result, we shipped on time.",
				unplaced: "I like working with people.",
			},
			original:
				"I like working with people. At my last job, two teammates disagreed about the schema. I had to settle it by Friday. I called both of them. As a result, we shipped on time.",
		});
	});

	it("keeps a CRLF note CRLF", () => {
		const r = star(["convert", note("crlf.md", "## 讲一次挑战？\r\n\r\n当时系统宕机。我负责恢复。\r\n最终十分钟恢复上线。\r\n"), "--line", "3"]);
		expect(r.code).toBe(0);
		expect(r.out).toContain("**结果（Result）**：最终十分钟恢复上线。\r\n");
		expect(r.out.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
	});
});

describe("star check", () => {
	it("--json prints the check's figures for the answer at the line", () => {
		const r = star(["check", note("zh.md", "## 讲一次合作？\n\n**情境**：项目延期。\n**行动**：我们开会讨论，我们分工。\n**结果**：大家都很开心。\n"), "--line", "1", "--json"]);
		expect(r.code).toBe(0);
		const j = JSON.parse(r.out);
		expect(j).toMatchObject({ question: "讲一次合作？", scope: "check", behavioural: true });
		expect(j.report.present).toEqual({ situation: true, task: false, action: true, result: true });
		expect(j.report.pronouns).toMatchObject({ wo: 0, women: 2 });
		expect(j.report.resultHasNumber).toBe(false);
	});

	it("says nothing is written yet for a placeholder answer, and that a non-behavioural question is not one", () => {
		const r = star(["check", note("en3.md", EN), "--line", "7", "--json"]);
		expect(JSON.parse(r.out)).toMatchObject({ scope: "nothing-written", behavioural: false, report: null });
		expect(star(["check", note("en4.md", EN), "--line", "7"]).out).toBe("Nothing is written in this answer yet: write your story, then check it.\n");
	});
});

describe("bad input: one line on stderr, exit code 2, nothing on stdout", () => {
	const file = note("ok.md", EN);
	it.each([
		[["convert", path.join(dir, "missing.md"), "--line", "1"], "star: no such file: "],
		[["convert", file, "--line", "2"], "star: no question at line 2 of "],
		[["convert", file, "--line", "400"], "star: no question at line 400 of "],
		[["convert", file], "star: --line N is needed"],
		[["convert", file, "--line", "0"], "star: --line needs a line number from 1"],
		[["frobnicate", file, "--line", "1"], 'star: unknown command "frobnicate"'],
		[["check", note("bad.md", new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x0a])), "--line", "1"], "star: "],
		[[], "star: usage:"],
	])("%j", (argv, start) => {
		const r = star(argv);
		expect(r.code).toBe(2);
		expect(r.out).toBe("");
		expect(r.err.startsWith(start)).toBe(true);
		expect(r.err.trimEnd().split("\n")).toHaveLength(1);
	});

	it("through npm run: exit code 2 and one stderr line", () => {
		const r = spawnSync("npm", ["run", "--silent", "star", "--", "convert", path.join(dir, "missing.md"), "--line", "1"], {
			cwd: path.resolve(__dirname, "../.."),
			encoding: "utf8",
		});
		expect(r.status).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr.trimEnd().split("\n")).toEqual([`star: no such file: ${path.join(dir, "missing.md")}`]);
	});
});
