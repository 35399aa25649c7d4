// `scan` reads the vault's own settings (the plugin's data.json, Obsidian's templates.json, Templater's
// folder), so the terminal and Obsidian agree on the prep set; flags override them.
import { describe, expect, it } from "vitest";
import { tempVaults } from "./temp-vault";
import { runScan, type ScanJson } from "../../src/cli/scan";
import { starTemplate } from "../../src/core/star/star-convert";

const HUB = "Hub";
const PLUGIN_DATA = ".obsidian/plugins/interview-prep/data.json";

function scan(argv: string[]): { code: number; out: string; err: string } {
	let out = "";
	let err = "";
	const code = runScan(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), now: Date.UTC(2025, 2, 10), env: {} });
	return { code, out, err };
}
const json = (argv: string[]): ScanJson => {
	const r = scan([...argv, "--json"]);
	expect(r.err).toBe("");
	return JSON.parse(r.out) as ScanJson;
};

const tempVault = tempVaults("scan-settings-");

// The vault: a hub, an answers note, a mock log in "Interview practice/" and a template in the
// Templates folder, both linking the hub; a note two hops away; a note marked to be left out.
const NOTES: Record<string, string> = {
	"Hub.md": "# Hub\n\n## How do you handle pressure?\n\n**Hint**: stay calm\n",
	"Answers.md": "[[Hub]] [[Far]]\n\n## Why this job?\n\n> Because I like support work.\n",
	"Far.md": "## What is far away?\n\n> Two hops.\n",
	"Interview practice/Mock interview 2025-03-10 09.00.md": "# Mock interview\n\n1. [[Hub#How do you handle pressure?|How do you handle pressure?]]\n    - Time: 0:02 / target 2:00\n    - Rating: Good\n",
	"Templates/Question.md": "[[Hub]]\n\n## {{title}} What is your template question?\n\n**Hint**: (to fill in)\n",
	"Draft.md": "---\ninterview-prep: exclude\n---\n[[Hub]]\n\n## A draft question?\n",
	"Archive/Old.md": "[[Hub]]\n\n## An archived question?\n",
};
const paths = (j: ScanJson) => j.notes.map((n) => n.path).sort();

describe("scan reads the vault's own settings", () => {
	it("uses the plugin's hubs and depth, and leaves out the mock log, the template, excluded folders and excluded notes", () => {
		const vault = tempVault({
			...NOTES,
			[PLUGIN_DATA]: JSON.stringify({ schema: 1, settings: { hubs: [HUB], depth: 2, excludedFolders: ["Archive"] } }),
			".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
		});
		const j = json([vault]);
		expect(paths(j)).toEqual(["Answers.md", "Far.md", "Hub.md"]);
		expect(j.questions.map((q) => q.text)).not.toContain("{{title}} What is your template question?");
	});

	it("--hub and --depth override the vault's settings; exclusions still hold", () => {
		const vault = tempVault({
			...NOTES,
			"Other.md": "## Another hub question?\n",
			[PLUGIN_DATA]: JSON.stringify({ schema: 1, settings: { hubs: ["Other"], depth: 2 } }),
			".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
		});
		expect(paths(json([vault]))).toEqual(["Other.md"]);
		expect(paths(json([vault, "--hub", HUB, "--depth", "1"]))).toEqual(["Answers.md", "Archive/Old.md", "Hub.md"]);
	});

	it("without the plugin's settings, the mock folder's default and Templater's folder are still left out", () => {
		const vault = tempVault({
			...NOTES,
			"Meta/Templater/Q.md": "[[Hub]]\n\n## A Templater question?\n",
			".obsidian/plugins/templater-obsidian/data.json": JSON.stringify({ templates_folder: "Meta/Templater" }),
		});
		const p = paths(json([vault, "--hub", HUB]));
		expect(p).toEqual(["Answers.md", "Archive/Old.md", "Hub.md", "Templates/Question.md"]);
		// Every note when no hub is known: still never the log, Templater's template or the excluded draft.
		expect(paths(json([vault]))).toEqual(["Answers.md", "Archive/Old.md", "Far.md", "Hub.md", "Templates/Question.md"]);
	});

	it("adds the plugin's extra folders and extra tags (nested tags, front matter tags), as Obsidian does; never an excluded note", () => {
		const vault = tempVault({
			...NOTES,
			"Loose/Q.md": "## A loose question?\n",
			"Loose/Deeper/R.md": "## A deeper loose question?\n",
			"Loosely.md": "## Not in the folder?\n",
			"Tagged.md": "Some text #interview/behavioral here.\n\n## A tagged question?\n",
			"Fm.md": "---\ntags:\n  - Interview\n---\n## A front matter tagged question?\n",
			"FmFlow.md": "---\ntags: [misc, interview]\n---\n## A flow list tagged question?\n",
			"Code.md": "```\n#interview\n```\n\nAnd `#interview` inline.\n\n## A code question?\n",
			"Other.md": "#interviewing #other\n\n## Another tag question?\n",
			"Archive/Tagged.md": "#interview\n\n## An archived tagged question?\n",
			[PLUGIN_DATA]: JSON.stringify({ schema: 1, settings: { hubs: [HUB], depth: 1, excludedFolders: ["Archive"], extraFolders: ["Loose"], extraTags: ["#interview"] } }),
			".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
		});
		expect(paths(json([vault]))).toEqual(["Answers.md", "Fm.md", "FmFlow.md", "Hub.md", "Loose/Deeper/R.md", "Loose/Q.md", "Tagged.md"]);
		// Only extra folders or tags, no hub: those notes alone, as the plugin's prep set.
		const only = tempVault({ ...NOTES, "Loose/Q.md": "## A loose question?\n", [PLUGIN_DATA]: JSON.stringify({ schema: 1, settings: { extraFolders: ["Loose"] } }) });
		expect(paths(json([only]))).toEqual(["Loose/Q.md"]);
	});

	it("--exclude adds a folder to leave out", () => {
		const vault = tempVault(NOTES);
		expect(paths(json([vault, "--hub", HUB, "--exclude", "Archive", "--exclude", "Templates/"]))).toEqual(["Answers.md", "Hub.md"]);
	});

	it("a folder of the mock logs remembered in settings stays out after the mock folder moved", () => {
		const vault = tempVault({ ...NOTES, [PLUGIN_DATA]: JSON.stringify({ schema: 1, settings: { hubs: [HUB], mockFolder: "Logs", mockLogFolders: ["Interview practice"] } }) });
		expect(paths(json([vault]))).not.toContain("Interview practice/Mock interview 2025-03-10 09.00.md");
	});

	it("unreadable settings: a warning, then the defaults", () => {
		const vault = tempVault({ ...NOTES, [PLUGIN_DATA]: "{ not json", ".obsidian/templates.json": "[" });
		const r = scan([vault, "--hub", HUB, "--json"]);
		expect(r.code).toBe(0);
		expect(r.err.split("\n")).toEqual([
			"scan: warning: .obsidian/plugins/interview-prep/data.json: not valid JSON; using the defaults",
			"scan: warning: .obsidian/templates.json: not valid JSON; using the defaults",
			"",
		]);
		expect(paths(JSON.parse(r.out) as ScanJson)).toContain("Templates/Question.md");
	});
});

// Issue 13's "done when": a vault with a mock log in Interview practice/, a template in the Templates
// folder and the plugin's STAR template inserted under an unanswered question.
describe("scan on a vault with the plugin's own output", () => {
	for (const lang of ["zh", "en"] as const) {
		it(`lists no question from the log or the template and reports the templated question as a gap (${lang} template)`, () => {
			const vault = tempVault({
				...NOTES,
				"Answers.md": `[[Hub]]\n\n## Why this job?\n\n> Because I like support work.\n\n## How do you see overtime?\n\n${starTemplate(lang)}\n`,
				[PLUGIN_DATA]: JSON.stringify({ schema: 1, settings: { hubs: [HUB] } }),
				".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
			});
			const j = json([vault]);
			const from = new Set(j.questions.map((q) => q.path));
			expect([...from].some((p) => p.startsWith("Interview practice/") || p.startsWith("Templates/"))).toBe(false);
			const overtime = j.questions.find((q) => q.text === "How do you see overtime?");
			expect(overtime?.answered).toBe(false);
			expect(overtime?.parts.answer).toBe(false);
			expect(j.gaps).toContain(overtime?.id);
			const why = j.questions.find((q) => q.text === "Why this job?");
			expect(j.gaps).not.toContain(why?.id);
		});
	}
});

describe("scan and the person's last word", () => {
	it("hides the questions the plugin's data.json lists as not questions, and honours the marker tags", () => {
		const vault = tempVault({
			"Hub.md": "## How do you handle pressure?\n\nCalmly.\n\n## What did I eat today?\n\nRice.\n\n## 期望薪资 #interview-question\n\n面议。\n\n## Why this job? #not-interview-question\n\nBecause.\n",
			[PLUGIN_DATA]: JSON.stringify({ schema: 1, settings: { hubs: [HUB], notQuestions: [{ text: "What did I eat today?", path: "Hub.md" }] } }),
		});
		expect(json([vault]).questions.map((q) => q.text)).toEqual(["How do you handle pressure?", "期望薪资"]);
	});
});
