import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { maskComments, maskCommentsSteps } from "../../../src/core/parse/mdast-text";

/** The masking as first written with two regular expressions: the steps must give the same text. */
function byRegex(text: string): string {
	const blank = (s: string): string => s.replace(/[^\n]/g, " ");
	return text.replace(/%%[\s\S]*?(?:%%|$)/g, blank).replace(/<!--[\s\S]*?(?:-->|$)/g, blank);
}

describe("maskComments", () => {
	it("blanks %% and HTML comments (to the end when unclosed), keeping line breaks, in any order they nest", () => {
		const piece = fc.constantFrom("%%", "%", "<!--", "-->", "<!-", "--", "\n", "答", "a", " ", "%%%");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (parts, step) => {
				const text = parts.join("");
				expect(maskComments(text)).toBe(byRegex(text));
				const steps = maskCommentsSteps(text, step);
				let r = steps.next();
				while (!r.done) r = steps.next();
				expect(r.value).toBe(byRegex(text));
			}),
			seeded({ numRuns: 500 }),
		);
	});

	it("masks a note of megabytes in turns", () => {
		const big = "我会先倾听。%%备注%%\n<!-- 草稿 -->\n".repeat(50_000);
		let turns = 0;
		const steps = maskCommentsSteps(big, 1 << 16);
		let r = steps.next();
		for (; !r.done; r = steps.next()) turns++;
		expect(turns).toBeGreaterThan(big.length / (1 << 16));
		expect(r.value).toBe(byRegex(big));
	});

	it("masks one comment of megabytes in turns, on one line or many", () => {
		for (const big of ["a<!--" + "草稿".repeat(500_000) + "-->b", "%%" + "备注\n".repeat(300_000)]) {
			let turns = 0;
			const steps = maskCommentsSteps(big, 1 << 16);
			let r = steps.next();
			for (; !r.done; r = steps.next()) turns++;
			expect(turns).toBeGreaterThanOrEqual(Math.floor(big.length / (1 << 16)) - 1);
			expect(r.value).toBe(byRegex(big));
		}
	});
});

