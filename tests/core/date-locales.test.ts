// Time spans in words read exactly as date-fns worded them, in every time zone (daylight saving included).
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { formatInterval, formatRelative, formatSpoken } from "../../src/core/i18n/time-format";
import type { Lang } from "../../src/core/types";
import { refInterval, refRelative, refSpoken } from "./date-locales.reference";

const SEC = 1000;
const DAY = 86_400_000;
const lang = fc.constantFrom<Lang>("zh", "en");
// 1975-2100, and spans from a second to many years, with unit boundaries (59.5 s, 30 days, 12 months) near.
const moment = fc.integer({ min: 5 * 365 * DAY, max: 130 * 365 * DAY });
const span = fc.oneof(
	fc.integer({ min: 0, max: 120 * SEC }),
	fc.integer({ min: 0, max: 2 * DAY }),
	fc.integer({ min: 25 * DAY, max: 400 * DAY }),
	fc.integer({ min: 0, max: 60 * 365 * DAY }),
	// Half-way between two days or months, where an hour of daylight saving tips the rounding.
	fc.tuple(fc.integer({ min: 1, max: 29 }), fc.integer({ min: -7_200_000, max: 7_200_000 })).map(([d, o]) => d * DAY + DAY / 2 + o),
	fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: -7_200_000, max: 7_200_000 })).map(([m, o]) => (m * 30 + 15) * DAY + o),
	fc.constantFrom(0, 500, 59_499, 59_500, 60_000, 30 * DAY, 360 * DAY, 365 * DAY, 547 * DAY),
);
const ZONES = ["Asia/Shanghai", "America/New_York", "Europe/London", "Australia/Lord_Howe", "America/Santiago"];
const zoneBefore = process.env.TZ;

describe("time spans in words against date-fns", () => {
	afterEach(() => {
		process.env.TZ = zoneBefore;
	});

	for (const zone of ZONES) {
		it(`match date-fns' formatDistanceStrict and formatDuration in ${zone}`, () => {
			process.env.TZ = zone;
			fc.assert(
				fc.property(moment, span, fc.boolean(), lang, (now, gap, ahead, l) => {
					const then = ahead ? now + gap : now - gap;
					expect(formatRelative(then, now, l)).toBe(refRelative(then, now, l));
					expect(formatInterval(gap, l)).toBe(refInterval(gap, l));
					expect(formatSpoken(gap / SEC, l)).toBe(refSpoken(gap / SEC, l));
				}),
				seeded({ numRuns: 400 }),
			);
		});
	}

	it("still refuses a time that is not a number", () => {
		expect(() => formatRelative(Number.NaN, 0, "en")).toThrow(RangeError);
		expect(() => refRelative(Number.NaN, 0, "en")).toThrow(RangeError);
		expect(formatSpoken(Number.NaN, "en")).toBe(refSpoken(Number.NaN, "en"));
	});
});
