import { describe, expect, it } from "vitest";
import { makePathLookup, resolveLink } from "../../src/core/resolve-link";

const lookup = makePathLookup([
	"hub.md",
	"prep/hub.md",
	"prep/answers.md",
	"prep/deep/notes.md",
	"other/notes.md",
	"archive/2023/notes.md",
	"Folder/Cased Note.md",
	"img/photo.png",
	"v1.2 notes.md",
]);

describe("resolveLink", () => {
	it("takes an exact vault path with or without .md", () => {
		expect(resolveLink("prep/hub", "x.md", lookup)).toBe("prep/hub.md");
		expect(resolveLink("prep/hub.md", "x.md", lookup)).toBe("prep/hub.md");
		expect(resolveLink("hub", "other/notes.md", lookup)).toBe("hub.md");
	});

	it("prefers the note in the linking note's folder when several share the name", () => {
		expect(resolveLink("notes", "other/todo.md", lookup)).toBe("other/notes.md");
		expect(resolveLink("notes", "prep/deep/x.md", lookup)).toBe("prep/deep/notes.md");
	});

	it("otherwise takes the shortest path", () => {
		expect(resolveLink("notes", "elsewhere/x.md", lookup)).toBe("other/notes.md");
		expect(resolveLink("notes", "", lookup)).toBe("other/notes.md");
	});

	it("matches a partial folder path against the end of the file's path", () => {
		expect(resolveLink("2023/notes", "x.md", lookup)).toBe("archive/2023/notes.md");
		expect(resolveLink("deep/notes", "x.md", lookup)).toBe("prep/deep/notes.md");
		expect(resolveLink("nowhere/notes", "x.md", lookup)).toBeNull();
	});

	it("ignores case, alias and heading; resolves relative paths and attachments", () => {
		expect(resolveLink("cased note", "x.md", lookup)).toBe("Folder/Cased Note.md");
		expect(resolveLink("answers#Part|shown", "x.md", lookup)).toBe("prep/answers.md");
		expect(resolveLink("../hub", "prep/deep/notes.md", lookup)).toBe("prep/hub.md");
		expect(resolveLink("./answers", "prep/hub.md", lookup)).toBe("prep/answers.md");
		expect(resolveLink("photo.png", "x.md", lookup)).toBe("img/photo.png");
		expect(resolveLink("v1.2 notes", "x.md", lookup)).toBe("v1.2 notes.md");
	});

	it("returns null for links to nothing", () => {
		expect(resolveLink("面试-面试官角度准备", "x.md", lookup)).toBeNull();
		expect(resolveLink("", "x.md", lookup)).toBeNull();
		expect(resolveLink("../../../hub", "prep/x.md", lookup)).toBeNull();
		expect(resolveLink("photo", "x.md", lookup)).toBeNull();
	});
});
