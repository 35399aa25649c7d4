import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { tempVaults } from "./temp-vault";
import { runScan, type ScanIO, type ScanJson } from "../../src/cli/scan";

const FIXTURE = path.resolve(__dirname, "../fixtures/vault");
const HUB = "面试-面试官角度准备";
const NOW = Date.UTC(2025, 2, 10);

function scan(argv: string[], extra: Partial<ScanIO> = {}): { code: number; out: string; err: string } {
	let out = "";
	let err = "";
	const code = runScan(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), now: NOW, env: {}, ...extra });
	return { code, out, err };
}

const tempVault = tempVaults("scan-test-");

describe("scan --json on the fixture vault", () => {
	const { code, out, err } = scan([FIXTURE, "--hub", HUB, "--json"]);
	const json = JSON.parse(out) as ScanJson;

	it("prints exactly one JSON object and nothing on stderr", () => {
		expect(code).toBe(0);
		expect(err).toBe("");
		expect(out.trim().startsWith("{")).toBe(true);
		expect(Object.keys(json).sort()).toEqual(["gaps", "notes", "questions"]);
	});

	it("lists the prep notes with relative / paths; the diary that only mentions the hub is not one", () => {
		expect(json.notes.map((n) => n.path).sort()).toEqual([
			"English/behavioral.md",
			"面试-面试官角度准备.md",
			"面试回答/STAR故事.md",
			"面试回答/角度回答.md",
		]);
		for (const note of json.notes) expect(note.questions).toBe(json.questions.filter((q) => q.path === note.path).length);
	});

	it("gives each question in the documented shape with a 1-based line where its words stand", () => {
		expect(json.questions.length).toBeGreaterThan(20);
		for (const q of json.questions) {
			expect(Object.keys(q).sort()).toEqual(["answered", "covered", "id", "line", "parts", "path", "star", "text", "topic", "variantOf"]);
			expect(Object.keys(q.parts).sort()).toEqual(["answer", "context", "hint"]);
			expect(Object.keys(q.star).sort()).toEqual(["action", "result", "situation", "task"]);
			const lines = fs.readFileSync(path.join(FIXTURE, q.path), "utf8").split("\n");
			const line = lines[q.line - 1].replace(/[*_`=]/g, "");
			expect(line, `${q.path}:${q.line}`).toContain([...q.text].slice(0, 4).join(""));
		}
	});

	it("marks answered and covered questions, merges variants and reports only true gaps", () => {
		const byText = (text: string) => json.questions.filter((q) => q.text === text);
		// Listed in the hub and answered under its own heading: one canonical question, the other a variant of it.
		const complaint = byText("如何处理客户投诉？");
		expect(complaint.length).toBe(2);
		expect(complaint.filter((q) => q.variantOf === null)).toHaveLength(1);
		expect(complaint.every((q) => q.covered)).toBe(true);
		const ids = new Set(json.questions.map((q) => q.id));
		expect(ids.size).toBe(json.questions.length);
		for (const q of json.questions) if (q.variantOf !== null) expect(ids.has(q.variantOf)).toBe(true);

		const gapTexts = json.gaps.map((id) => json.questions.find((q) => q.id === id)?.text);
		expect(gapTexts).toContain("如何将客户反馈转化为产品优化建议？");
		expect(gapTexts).toContain("你能接受加班吗？");
		expect(gapTexts).not.toContain("如何挖掘客户的潜在需求？");
		for (const id of json.gaps) {
			const q = json.questions.find((x) => x.id === id);
			expect(q).toMatchObject({ answered: false, covered: false, variantOf: null });
		}
		const answered = json.questions.find((q) => q.text === "Tell me about a time you disagreed with a teammate");
		expect(answered).toMatchObject({ answered: true, covered: true, star: { situation: true, task: true, action: true, result: true } });
	});
});

describe("scan options", () => {
	it("without --hub counts every note", () => {
		const json = JSON.parse(scan([FIXTURE, "--json"]).out) as ScanJson;
		expect(json.notes.map((n) => n.path)).toContain("日记/2024-05-01.md");
	});

	it("a hub marked no-questions gives no question, and the notes it links to are still prep notes", () => {
		const dir = tempVault({
			"hub.md": ["---", "interview-prep: no-questions", "---", "## Why do you want this job?", "", "Because.", "", "[[Answers]]"].join("\n"),
			"Answers.md": "[[hub]]\n\n## 你为什么离职？\n\n> 想离家近。\n",
			"Other.md": "## Unlinked question?\n\nYes.\n",
		});
		const json = JSON.parse(scan([dir, "--hub", "hub", "--json"]).out) as ScanJson;
		expect(json.notes.map((n) => n.path).sort()).toEqual(["Answers.md", "hub.md"]);
		expect(json.questions.map((q) => q.text)).toEqual(["你为什么离职？"]);
	});

	it("--depth 0 keeps only the hub note itself", () => {
		const json = JSON.parse(scan([FIXTURE, "--hub", HUB, "--depth", "0", "--json"]).out) as ScanJson;
		expect(json.notes.map((n) => n.path)).toEqual(["面试-面试官角度准备.md"]);
	});

	it("prints the coverage table by default, in the language asked for", () => {
		const en = scan([FIXTURE, "--hub", HUB]);
		expect(en.code).toBe(0);
		expect(en.out).toContain("Interview coverage");
		expect(en.out).toMatch(/English\/behavioral\.md +6 +3 +1 +2 +1 /);
		expect(en.out).toContain("如何将客户反馈转化为产品优化建议？  [nothing written]  (面试-面试官角度准备.md:");
		expect(scan([FIXTURE, "--hub", HUB, "--table", "--lang", "zh"]).out).toContain("面试准备覆盖");
	});
});

describe("scan: answered means an answer of the note's own", () => {
	it("a STAR template under an unanswered question, and a hint alone, are gaps; parts say what there is", () => {
		const dir = tempVault({
			"hub.md": ["# 面试题", "", "### 客户一直催进度怎么办？", "", "**思考过程**：催进度往往是因为信息不透明。", ""].join("\n"),
			"answers.md": [
				"[[hub]]",
				"",
				"#### **你如何看待加班？**",
				"",
				"**情境（Situation）**：（待补充：什么时候、在哪里、当时是什么情况）",
				"",
				"**Task:** (to fill in: what you had to achieve, and what made it hard)",
				"",
				"#### 为什么离职？",
				"",
				"> 想离家近。",
			].join("\n"),
		});
		const json = JSON.parse(scan([dir, "--hub", "hub", "--json"]).out) as ScanJson;
		const q = (text: string) => json.questions.find((x) => x.text === text);
		expect(q("你如何看待加班？")).toMatchObject({ answered: false, covered: false, parts: { hint: false, answer: false, context: false } });
		expect(q("客户一直催进度怎么办？")).toMatchObject({ answered: false, covered: false, parts: { hint: true, answer: false, context: false } });
		expect(q("为什么离职？")).toMatchObject({ answered: true, covered: true, parts: { answer: true } });
		expect(json.gaps.sort()).toEqual([q("你如何看待加班？")?.id, q("客户一直催进度怎么办？")?.id].sort());
		const table = scan([dir, "--hub", "hub", "--table"]).out;
		expect(table).toContain("你如何看待加班？  [STAR scaffold, not written yet]");
		expect(table).toContain("客户一直催进度怎么办？  [hint only]");
	});
});

describe("scan errors", () => {
	it("a missing folder: one line on stderr, exit 2, nothing on stdout", () => {
		const r = scan([path.join(FIXTURE, "nope"), "--json"]);
		expect(r).toMatchObject({ code: 2, out: "" });
		expect(r.err.trim().split("\n")).toHaveLength(1);
		expect(r.err).toContain("folder not found");
	});

	it("a hub no note links to: says so and lists the closest note names", () => {
		const r = scan([FIXTURE, "--hub", "面试官角度", "--json"]);
		expect(r).toMatchObject({ code: 2, out: "" });
		expect(r.err.trim().split("\n")).toHaveLength(1);
		expect(r.err).toContain('no note links to hub "面试官角度"');
		expect(r.err).toContain("面试-面试官角度准备");
	});

	it("bad arguments: one line and exit 2", () => {
		for (const argv of [[], [FIXTURE, "--frobnicate"], [FIXTURE, "--depth", "x"], [FIXTURE, "--json", "--table"], [FIXTURE, "--hub"]]) {
			const r = scan(argv);
			expect(r.code, argv.join(" ")).toBe(2);
			expect(r.err.trim().split("\n"), argv.join(" ")).toHaveLength(1);
		}
	});

	it("an unreadable file is reported and the rest still scans (exit 2)", () => {
		const vault = tempVault({ "hub.md": "## 为什么选择我们？\n\n> 因为……\n", "locked.md": "[[hub]]\n## 你的优点是什么？\n" });
		const r = scan([vault, "--json"], {
			read: {
				readFile: (abs, max) => {
					if (abs.toString().endsWith("locked.md")) throw Object.assign(new Error("denied"), { code: "EACCES" });
					return fs.readFileSync(abs).subarray(0, max);
				},
			},
		});
		expect(r.code).toBe(2);
		expect(r.err).toBe("scan: locked.md: cannot read file (EACCES)\n");
		expect((JSON.parse(r.out) as ScanJson).notes.map((n) => n.path)).toEqual(["hub.md"]);
	});
});

describe("scan on odd vaults", () => {
	it("skips .obsidian, .git and node_modules, stays inside the folder and survives symlink loops", () => {
		const outside = tempVault({ "secret.md": "[[hub]]\n## 外面的问题？\n" });
		const vault = tempVault({
			"hub.md": "## 里面的问题？\n\n答案在这里。\n",
			"sub/answers.md": "[[hub]]\n",
			".obsidian/x.md": "[[hub]]\n## 配置里的问题？\n",
			".git/y.md": "[[hub]]\n",
			"node_modules/z.md": "[[hub]]\n",
		});
		fs.symlinkSync(vault, path.join(vault, "sub", "loop"));
		fs.symlinkSync(outside, path.join(vault, "out"));
		fs.symlinkSync(path.join(vault, "nowhere"), path.join(vault, "dangling.md"));
		const r = scan([vault, "--hub", "hub", "--json"]);
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out) as ScanJson;
		expect(json.notes.map((n) => n.path)).toEqual(["hub.md", "sub/answers.md"]);
	});

	it("reads notes that are not UTF-8, have odd bytes, or are huge without crashing", () => {
		// "问：你好吗？\n答：好\n" in GB18030.
		const gbk = Uint8Array.from([0xce, 0xca, 0xa3, 0xba, 0xc4, 0xe3, 0xba, 0xc3, 0xc2, 0xf0, 0xa3, 0xbf, 0x0a, 0xb4, 0xf0, 0xa3, 0xba, 0xba, 0xc3, 0x0a]);
		const junk = Uint8Array.from([0x23, 0x23, 0x20, 0xff, 0xfe, 0x00, 0x80, 0x3f, 0x0a, 0xc0]);
		const big = "## 很长的笔记里的问题？\n\n答案。\n" + "填充的一行文字。\n".repeat(400);
		const vault = tempVault({ "gbk.md": gbk, "junk.md": junk, "big.md": big, "empty.md": "", "bom.md": "\ufeff## 带 BOM 的问题？\n\n有答案。\n" });
		const r = scan([vault, "--json"], { read: { maxNoteBytes: 2000 } });
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out) as ScanJson;
		expect(json.notes.map((n) => n.path).sort()).toEqual(["big.md", "bom.md", "empty.md", "gbk.md", "junk.md"]);
		expect(r.err).toContain("scan: warning: gbk.md: not UTF-8; read as GB18030");
		expect(r.err).toContain("scan: warning: big.md: is");
		const texts = json.questions.map((q) => q.text);
		expect(texts).toContain("带 BOM 的问题？");
		expect(texts).toContain("很长的笔记里的问题？");
		expect(texts).toContain("你好吗？");
	});
});

describe("npm run scan", () => {
	it("runs from the command line: JSON on stdout, exit 2 with one stderr line on a bad folder", () => {
		const root = path.resolve(__dirname, "../..");
		const tsx = path.join(root, "node_modules", ".bin", "tsx");
		const ok = spawnSync(tsx, ["--import", "./shims/register.mjs", "src/cli/scan.ts", FIXTURE, "--hub", HUB, "--json"], { cwd: root, encoding: "utf8" });
		expect(ok.status).toBe(0);
		expect((JSON.parse(ok.stdout) as ScanJson).notes.length).toBe(4);
		const bad = spawnSync(tsx, ["--import", "./shims/register.mjs", "src/cli/scan.ts", "no/such/folder"], { cwd: root, encoding: "utf8" });
		expect(bad.status).toBe(2);
		expect(bad.stdout).toBe("");
		expect(bad.stderr).toBe("scan: folder not found: no/such/folder\n");
	}, 60_000);
});
