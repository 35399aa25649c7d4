// `scan` on hostile names and notes: control characters, huge lines, names that are not UTF-8,
// names that are also Object.prototype's. Each test here failed before its fix.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readVault } from "../../src/cli/read-vault";
import { runScan, type ScanJson } from "../../src/cli/scan";

const NOW = Date.UTC(2025, 2, 10);

function scan(argv: string[]): { code: number; out: string; err: string } {
	let out = "";
	let err = "";
	const code = runScan(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), now: NOW, env: {} });
	return { code, out, err };
}

const temps: string[] = [];
/** A temporary vault; names may be byte strings (Buffers) for names that are not UTF-8. */
function tempVault(files: [string | Buffer, string | Uint8Array][]): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scan-hostile-"));
	temps.push(dir);
	for (const [rel, content] of files) {
		const abs = Buffer.concat([Buffer.from(dir + "/"), Buffer.from(rel)]);
		fs.mkdirSync(abs.subarray(0, abs.lastIndexOf("/")), { recursive: true });
		fs.writeFileSync(abs, content);
	}
	return dir;
}
afterAll(() => {
	for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

// C0 and C1 controls and DEL, but not the line ends that separate the output's own lines.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("scan prints control characters escaped", () => {
	// "问：你好吗？" in GB18030, so the file gets a warning on stderr that names it.
	const gbk = Uint8Array.from([0xce, 0xca, 0xa3, 0xba, 0xc4, 0xe3, 0xba, 0xc3, 0xc2, 0xf0, 0xa3, 0xbf, 0x0a]);
	const vault = tempVault([
		["\x1b[2Jclear.md", "## 为什么选择我们？\n\n因为……\n"],
		["title.md", "# 客户\x1b]0;pwned\x07服务\n\n## 如何处理\x1b[31m投诉\u009b1m？\n"],
		["two\nlines.md", "## 第二个问题？\n\n回答。\n"],
		["\x1b]0;t\x07gbk.md", gbk],
	]);
	const r = scan([vault, "--table", "--lang", "en"]);

	it("in the table: no raw escape, bell or newline from a file name or heading reaches the terminal", () => {
		expect(r.code).toBe(0);
		for (const line of r.out.split("\n")) expect(line, JSON.stringify(line)).not.toMatch(RAW_CONTROL);
		expect(r.out).toContain("\\x1b[2Jclear.md");
		expect(r.out).toContain("客户\\x1b]0;pwned\\x07服务");
		expect(r.out).toContain("投诉\\x9b1m");
	});

	it("a newline in a file name does not split its row", () => {
		const row = r.out.split("\n").find((l) => l.includes("lines.md"));
		expect(row).toBeDefined();
		expect(row).toContain("two\\nlines.md");
		expect(row?.trim().split(/\s{2,}/).length).toBe(10);
	});

	it("in JSON: DEL and C1 controls, which JSON.stringify leaves raw, are escaped too, and the text reads back the same", () => {
		const j = scan([vault, "--json"]);
		expect(j.out).not.toMatch(RAW_CONTROL);
		expect((JSON.parse(j.out) as ScanJson).questions.map((q) => q.text)).toContain("如何处理\x1b[31m投诉\u009b1m？");
	});

	it("on stderr too", () => {
		expect(r.err).toContain("\\x1b]0;t\\x07gbk.md: not UTF-8");
		for (const line of r.err.split("\n")) expect(line, JSON.stringify(line)).not.toMatch(RAW_CONTROL);
	});
});

describe("scan reads what it is given", () => {
	it("a 5 MB note on one line is cut at 4 MB between characters and read as UTF-8", () => {
		const text = "中".repeat((5 * 1024 * 1024) / 3);
		const vault = tempVault([["long.md", text]]);
		const read = readVault(vault);
		expect(read.problems).toEqual([{ path: "long.md", message: "is 5 MB; only the first 4 MB were scanned", error: false }]);
		const scanned = read.notes[0].text;
		// 4 MB is 1,398,101 three-byte characters and one byte: the byte is left out.
		expect(scanned.length).toBe(Math.floor((4 * 1024 * 1024) / 3));
		expect(text.startsWith(scanned)).toBe(true);
	});

	it("a cut within a line keeps whole characters whatever their length", () => {
		const line = "a😀é中".repeat(500); // 1, 4, 2 and 3 bytes
		const vault = tempVault([["mixed.md", line]]);
		for (let max = 1990; max < 2000; max++) {
			const note = readVault(vault, { maxNoteBytes: max }).notes[0];
			expect(line.startsWith(note.text), String(max)).toBe(true);
			expect(Buffer.byteLength(note.text), String(max)).toBeGreaterThan(max - 4);
		}
	});

	it("a file or folder name that is not UTF-8 is read, not reported missing", () => {
		const vault = tempVault([
			[Buffer.from([0x66, 0xff, 0x2e, 0x6d, 0x64]), "## 名字坏了的问题？\n\n有答案。\n"], // "f\xff.md"
			[Buffer.concat([Buffer.from([0xc3, 0x28]), Buffer.from("/inside.md")]), "## 文件夹名字坏了？\n"],
			// "面试.md" in GB18030, as old Windows zips leave it
			[Buffer.from([0xc3, 0xe6, 0xca, 0xd4, 0x2e, 0x6d, 0x64]), "## 旧压缩包里的问题？\n"],
		]);
		const r = scan([vault, "--json"]);
		expect(r.err).not.toContain("cannot read");
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out) as ScanJson;
		expect(json.questions.map((q) => q.text).sort()).toEqual(["名字坏了的问题？", "文件夹名字坏了？", "旧压缩包里的问题？"].sort());
		expect(json.notes.map((n) => n.path)).toContain("面试.md");
	});

	it("a GB18030 name beside its UTF-8 twin: both are read, the second under its exact bytes", () => {
		const vault = tempVault([
			["面试.md", "## 第一个？\n"],
			[Buffer.from([0xc3, 0xe6, 0xca, 0xd4, 0x2e, 0x6d, 0x64]), "## 第二个？\n"],
		]);
		const r = scan([vault, "--json"]);
		expect(r.code).toBe(0);
		expect((JSON.parse(r.out) as ScanJson).notes.map((n) => n.path).sort()).toEqual(["\\xC3\\xE6\\xCA\\xD4.md", "面试.md"]);
	});

	it("a hub named __proto__ that exists only as a link is linked by the notes that link it", () => {
		const vault = tempVault([
			["a.md", "[[__proto__]]\n\n## 原型链是什么？\n\n答案。\n"],
			["b.md", "## 不相关的问题？\n"],
		]);
		const r = scan([vault, "--hub", "__proto__", "--json"]);
		expect(r.err).toBe("");
		expect(r.code).toBe(0);
		expect((JSON.parse(r.out) as ScanJson).notes.map((n) => n.path)).toEqual(["a.md"]);
	});
});
