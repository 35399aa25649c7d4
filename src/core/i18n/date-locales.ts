// Time spans in words, as date-fns' formatDistanceStrict and formatDuration word them with the zh-CN and
// en-US locales ("3 天", "3 days"). Those two functions pull in date-fns' whole en-US locale (~8 KB of
// main.js: month names, parsers, long formats) for a handful of words.
// tests/core/date-locales.test.ts checks the result against date-fns itself.
import { getDate, getHours, getMilliseconds, getMinutes, getMonth, getSeconds, getYear } from "date-fns";
import type { Lang } from "../types";

export type TimeUnit = "second" | "minute" | "hour" | "day" | "month" | "year";

const ZH: Record<TimeUnit, string> = { second: "秒", minute: "分钟", hour: "小时", day: "天", month: "个月", year: "年" };

/** "3 天" / "3 days", "1 day". */
export function countOf(n: number, unit: TimeUnit, lang: Lang): string {
	return lang === "zh" ? `${n} ${ZH[unit]}` : `${n} ${unit}${n === 1 ? "" : "s"}`;
}

const MIN = 60_000;
const DAY_MIN = 1440;
const MONTH_MIN = 43_200;
const YEAR_MIN = 525_600;

/** The local wall-clock reading of `ms` counted as if it were UTC (days from the civil date). */
function wallClock(ms: number): number {
	const m = getMonth(ms) + 1;
	const y = getYear(ms) - (m <= 2 ? 1 : 0);
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + getDate(ms) - 1;
	const days = era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
	return days * 86_400_000 + getHours(ms) * 3_600_000 + getMinutes(ms) * MIN + getSeconds(ms) * 1000 + getMilliseconds(ms);
}

const round = (n: number): number => Math.round(n) || 0;

/**
 * The span between two times as formatDistanceStrict words it: seconds under a minute, then minutes,
 * hours, days (by the wall clock, so a daylight-saving change does not shift them), months of 30 days,
 * years of 365 days; 12 months read "1 year".
 */
export function distanceOf(a: number, b: number, lang: Lang): string {
	if (Number.isNaN(a - b)) throw new RangeError("Invalid time value");
	const [lo, hi] = a < b ? [a, b] : [b, a];
	const minutes = (hi - lo) / MIN;
	if (minutes < 1) return countOf(round((hi - lo) / 1000), "second", lang);
	if (minutes < 60) return countOf(round(minutes), "minute", lang);
	if (minutes < DAY_MIN) return countOf(round(minutes / 60), "hour", lang);
	const wall = (wallClock(hi) - wallClock(lo)) / MIN;
	if (wall < MONTH_MIN) return countOf(round(wall / DAY_MIN), "day", lang);
	if (wall < YEAR_MIN) {
		const months = round(wall / MONTH_MIN);
		return months === 12 ? countOf(1, "year", lang) : countOf(months, "month", lang);
	}
	return countOf(round(wall / YEAR_MIN), "year", lang);
}
