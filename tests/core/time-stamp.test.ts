import { describe, expect, it } from "vitest";
import { compactStamp, dayStamp, minuteStamp, parseCompactStamp, parseDay } from "../../src/core/time-stamp";

// TZ is fixed to Asia/Shanghai in vitest.config.ts: stamps are the person's local time.
const AT = Date.UTC(2025, 2, 10, 1, 5, 7); // 09:05:07 in Shanghai

describe("time stamps", () => {
	it("write local dates and times for log notes and file names", () => {
		expect(dayStamp(AT)).toBe("2025-03-10");
		expect(minuteStamp(AT, ":")).toBe("2025-03-10 09:05");
		expect(minuteStamp(AT, ".")).toBe("2025-03-10 09.05");
		expect(compactStamp(AT)).toBe("20250310-090507");
	});

	it("read a compact stamp back to the same second", () => {
		expect(parseCompactStamp(compactStamp(AT))).toBe(AT);
	});

	it("refuse stamps that are not dates", () => {
		expect(parseCompactStamp("20250231-090507")).toBeNaN();
		expect(parseCompactStamp("2025-03-10")).toBeNaN();
		expect(parseCompactStamp("20251310-250000")).toBeNaN();
	});
});

describe("the interview date", () => {
	it("is local midnight of the day set", () => {
		expect(parseDay("2025-03-10")).toBe(Date.UTC(2025, 2, 9, 16, 0, 0));
		expect(dayStamp(parseDay(" 2025-03-10 ") ?? 0)).toBe("2025-03-10");
	});

	it("is null when empty or not a date", () => {
		expect(parseDay("")).toBeNull();
		expect(parseDay("2025-02-30")).toBeNull();
		expect(parseDay("next week")).toBeNull();
	});
});
