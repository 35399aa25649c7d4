import { describe, expect, it } from "vitest";
import { backupName, parseBackupName, thinBackups } from "../../../src/core/persist/backups";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = new Date("2025-03-01T08:00:00").getTime();

describe("backups", () => {
	it("names carry the kind and local time, and never clash", () => {
		const name = backupName("auto", new Date("2025-03-10T09:05:07").getTime());
		expect(name).toBe("auto-20250310-090507.json");
		expect(parseBackupName(name)).toEqual({ name, kind: "auto", time: new Date("2025-03-10T09:05:07").getTime() });
		expect(backupName("auto", new Date("2025-03-10T09:05:07").getTime(), [name])).toBe("auto-20250310-090507-2.json");
		expect(parseBackupName("auto-20250310-090507-2.json")?.kind).toBe("auto");
		expect(parseBackupName("notes.json")).toBeNull();
	});

	it("taking one every three hours for two months keeps few: recent ones, one a day, one a week", () => {
		let kept: string[] = [];
		let now = T0;
		for (let h = 0; h < 60 * 24; h += 3) {
			now = T0 + h * HOUR;
			kept.push(backupName("auto", now, kept));
			const drop = new Set(thinBackups(kept, now));
			kept = kept.filter((n) => !drop.has(n));
		}
		expect(kept.length).toBeLessThanOrEqual(5 + 7 + 4);
		const times = kept.map((n) => parseBackupName(n)?.time ?? 0).sort((a, b) => a - b);
		// The newest is the last one taken; the oldest reaches back about four weeks.
		expect(times[times.length - 1]).toBe(now);
		expect(now - times[0]).toBeGreaterThan(20 * DAY);
		expect(now - times[0]).toBeLessThan(29 * DAY);
		// One for each of the last days.
		const days = new Set(times.filter((t) => now - t < 6 * DAY).map((t) => new Date(t).toDateString()));
		expect(days.size).toBeGreaterThanOrEqual(6);
	});

	it("never thins the copies made before a migration or of an unreadable file", () => {
		const old = [backupName("unreadable", T0), backupName("before-migration", T0 + HOUR), backupName("newer-version", T0 + 2 * HOUR)];
		expect(thinBackups(old, T0 + 400 * DAY)).toEqual([]);
		const autos = Array.from({ length: 7 }, (_, i) => backupName("auto", T0 + i * HOUR));
		// Only the five newest regular ones survive, however old.
		expect(thinBackups([...old, ...autos], T0 + 400 * DAY).sort()).toEqual(autos.slice(0, 2));
	});
});
