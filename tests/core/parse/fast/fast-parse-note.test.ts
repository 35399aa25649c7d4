// remark is the referee: parseNote with the fast reader gives exactly the questions, lines,
// topics, answers and parts that parseNote gives with remark reading every piece.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../../property-seed";
import { parseNote } from "../../../../src/core/parse/parse-note";
import { parseMarkdown } from "../../../../src/core/parse/remark-reader";
import { noteView as view, OPTS } from "../helpers";
import { hardNote } from "./hard-notes";

const FAST = { chunkChars: 4096, reader: "fast" as const };
const REMARK = { chunkChars: 4096, reader: parseMarkdown };

/** The fast reader's note is the reference's, whole and in small pieces. */
export function sameAsReference(text: string, chunkChars = 4096): void {
	const fast = parseNote("n.md", text, OPTS, { ...FAST, chunkChars });
	const reference = parseNote("n.md", text, OPTS, { ...REMARK, chunkChars });
	expect(view(fast), JSON.stringify(text)).toEqual(view(reference));
}

describe("parseNote with the fast reader against remark", () => {
	it("gives the reference's questions on random notes of hard constructs", () => {
		fc.assert(fc.property(hardNote(60), (text) => sameAsReference(text)), seeded({ numRuns: 300 }));
	});

	it("gives them on notes read in small pieces too", () => {
		const many = fc.array(hardNote(30), { minLength: 2, maxLength: 6 }).map((ns) => ns.join("\n\n"));
		fc.assert(fc.property(many, (text) => sameAsReference(text, 256)), seeded({ numRuns: 100 }));
	});
});
