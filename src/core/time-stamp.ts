// Local date-time stamps for file names and log notes. date-fns' `format`/`parse` would add ~15 KB of
// token formatters and parsers to main.js for these three fixed shapes.
import { addDays, getDate, getHours, getMinutes, getMonth, getSeconds, getYear, set, startOfDay } from "date-fns";

const two = (n: number): string => String(n).padStart(2, "0");

/** "2025-03-10" in local time. */
export function dayStamp(ms: number): string {
	return `${getYear(ms)}-${two(getMonth(ms) + 1)}-${two(getDate(ms))}`;
}

/** "2025-03-10 09:05" (`sep` ":"), or "2025-03-10 09.05" for file names (`sep` "."). */
export function minuteStamp(ms: number, sep: ":" | "."): string {
	return `${dayStamp(ms)} ${two(getHours(ms))}${sep}${two(getMinutes(ms))}`;
}

/** "2025-03-10 09-05-07": to the second, safe in file names (recordings). */
export function secondStamp(ms: number): string {
	return `${dayStamp(ms)} ${two(getHours(ms))}-${two(getMinutes(ms))}-${two(getSeconds(ms))}`;
}

/** "20250310-090507": sortable, safe in file names on every platform. */
export function compactStamp(ms: number): string {
	const d = dayStamp(ms).replace(/-/g, "");
	return `${d}-${two(getHours(ms))}${two(getMinutes(ms))}${two(getSeconds(ms))}`;
}

/** Reads a compactStamp back (local time); NaN when malformed. */
export function parseCompactStamp(stamp: string): number {
	const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/.exec(stamp);
	if (!m) return Number.NaN;
	const [year, month, date, hours, minutes, seconds] = m.slice(1).map(Number);
	if (month < 1 || month > 12 || date < 1 || date > 31 || hours > 23 || minutes > 59 || seconds > 59) return Number.NaN;
	const t = set(0, { year, month: month - 1, date, hours, minutes, seconds, milliseconds: 0 }).getTime();
	// set() rolls 31 February over into March: refuse dates that do not exist.
	return getDate(t) === date ? t : Number.NaN;
}

/** The interview date setting ("2025-03-10") as local midnight; null when empty or not a real date. */
export function parseDay(iso: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
	if (!m) return null;
	const [year, month, date] = m.slice(1).map(Number);
	if (month < 1 || month > 12 || date < 1) return null;
	const t = set(0, { year, month: month - 1, date, hours: 0, minutes: 0, seconds: 0, milliseconds: 0 }).getTime();
	return getDate(t) === date ? t : null;
}

/** The start of the local day after `ms` (when "today" rolls over: new questions, day counts). */
export function nextLocalMidnight(ms: number): number {
	return startOfDay(addDays(ms, 1)).getTime();
}
