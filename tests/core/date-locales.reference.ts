// How the plugin formatted time spans before src/core/i18n/date-locales.ts: date-fns' formatDistanceStrict and
// formatDuration with the distance words of its zh-CN and en-US locales. The reference the words must match.
import type { FormatDistanceFn, FormatDistanceToken, Locale } from "date-fns";
import { formatDistanceStrict } from "date-fns/formatDistanceStrict";
import { formatDuration } from "date-fns/formatDuration";
import type { Lang } from "../../src/core/types";

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

function locale(lang: Lang): Locale {
	return lang === "zh" ? ZH_CN : EN_US;
}

export function refInterval(ms: number, lang: Lang): string {
	const span = Math.max(0, Math.round(ms));
	return formatDistanceStrict(span, 0, { locale: locale(lang), addSuffix: lang === "en" });
}

export function refRelative(then: number, now: number, lang: Lang): string {
	if (then > now) {
		const ahead = formatDistanceStrict(then, now, { locale: locale(lang) });
		return lang === "zh" ? `${ahead}后` : `in ${ahead}`;
	}
	return formatDistanceStrict(then, now, { locale: locale(lang), addSuffix: true });
}

export function refSpoken(seconds: number, lang: Lang): string {
	const total = Math.max(0, Math.round(seconds));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const secs = total % 60;
	if (total === 0) return formatDuration({ seconds: 0 }, { locale: locale(lang), zero: true, format: ["seconds"] });
	return formatDuration({ hours, minutes, seconds: secs }, { locale: locale(lang) });
}
