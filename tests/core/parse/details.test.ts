// `<details><summary>question</summary>answer</details>` blocks (form 3).
import { describe, expect, it } from "vitest";
import { parse } from "./helpers";

describe("details blocks", () => {
	it("take the summary as the question and the rest of the block as its answer", () => {
		const qs = parse([
			"## Caching",
			"",
			"<details>",
			"<summary>What is a write-through cache?</summary>",
			"",
			"Writes go to the cache and the store together.",
			"",
			"- reads stay fresh",
			"",
			"</details>",
			"",
			"<details><summary>说说缓存击穿</summary>",
			"",
			"热点 key 过期时大量请求打到数据库。",
			"",
			"</details>",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([["What is a write-through cache?", true], ["说说缓存击穿", true]]);
		expect(qs[0].answerMarkdown).toContain("Writes go to the cache");
		expect(qs[0].answerMarkdown).not.toContain("缓存击穿");
	});

	it("does not take a summary that only says where the answer is", () => {
		const qs = parse(["- Why is the sky blue?", "", "<details><summary>Answer</summary>", "", "Rayleigh scattering.", "", "</details>"]);
		expect(qs.map((q) => q.text)).toEqual(["Why is the sky blue?"]);
	});
});

describe("a details block whose answer holds headings", () => {
	it("answers up to </details>, and the headings inside are no questions", () => {
		const qs = parse([
			"# My stories",
			"",
			"<details>",
			"  <summary>Tell me about a time you took on work outside your role. How did you approach it?</summary>",
			"",
			"## Taking ownership of the docs",
			"",
			"We had no docs team, so I wrote the first guide and set up reviews.",
			"",
			"</details>",
			"",
			"<details>",
			"  <summary>What did you ship under pressure?</summary>",
			"",
			"## Virtualising our tests",
			"",
			"**Situation** Hardware was scarce.",
			"",
			"**Result** Test time fell by half.",
			"",
			"</details>",
		]);
		expect(qs.map((q) => [q.text, q.answered])).toEqual([
			["Tell me about a time you took on work outside your role. How did you approach it?", true],
			["What did you ship under pressure?", true],
		]);
		expect(qs[0].answerMarkdown).toContain("first guide");
		expect(qs[0].answerMarkdown).not.toContain("Virtualising");
		expect(qs[1].star.result).toBe(true);
	});
});
