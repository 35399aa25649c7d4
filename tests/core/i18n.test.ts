import { describe, expect, it } from "vitest";
import { FEATURE_TABLES, STRINGS, resolveLang, t } from "../../src/core/i18n";
import { formatClock, formatInterval, formatRelative, formatSpoken, formatWhen } from "../../src/core/i18n/time-format";

const MIN = 60_000;
const DAY = 86_400_000;

describe("string table", () => {
	it("has every key in both languages, none empty", () => {
		const zh = Object.keys(STRINGS.zh).sort();
		const en = Object.keys(STRINGS.en).sort();
		expect(zh).toEqual(en);
		for (const key of zh) {
			expect((STRINGS.zh as Record<string, string>)[key]).not.toBe("");
			expect((STRINGS.en as Record<string, string>)[key]).not.toBe("");
		}
	});

	it("gives each key to one feature's table (a later table would hide an earlier one's string)", () => {
		const owner = new Map<string, string>();
		for (const [name, table] of Object.entries(FEATURE_TABLES)) {
			for (const lang of ["zh", "en"] as const) {
				for (const key of Object.keys(table[lang])) {
					const first = owner.get(key);
					expect(first === undefined || first === name, `${key} is in ${first} and ${name}`).toBe(true);
					owner.set(key, name);
				}
			}
		}
		expect([...owner.keys()].sort()).toEqual(Object.keys(STRINGS.en).sort());
	});

	it("English quiz strings are sentence case", () => {
		for (const [key, text] of Object.entries(STRINGS.en)) {
			if (!key.startsWith("quiz.")) continue;
			// Quoted examples are sentences of their own.
			const words = text.replace(/"[^"]*"/g, "").split(/\s+/).slice(1).filter((w) => /^[A-Z][a-z]+$/.test(w));
			const proper = words.filter((w) => !["STAR", "Space", "H", "O", "S"].includes(w));
			expect(proper, key).toEqual([]);
		}
	});

	it("fills variables and English plurals", () => {
		expect(t("en", "quiz.status.indexing", { done: 120, total: 500 })).toBe("Indexing 120/500 notes");
		expect(t("zh", "quiz.status.indexing", { done: 120, total: 500 })).toBe("正在索引 120/500 篇笔记");
		expect(t("en", "quiz.countdown", { days: 1, count: 12 })).toBe(
			"1 day to the interview, 12 questions not yet practised",
		);
		expect(t("en", "quiz.countdown", { days: 3, count: 1 })).toBe(
			"3 days to the interview, 1 question not yet practised",
		);
		expect(t("zh", "quiz.countdown", { days: 3, count: 1 })).toBe("距离面试还有 3 天，1 道题还没练过");
	});
});

describe("resolveLang", () => {
	it("follows Obsidian's language unless the setting forces one", () => {
		expect(resolveLang("auto", "zh")).toBe("zh");
		expect(resolveLang("auto", "zh-TW")).toBe("zh");
		expect(resolveLang("auto", "en")).toBe("en");
		expect(resolveLang("auto", "fr")).toBe("en");
		expect(resolveLang("en", "zh")).toBe("en");
		expect(resolveLang("zh", "en")).toBe("zh");
	});
});

describe("time formatting", () => {
	it("says when a card comes back", () => {
		expect(formatInterval(10 * MIN, "zh")).toBe("10 分钟");
		expect(formatInterval(3 * DAY, "zh")).toBe("3 天");
		expect(formatInterval(4 * DAY, "en")).toBe("in 4 days");
		expect(formatInterval(10 * MIN, "en")).toBe("in 10 minutes");
	});

	it("says how long ago", () => {
		const now = Date.UTC(2025, 4, 10);
		expect(formatRelative(now - 3 * DAY, now, "zh")).toBe("3 天前");
		expect(formatRelative(now - 3 * DAY, now, "en")).toBe("3 days ago");
		expect(formatRelative(now + 2 * DAY, now, "en")).toBe("in 2 days");
		expect(formatRelative(now + 2 * DAY, now, "zh")).toBe("2 天后");
	});

	it("spells out time spoken and shows a stopwatch", () => {
		expect(formatSpoken(125, "zh")).toBe("2 分钟 5 秒");
		expect(formatSpoken(125, "en")).toBe("2 minutes 5 seconds");
		expect(formatSpoken(0, "en")).toBe("0 seconds");
		expect(formatClock(7)).toBe("0:07");
		expect(formatClock(125)).toBe("2:05");
		expect(formatClock(3723)).toBe("1:02:03");
	});

	it("gives a date, a time and how far off", () => {
		const now = Date.UTC(2025, 4, 3, 3, 0); // 11:00 in Shanghai
		const then = now + 3 * 3_600_000;
		expect(formatWhen(then, now, "zh")).toBe("5月3日 14:00（3 小时后）");
		expect(formatWhen(then, now, "en")).toMatch(/^May 3, 2:00\sPM \(in 3 hours\)$/);
	});
});
