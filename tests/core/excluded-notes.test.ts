import { describe, expect, it } from "vitest";
import { excludedFolders, frontMatterExcludes, inExcludedFolder, propertyExcludes, templateFoldersOf } from "../../src/core/excluded-notes";
import { checkFolder } from "../../src/core/folder-path";
import { computePrepSet, type LinkGraph } from "../../src/core/prep-set";
import { migrateSettings } from "../../src/core/settings";

const settings = (raw: Record<string, unknown> = {}) => migrateSettings(raw);

describe("excludedFolders", () => {
	it("holds the mock folder, every folder a log was written to, the excluded folders and the template folders", () => {
		const s = settings({ mockFolder: "Practice/", mockLogFolders: ["Interview practice"], excludedFolders: ["Archive"] });
		expect(excludedFolders(s, ["Templates"])).toEqual(["Practice", "Interview practice", "Archive", "Templates"]);
	});

	it("never holds the vault root, whatever is left blank", () => {
		const folders = excludedFolders({ mockFolder: "", mockLogFolders: ["/"], excludedFolders: [" "] }, ["", "/"]);
		expect(folders).toEqual([]);
		expect(inExcludedFolder("hub.md", folders)).toBe(false);
	});

	it("takes a folder and what is below it, not a folder whose name only starts the same", () => {
		expect(inExcludedFolder("Templates/STAR.md", ["Templates"])).toBe(true);
		expect(inExcludedFolder("Templates/sub/x.md", ["Templates"])).toBe(true);
		expect(inExcludedFolder("Templates old/x.md", ["Templates"])).toBe(false);
		expect(inExcludedFolder("x/Templates/y.md", ["Templates"])).toBe(false);
	});
});

describe("the front-matter property", () => {
	it("reads `interview-prep: exclude` from Obsidian's front matter, as a value or in a list", () => {
		expect(propertyExcludes({ "interview-prep": "exclude" })).toBe(true);
		expect(propertyExcludes({ "interview-prep": " Exclude " })).toBe(true);
		expect(propertyExcludes({ "interview-prep": ["x", "exclude"] })).toBe(true);
		expect(propertyExcludes({ "interview-prep": "include" })).toBe(false);
		expect(propertyExcludes({ tags: ["exclude"] })).toBe(false);
		expect(propertyExcludes(undefined)).toBe(false);
	});

	it("reads the same from a note's text (for scan)", () => {
		expect(frontMatterExcludes("---\ninterview-prep: exclude\n---\n# Q?\n")).toBe(true);
		expect(frontMatterExcludes("---\ntitle: x\ninterview-prep: \"exclude\" # a template\n---\n")).toBe(true);
		expect(frontMatterExcludes("---\ninterview-prep: [draft, exclude]\n---\n")).toBe(true);
		expect(frontMatterExcludes("---\ninterview-prep:\n  - exclude\n---\n")).toBe(true);
		expect(frontMatterExcludes("\uFEFF---\r\ninterview-prep: exclude\r\n---\r\n")).toBe(true);
		expect(frontMatterExcludes("---\ninterview-prep: keep\n---\n")).toBe(false);
		// Only front matter counts: the same words in the body are just text.
		expect(frontMatterExcludes("# Notes\n\ninterview-prep: exclude\n")).toBe(false);
		expect(frontMatterExcludes("---\ntitle: x\n---\ninterview-prep: exclude\n")).toBe(false);
	});
});

describe("templateFoldersOf", () => {
	it("takes the core Templates folder and Templater's folder when the files have them", () => {
		expect(templateFoldersOf({ folder: "Templates" }, { templates_folder: "/Meta/Templater/" })).toEqual(["Templates", "Meta/Templater"]);
		expect(templateFoldersOf(null, { templates_folder: "" })).toEqual([]);
		expect(templateFoldersOf({ folder: 3 }, "garbage")).toEqual([]);
	});
});

describe("checkFolder", () => {
	it("normalizes a folder inside the vault", () => {
		expect(checkFolder(" /Interview\\\\practice//logs/ ")).toEqual({ ok: true, folder: "Interview/practice/logs" });
		expect(checkFolder("./a/./b")).toEqual({ ok: true, folder: "a/b" });
		expect(checkFolder("")).toEqual({ ok: true, folder: "" });
	});

	it("refuses any folder that leaves the vault", () => {
		for (const text of ["../../outside", "a/../../b", "a/..", "C:\\Users\\me", "~/notes"]) expect(checkFolder(text)).toEqual({ ok: false, reason: "outside" });
	});

	it("keeps settings from pointing outside the vault", () => {
		const s = settings({ mockFolder: "../../outside", extraFolders: ["ok", "../x"], excludedFolders: ["/Archive/", ".."] });
		expect(s.mockFolder).toBe("Interview practice");
		expect(s.extraFolders).toEqual(["ok"]);
		expect(s.excludedFolders).toEqual(["Archive"]);
	});
});

describe("computePrepSet with excluded notes", () => {
	// A hub, an answers note, a mock log and a template that both link the hub, and a note only the log links.
	const g: LinkGraph = {
		paths: ["hub.md", "answers.md", "Interview practice/Mock 1.md", "Templates/Q.md", "only-from-log.md"],
		resolvedLinks: {
			"hub.md": {},
			"answers.md": { "hub.md": 1 },
			"Interview practice/Mock 1.md": { "hub.md": 2, "answers.md": 1, "only-from-log.md": 1 },
			"Templates/Q.md": { "hub.md": 1 },
			"only-from-log.md": {},
		},
		unresolvedLinks: {},
	};
	const excluded = (p: string) => inExcludedFolder(p, ["Interview practice", "Templates"]);

	it("leaves the log and the template out even though they link the hub", () => {
		expect(computePrepSet(g, ["hub"], 1).paths).toContain("Templates/Q.md");
		expect(computePrepSet(g, ["hub"], 2, excluded).paths).toEqual(["hub.md", "answers.md"]);
	});

	it("does not reach further through an excluded note", () => {
		expect(computePrepSet(g, ["hub"], 2).paths).toContain("only-from-log.md");
		expect(computePrepSet(g, ["hub"], 2, excluded).paths).not.toContain("only-from-log.md");
	});

	it("an unresolved hub is not started from an excluded note that names it", () => {
		const u: LinkGraph = { paths: ["Templates/Q.md", "a.md"], resolvedLinks: {}, unresolvedLinks: { "Templates/Q.md": { Hub: 1 }, "a.md": {} } };
		expect(computePrepSet(u, ["Hub"], 1, excluded)).toMatchObject({ paths: [], missingHubs: ["Hub"] });
	});
});
