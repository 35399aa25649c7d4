import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../src/core/i18n/fill-template";

describe("fillTemplate", () => {
	it("fills named slots and leaves unknown ones as written", () => {
		expect(fillTemplate("还剩 {n} 道，{missing}", { n: 3 })).toBe("还剩 3 道，{missing}");
	});

	it("picks the word that fits the number", () => {
		expect(fillTemplate("{n|day|days} to go", { n: 1 })).toBe("1 day to go");
		expect(fillTemplate("{n|day|days} to go", { n: 4 })).toBe("4 days to go");
	});
});
