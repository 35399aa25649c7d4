// The live index's parsed notes: the prep set's notes in its order, kept between builds and patched
// when a note is parsed again, must always be what looking each member up gives.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { ParsedNotes } from "../../src/vault/parsed-notes";
import type { ParsedNote } from "../../src/core/types";

const parsed = (path: string, v: number): ParsedNote => ({ path, questions: [], warnings: [`v${v}`] });
const PATHS = ["a.md", "b.md", "c.md", "d.md", "e.md"];

describe("ParsedNotes", () => {
	it("lists the parsed members in the set's order, skipping members not parsed yet", () => {
		const notes = new ParsedNotes();
		notes.set("c.md", parsed("c.md", 1));
		notes.set("a.md", parsed("a.md", 1));
		notes.set("x.md", parsed("x.md", 1));
		expect(notes.inOrder(["a.md", "b.md", "c.md"]).map((n) => n.path)).toEqual(["a.md", "c.md"]);
	});

	it("gives the note parsed again, a note parsed for the first time in its place, and none once deleted", () => {
		const notes = new ParsedNotes();
		const set = ["a.md", "b.md", "c.md"];
		notes.set("a.md", parsed("a.md", 1));
		notes.set("c.md", parsed("c.md", 1));
		expect(notes.inOrder(set).map((n) => n.warnings[0])).toEqual(["v1", "v1"]);
		const edited = parsed("c.md", 2);
		notes.set("c.md", edited);
		expect(notes.inOrder(set)[1]).toBe(edited);
		notes.set("b.md", parsed("b.md", 1));
		expect(notes.inOrder(set).map((n) => n.path)).toEqual(["a.md", "b.md", "c.md"]);
		notes.delete("a.md");
		expect(notes.inOrder(set).map((n) => n.path)).toEqual(["b.md", "c.md"]);
	});

	it("after any history of parses, deletes and set changes, lists what looking every member up gives", () => {
		const op = fc.record({
			kind: fc.constantFrom("set", "set", "set", "delete", "clear", "newSet"),
			path: fc.constantFrom(...PATHS),
			members: fc.subarray(PATHS),
		});
		fc.assert(
			fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
				const notes = new ParsedNotes();
				const truth = new Map<string, ParsedNote>();
				let members: readonly string[] = PATHS;
				ops.forEach((o, v) => {
					if (o.kind === "set") {
						const n = parsed(o.path, v);
						notes.set(o.path, n);
						truth.set(o.path, n);
					} else if (o.kind === "delete") expect(notes.delete(o.path)).toBe(truth.delete(o.path));
					else if (o.kind === "clear") {
						notes.clear();
						truth.clear();
					} else members = o.members;
					const expected = members.flatMap((p) => truth.get(p) ?? []);
					expect(notes.inOrder(members)).toEqual(expected);
				});
			}),
			seeded({ numRuns: 300 }),
		);
	});
});
