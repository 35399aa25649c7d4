// Times as a person reads them, Chinese and English: spans in words, moments ahead, and the clock.
import { countOf, distanceOf, type TimeUnit } from "./date-locales";
import type { Lang } from "../types";

/**
 * How long until a card comes back: "10 分钟", "3 天" / "in 10 minutes", "in 4 days".
 * Chinese drops the suffix ("内" reads as "within"); English keeps "in …" ("0 seconds ago" for 0, as date-fns says it).
 */
export function formatInterval(ms: number, lang: Lang): string {
	const span = Math.max(0, Math.round(ms));
	const words = distanceOf(span, 0, lang);
	return lang === "zh" ? words : span > 0 ? `in ${words}` : `${words} ago`;
}

/** "3 天前" / "3 days ago"; for a time ahead: "3 天后" / "in 3 days". */
export function formatRelative(then: number, now: number, lang: Lang): string {
	const words = distanceOf(then, now, lang);
	if (then > now) return lang === "zh" ? `${words}后` : `in ${words}`;
	return lang === "zh" ? `${words}前` : `${words} ago`;
}

/** A spoken time as words: "2 分钟 5 秒" / "2 minutes 5 seconds" (0 → "0 秒" / "0 seconds"). */
export function formatSpoken(seconds: number, lang: Lang): string {
	const total = Math.max(0, Math.round(seconds));
	if (total === 0) return countOf(0, "second", lang);
	const parts: [number, TimeUnit][] = [
		[Math.floor(total / 3600), "hour"],
		[Math.floor((total % 3600) / 60), "minute"],
		[total % 60, "second"],
	];
	return parts
		.filter(([n]) => n)
		.map(([n, unit]) => countOf(n, unit, lang))
		.join(" ");
}

/**
 * The one clock reading, language-neutral: "0:07", "2:05", "1:02:03". It floors, as a stopwatch does (a
 * second shows once it has passed), so a live timer, the recording's figures and the totals built from
 * them never read more than was measured. A figure that should round (a run's duration) is rounded where
 * it is computed (`summarizeRun`), not here.
 */
export function formatClock(seconds: number): string {
	const total = Math.max(0, Math.floor(seconds));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, "0");
	return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** A moment ahead as a date and time plus how far off: "5月3日 14:00（3 小时后）" / "May 3, 2:00 PM (in 3 hours)". */
export function formatWhen(then: number, now: number, lang: Lang): string {
	const stamp = new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-US", {
		month: "short",
		day: "numeric",
		hour: "numeric",
		minute: "2-digit",
	}).format(then);
	const rel = formatRelative(then, now, lang);
	return lang === "zh" ? `${stamp}（${rel}）` : `${stamp} (${rel})`;
}
