// The demo opens ready: demo-vault/ ships the plugin's settings with its hub set, so after
// `npm install && npm run demo` the quiz and coverage have questions at once; `VAULT=…` installs
// leave a vault's own settings alone.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runScan, type ScanJson } from "../../src/cli/scan";
import { readVaultSettings } from "../../src/cli/vault-settings";
import { installPlugin } from "../../scripts/demo-install";

const ROOT = path.resolve(__dirname, "../..");
const DEMO = path.join(ROOT, "demo-vault");
const DATA = ".obsidian/plugins/interview-prep/data.json";

const temps: string[] = [];
function tempDir(files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-test-"));
	temps.push(dir);
	for (const [rel, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		fs.writeFileSync(path.join(dir, rel), text);
	}
	return dir;
}
afterAll(() => {
	for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** A built plugin as `npm run demo` would copy it. */
const builtRoot = () => tempDir({ "main.js": "module.exports = {};", "manifest.json": JSON.stringify({ id: "interview-prep" }), "styles.css": "" });

describe("the demo vault", () => {
	it("ships the plugin's settings with the demo hub set", () => {
		const own = readVaultSettings(DEMO);
		expect(own.problems).toEqual([]);
		expect(own.fromVault).toBe(true);
		expect(own.settings.hubs).toEqual(["面试-面试官角度准备"]);
	});

	it("scan on it, with no flags, gives the hub's prep notes and their questions (what the quiz and coverage show)", () => {
		let out = "";
		expect(runScan([DEMO, "--json"], { stdout: (t) => (out += t), stderr: (t) => expect.fail(t), env: {} })).toBe(0);
		const json = JSON.parse(out) as ScanJson;
		const notes = json.notes.map((n) => n.path);
		expect(notes).toContain("面试-面试官角度准备.md");
		expect(json.notes.find((n) => n.path === "面试回答-技术支持岗.md")?.questions).toBe(9);
		// The diary and the recipe only mention 面试: not prep notes.
		expect(notes.some((p) => p.startsWith("日记/") || p.startsWith("生活/"))).toBe(false);
	});
});

describe("installing with VAULT=…", () => {
	it("leaves an existing vault's settings exactly as they were", () => {
		const mine = JSON.stringify({ schema: 1, settings: { hubs: ["My hub"], depth: 2 }, "log:dev1": "…" });
		const vault = tempDir({ [DATA]: mine, ".obsidian/community-plugins.json": JSON.stringify(["other"]), "My hub.md": "# My hub\n" });
		installPlugin(builtRoot(), vault);
		expect(fs.readFileSync(path.join(vault, DATA), "utf8")).toBe(mine);
		expect(JSON.parse(fs.readFileSync(path.join(vault, ".obsidian/community-plugins.json"), "utf8"))).toEqual(["other", "interview-prep"]);
		expect(fs.existsSync(path.join(vault, ".obsidian/plugins/interview-prep/main.js"))).toBe(true);
	});

	it("writes no settings into a vault that has none (the demo hub is not the person's hub)", () => {
		const vault = tempDir({ "note.md": "# Note\n" });
		installPlugin(builtRoot(), vault);
		expect(fs.existsSync(path.join(vault, DATA))).toBe(false);
	});
});
