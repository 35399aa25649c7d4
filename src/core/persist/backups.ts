// Backup file names and thinning, like Anki: many recent ones, then one a day, then one a week.
import { differenceInCalendarDays } from "date-fns";
import { compactStamp, parseCompactStamp } from "../time-stamp";

/** auto: taken regularly while reviewing; before-migration / unreadable / newer-version: a verbatim copy of data.json. */
export type BackupKind = "auto" | "before-migration" | "unreadable" | "newer-version";

const NAME = /^(auto|before-migration|unreadable|newer-version)-(\d{8}-\d{6})(?:-(\d+))?\.json$/;

export function backupName(kind: BackupKind, now: number, existing: Iterable<string> = []): string {
	const base = `${kind}-${compactStamp(now)}`;
	const taken = new Set(existing);
	let name = `${base}.json`;
	for (let i = 2; taken.has(name); i++) name = `${base}-${i}.json`;
	return name;
}

export interface ParsedBackup {
	name: string;
	kind: BackupKind;
	time: number;
}

export function parseBackupName(name: string): ParsedBackup | null {
	const m = NAME.exec(name);
	if (!m) return null;
	const time = parseCompactStamp(m[2]);
	return Number.isFinite(time) ? { name, kind: m[1] as BackupKind, time } : null;
}

export interface ThinRules {
	/** Newest regular backups always kept. */
	recent: number;
	/** One per calendar day for this many days. */
	days: number;
	/** One per week for this many weeks. */
	weeks: number;
}

export const DEFAULT_THIN: ThinRules = { recent: 5, days: 7, weeks: 4 };

/**
 * Which regular backups to delete. Copies made before a migration or of an unreadable file are
 * never thinned: they are rare and may be all that is left of something.
 */
export function thinBackups(existing: string[], now: number, rules: ThinRules = DEFAULT_THIN): string[] {
	const autos = existing
		.map(parseBackupName)
		.filter((b): b is ParsedBackup => b !== null && b.kind === "auto")
		.sort((a, b) => b.time - a.time);
	const keep = new Set<string>();
	autos.slice(0, rules.recent).forEach((b) => keep.add(b.name));
	const days = new Set<number>();
	const weeks = new Set<number>();
	// Oldest first: the one kept in a day or week is its oldest, so backups age through the
	// buckets instead of each bucket always holding only the newest arrival.
	for (const b of autos.slice().reverse()) {
		const age = differenceInCalendarDays(now, b.time);
		if (age < rules.days && !days.has(age)) {
			days.add(age);
			keep.add(b.name);
		}
		const week = Math.floor(age / 7);
		if (week < rules.weeks && !weeks.has(week)) {
			weeks.add(week);
			keep.add(b.name);
		}
	}
	return autos.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
