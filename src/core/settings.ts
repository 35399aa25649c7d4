// Settings defaults and the migration of whatever data.json holds into a valid Settings object.
// Never mutates DEFAULT_SETTINGS: every call builds fresh arrays and objects.
import { getDate, getMonth, getYear } from "date-fns";
import { DEFAULT_LABELS } from "./labels";
import { STAR_KEYS, type LabelWords, type Settings, type UiLanguage } from "./types";
import { cleanHubName } from "./prep-set";
import { vaultFolder } from "./folder-path";
import { migrateNotQuestions } from "./not-questions";

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	hubs: [],
	depth: 1,
	extraFolders: [],
	extraTags: [],
	excludedFolders: [],
	promptHeadings: true,
	labels: DEFAULT_LABELS,
	language: "auto",
	newPerDay: 20,
	maxReviewsPerDay: 9999,
	desiredRetention: 0.9,
	interviewDate: "",
	targetSeconds: 120,
	charsPerMinuteZh: 240,
	wordsPerMinuteEn: 150,
	starKeepOriginal: true,
	mockQuestions: 5,
	mockFolder: "Interview practice",
	mockLogFolders: [],
	recordAnswers: "onDemand",
	recordingFolder: "Interview practice/recordings",
	recordingsPerQuestion: 3,
	notQuestions: [],
});

const LABEL_KEYS: readonly (keyof LabelWords)[] = ["hint", "answer", "context", ...STAR_KEYS];

function copyLabels(labels: LabelWords): LabelWords {
	const out = {} as LabelWords;
	for (const key of LABEL_KEYS) out[key] = [...labels[key]];
	return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, clean: (s: string) => string = (s) => s.trim()): string[] | null {
	if (typeof value === "string") value = value.split(/[\n,，]/);
	if (!Array.isArray(value)) return null;
	const out: string[] = [];
	for (const item of value) {
		if (typeof item !== "string") continue;
		const s = clean(item);
		if (s && !out.includes(s)) out.push(s);
	}
	return out;
}

/** Folder lists: normalized, without the root and without any folder that leaves the vault. */
function folderList(value: unknown): string[] {
	return (stringList(value, (s) => vaultFolder(s) ?? "") ?? []).filter((f) => f !== "");
}

/** The bounds migrateSettings holds each number to; the settings tab's fields offer and check the same. */
export const NUMBER_LIMITS = {
	depth: { min: 0, max: 5 },
	newPerDay: { min: 0, max: 1000 },
	maxReviewsPerDay: { min: 0, max: 9999 },
	desiredRetention: { min: 0.7, max: 0.99 },
	targetSeconds: { min: 10, max: 3600 },
	charsPerMinuteZh: { min: 30, max: 1000 },
	wordsPerMinuteEn: { min: 30, max: 500 },
	mockQuestions: { min: 1, max: 50 },
	recordingsPerQuestion: { min: 1, max: 100 },
} as const satisfies Partial<Record<keyof Settings, { min: number; max: number }>>;

export type LimitedNumber = keyof typeof NUMBER_LIMITS;

function number(value: unknown, fallback: number, { min, max }: { min: number; max: number }, integer = false): number {
	const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
	if (typeof n !== "number" || !Number.isFinite(n)) return fallback;
	const v = integer ? Math.round(n) : n;
	return Math.min(max, Math.max(min, v));
}

function isIsoDate(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const month = Number(m[2]);
	const day = Number(m[3]);
	const daysIn = [31, Number(m[1]) % 4 === 0 && (Number(m[1]) % 100 !== 0 || Number(m[1]) % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	return month >= 1 && month <= 12 && day >= 1 && day <= daysIn[month - 1];
}

function labels(value: unknown): LabelWords {
	const out = copyLabels(DEFAULT_LABELS);
	if (!isRecord(value)) return out;
	for (const key of LABEL_KEYS) {
		const words = stringList(value[key]);
		// An emptied list would silently stop recognising that part: keep the defaults then.
		if (words && words.length > 0) out[key] = words;
	}
	return out;
}

/** Any stored value (older versions, hand edits, garbage) → complete, valid settings. */
export function migrateSettings(raw: unknown): Settings {
	const d = DEFAULT_SETTINGS;
	const r = isRecord(raw) ? raw : {};
	// Early versions stored one hub as `hub`.
	const hubs = stringList(r.hubs, cleanHubName) ?? stringList(typeof r.hub === "string" ? [r.hub] : null, cleanHubName) ?? [];
	const language: UiLanguage = r.language === "zh" || r.language === "en" ? r.language : "auto";
	const date = typeof r.interviewDate === "string" ? r.interviewDate.trim() : "";
	return {
		hubs,
		depth: number(r.depth, d.depth, NUMBER_LIMITS.depth, true),
		extraFolders: folderList(r.extraFolders),
		extraTags: stringList(r.extraTags, (s) => s.trim().replace(/^#/, "")) ?? [],
		excludedFolders: folderList(r.excludedFolders),
		promptHeadings: typeof r.promptHeadings === "boolean" ? r.promptHeadings : d.promptHeadings,
		labels: labels(r.labels),
		language,
		newPerDay: number(r.newPerDay, d.newPerDay, NUMBER_LIMITS.newPerDay, true),
		maxReviewsPerDay: number(r.maxReviewsPerDay, d.maxReviewsPerDay, NUMBER_LIMITS.maxReviewsPerDay, true),
		desiredRetention: number(r.desiredRetention, d.desiredRetention, NUMBER_LIMITS.desiredRetention),
		interviewDate: isIsoDate(date) ? date : "",
		targetSeconds: number(r.targetSeconds, d.targetSeconds, NUMBER_LIMITS.targetSeconds, true),
		charsPerMinuteZh: number(r.charsPerMinuteZh, d.charsPerMinuteZh, NUMBER_LIMITS.charsPerMinuteZh, true),
		wordsPerMinuteEn: number(r.wordsPerMinuteEn, d.wordsPerMinuteEn, NUMBER_LIMITS.wordsPerMinuteEn, true),
		starKeepOriginal: typeof r.starKeepOriginal === "boolean" ? r.starKeepOriginal : d.starKeepOriginal,
		mockQuestions: number(r.mockQuestions, d.mockQuestions, NUMBER_LIMITS.mockQuestions, true),
		// A folder outside the vault or the root (logs mixed with notes) falls back to the default.
		mockFolder: (typeof r.mockFolder === "string" ? vaultFolder(r.mockFolder) : null) || d.mockFolder,
		mockLogFolders: folderList(r.mockLogFolders),
		recordAnswers: r.recordAnswers === "off" || r.recordAnswers === "auto" || r.recordAnswers === "onDemand" ? r.recordAnswers : d.recordAnswers,
		// Like the mock folder: never outside the vault, never the root.
		recordingFolder: (typeof r.recordingFolder === "string" ? vaultFolder(r.recordingFolder) : null) || d.recordingFolder,
		recordingsPerQuestion: number(r.recordingsPerQuestion, d.recordingsPerQuestion, NUMBER_LIMITS.recordingsPerQuestion, true),
		notQuestions: migrateNotQuestions(r.notQuestions),
	};
}

/** The calendar day of `now` in local time, as yyyy-MM-dd (the interview date field's format). */
export function localIsoDate(now: number): string {
	const pad = (n: number) => String(n).padStart(2, "0");
	return `${getYear(now)}-${pad(getMonth(now) + 1)}-${pad(getDate(now))}`;
}

/** An interview date before today has passed (today has not: the interview may be this afternoon). */
export function dateHasPassed(iso: string, now: number): boolean {
	return iso !== "" && iso < localIsoDate(now);
}
