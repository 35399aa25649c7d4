import fc from "fast-check";
import { seeded } from "../property-seed";
import { describe, expect, it } from "vitest";
import { extractWikilinks, wikilinkSteps } from "../../src/core/wikilinks";
import { referenceWikilinks } from "./wikilinks.reference";

describe("extractWikilinks", () => {
	it("finds every link form Obsidian has, as written", () => {
		const text = [
			"[[角度]]；[[面试-面试官角度准备]]；",
			"see [[hub|alias text]] and [[hub#Heading]] and [[hub#^block|x]]",
			"![[embedded hub]] then [[folder/hub]] and [[hub.md]]",
		].join("\n");
		expect(extractWikilinks(text)).toEqual([
			"角度",
			"面试-面试官角度准备",
			"hub",
			"hub",
			"hub",
			"embedded hub",
			"folder/hub",
			"hub.md",
		]);
	});

	it("skips same-note heading links and reads escaped pipes in tables", () => {
		expect(extractWikilinks("[[#Only a heading]] | [[hub\\|alias]] |")).toEqual(["hub"]);
	});

	it("finds no links in code fences, inline code or comments", () => {
		const text = [
			"```md",
			"[[in fence]]",
			"```",
			"~~~~",
			"[[in tilde fence]]",
			"~~~",
			"still fenced [[in tilde fence 2]]",
			"~~~~",
			"`[[inline code]]` and ``a ` [[double tick]]`` but [[kept 1]]",
			"%% [[percent comment]] %% [[kept 2]]",
			"%% opens",
			"[[inside multi-line percent]]",
			"closes %% [[kept 3]]",
			"<!-- [[html comment]] --> [[kept 4]] <!--",
			"[[inside html]]",
			"--> [[kept 5]]",
			"    - item",
			"        ```js",
			"        [[fenced in list]]",
			"        ```",
			"> ```",
			"> [[fenced in quote]]",
			"> ```",
			"[[kept 6]]",
		].join("\n");
		expect(extractWikilinks(text)).toEqual(["kept 1", "kept 2", "kept 3", "kept 4", "kept 5", "kept 6"]);
	});

	it("keeps an unmatched backtick from hiding the links after it", () => {
		expect(extractWikilinks("a ` lone tick [[hub]]")).toEqual(["hub"]);
	});

	it("treats an unclosed fence as code to the end, like Obsidian", () => {
		expect(extractWikilinks("[[before]]\n```\n[[after]]")).toEqual(["before"]);
	});

	it("does not treat ``` with a backtick in its info string as a fence", () => {
		expect(extractWikilinks("```a`b``` [[hub]]\n[[next]]")).toEqual(["hub", "next"]);
	});

	it("ignores broken brackets and handles CRLF line ends", () => {
		expect(extractWikilinks("[[open\n]] [[ok]]\r\n[[also ok]]\r\n[[]]")).toEqual(["ok", "also ok"]);
	});
});

describe("extractWikilinks on any text", () => {
	it("never throws and returns only clean, non-empty targets", () => {
		const piece = fc.constantFrom("[[", "]]", "|", "#", "`", "```", "~~~", "%%", "<!--", "-->", "\n", "> ", "hub", "面试", " ", "!", "\\");
		fc.assert(
			fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
				for (const target of extractWikilinks(parts.join(""))) {
					expect(target).not.toBe("");
					expect(target).not.toMatch(/[[\]|#\n]/);
				}
			}),
			seeded({ numRuns: 500 }),
		);
	});
});

describe("wikilinkSteps", () => {
	it("reads a long note in turns (a 5 MB note is not one long task) and finds the same links", () => {
		const piece = fc.constantFrom("[[", "]]", "|", "#", "```", "%%", "<!--", "-->", "\n", "hub", "面试", " ");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 16 }), (parts, step) => {
				const text = parts.join("");
				const steps = wikilinkSteps(text, step);
				let r = steps.next();
				while (!r.done) r = steps.next();
				expect(r.value).toEqual(extractWikilinks(text));
			}),
			seeded({ numRuns: 300 }),
		);
		// One turn per 64K characters read, about.
		const big = "## 问题？[[hub]]\n答。\n".repeat(20_000);
		let turns = 0;
		const steps = wikilinkSteps(big, 1 << 16);
		while (!steps.next().done) turns++;
		expect(turns).toBeGreaterThanOrEqual(Math.floor(big.length / (1 << 16)) - 1);
	});

	it("finds the links the line-by-line scan found, in turns of any size, inside lines too", () => {
		const piece = fc.constantFrom("[[hub]]", "[[a|b]]", "[[", "]]", "[", "]", "|", "#", "`", "``", "```", "~~~", "%%", "%", "<!--", "<!-", "-->", "\n", "\r\n", "> ", "hub", "面试", " ", "!", "\\");
		fc.assert(
			fc.property(fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 4 })), { maxLength: 60 }), fc.integer({ min: 1, max: 24 }), (parts, step) => {
				const text = parts.join("");
				const steps = wikilinkSteps(text, step);
				let r = steps.next();
				while (!r.done) r = steps.next();
				expect(r.value).toEqual(referenceWikilinks(text));
			}),
			seeded({ numRuns: 1000 }),
		);
	});

	it("reads one line of megabytes in turns too (code spans, comments and links on it)", () => {
		const line = "[[hub]] `code [[not]]` %%c [[no]]%% <!--d [[no]]--> [[ ![[x|y]] ".repeat(20_000);
		let turns = 0;
		const steps = wikilinkSteps(line, 1 << 16);
		let r = steps.next();
		for (; !r.done; r = steps.next()) turns++;
		expect(turns).toBeGreaterThanOrEqual(Math.floor(line.length / (1 << 16)) - 1);
		expect(r.value).toEqual(Array.from({ length: 40_000 }, (_, i) => (i % 2 ? "x" : "hub")));
	});
});

