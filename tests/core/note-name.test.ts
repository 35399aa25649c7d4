import { describe, expect, it } from "vitest";
import { noteName } from "../../src/core/note-name";

describe("noteName", () => {
	it("drops the folder and the .md, whatever the case, and keeps dots inside the name", () => {
		expect(noteName("面试/行为题.md")).toBe("行为题");
		expect(noteName("a/b/Notes v1.2.MD")).toBe("Notes v1.2");
		expect(noteName("root.md")).toBe("root");
		expect(noteName("folder/data.json")).toBe("data.json");
	});
});
