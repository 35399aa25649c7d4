// The fast reader gives the blocks remark gives, as far as the extractor reads them.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../../property-seed";
import { parseMarkdown } from "../../../../src/core/parse/markdown";
import { fastParseMarkdown } from "../../../../src/core/parse/fast/fast-markdown";
import { blockView } from "./mdast-view";
import { hardNote } from "./hard-notes";

const same = (text: string): void => {
	const fast = fastParseMarkdown(text);
	if (!fast) return; // remark reads it
	expect(blockView(fast.children as never, text), JSON.stringify(text)).toEqual(blockView(parseMarkdown(text).children as never, text));
};

describe("the fast Markdown reader against remark", () => {
	it("reads random notes of hard constructs as remark does", () => {
		fc.assert(fc.property(hardNote(), same), seeded({ numRuns: 300 }));
	});
});
