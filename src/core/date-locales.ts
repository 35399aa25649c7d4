// Just the part of date-fns' zh-CN and en-US locales that formatDistanceStrict and formatDuration use
// (their distance words). The full locales also carry month names, parsers and long formats: ~15 KB
// of main.js for nothing we show. Wording matches date-fns' own locales.
import type { FormatDistanceFn, FormatDistanceToken, Locale } from "date-fns";
import type { Lang } from "./types";

type Unit = "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years";

const UNIT_OF: Partial<Record<FormatDistanceToken, Unit>> = {
	lessThanXSeconds: "seconds",
	xSeconds: "seconds",
	halfAMinute: "seconds",
	lessThanXMinutes: "minutes",
	xMinutes: "minutes",
	aboutXHours: "hours",
	xHours: "hours",
	xDays: "days",
	aboutXWeeks: "weeks",
	xWeeks: "weeks",
	aboutXMonths: "months",
	xMonths: "months",
	aboutXYears: "years",
	xYears: "years",
	overXYears: "years",
	almostXYears: "years",
};

const ZH: Record<Unit, string> = { seconds: "秒", minutes: "分钟", hours: "小时", days: "天", weeks: "个星期", months: "个月", years: "年" };
const EN: Record<Unit, [string, string]> = {
	seconds: ["second", "seconds"],
	minutes: ["minute", "minutes"],
	hours: ["hour", "hours"],
	days: ["day", "days"],
	weeks: ["week", "weeks"],
	months: ["month", "months"],
	years: ["year", "years"],
};

const zhDistance: FormatDistanceFn = (token, count, options) => {
	const result = `${count} ${ZH[UNIT_OF[token] ?? "seconds"]}`;
	if (!options?.addSuffix) return result;
	return options.comparison !== undefined && options.comparison > 0 ? `${result}内` : `${result}前`;
};

const enDistance: FormatDistanceFn = (token, count, options) => {
	const [one, other] = EN[UNIT_OF[token] ?? "seconds"];
	const result = `${count} ${count === 1 ? one : other}`;
	if (!options?.addSuffix) return result;
	return options.comparison !== undefined && options.comparison > 0 ? `in ${result}` : `${result} ago`;
};

const ZH_CN = { code: "zh-CN", formatDistance: zhDistance } as Locale;
const EN_US = { code: "en-US", formatDistance: enDistance } as Locale;

export function dateLocale(lang: Lang): Locale {
	return lang === "zh" ? ZH_CN : EN_US;
}
