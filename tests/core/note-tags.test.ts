// A note's tags read from its text (for scan), as Obsidian lists them: front matter and inline, not code.
import { describe, expect, it } from "vitest";
import { noteTextTags } from "../../src/core/note-tags";

describe("noteTextTags", () => {
	it("reads front matter tags in every form, without '#', lower case", () => {
		expect(noteTextTags("---\ntags:\n  - Interview\n  - '#work/q'\n---\nBody\n")).toEqual(["interview", "work/q"]);
		expect(noteTextTags("---\ntags: [misc, \"Interview\"]\ntitle: x\n---\n")).toEqual(["misc", "interview"]);
		expect(noteTextTags("---\ntag: a b, c\n---\n")).toEqual(["a", "b", "c"]);
	});

	it("reads inline tags, nested ones whole, and not headings, links, numbers or code", () => {
		const text = [
			"# Heading",
			"## Another heading #Interview/Behavioral",
			"See [[Hub#Section]] and http://x.org/#frag, a#not and #2024 but #q1.",
			"`#inline-code` and ``#double ``",
			"```",
			"#fenced",
			"```",
			"~~~~",
			"#tilde",
			"~~~~",
			"#after",
		].join("\n");
		expect(noteTextTags(text)).toEqual(["interview/behavioral", "q1", "after"]);
	});
});
