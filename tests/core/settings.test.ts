import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, migrateSettings } from "../../src/core/settings";
import { DEFAULT_LABELS } from "../../src/core/labels";

describe("DEFAULT_SETTINGS", () => {
	it("has the documented defaults", () => {
		expect(DEFAULT_SETTINGS).toMatchObject({
			hubs: [],
			depth: 1,
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
		});
	});
});

describe("migrateSettings", () => {
	it("recording: on demand into Interview practice/recordings, 3 per question; bad values fall back", () => {
		expect(migrateSettings({})).toMatchObject({ recordAnswers: "onDemand", recordingFolder: "Interview practice/recordings", recordingsPerQuestion: 3 });
		expect(migrateSettings({ recordAnswers: "auto", recordingFolder: "/Audio/answers/", recordingsPerQuestion: "5" })).toMatchObject({
			recordAnswers: "auto",
			recordingFolder: "Audio/answers",
			recordingsPerQuestion: 5,
		});
		expect(migrateSettings({ recordAnswers: "always", recordingFolder: "../outside", recordingsPerQuestion: -2 })).toMatchObject({
			recordAnswers: "onDemand",
			recordingFolder: "Interview practice/recordings",
			recordingsPerQuestion: 1,
		});
		expect(migrateSettings({ recordingFolder: "/" }).recordingFolder).toBe("Interview practice/recordings");
	});

	it("gives the defaults for nothing or garbage", () => {
		for (const raw of [undefined, null, 42, "x", [], {}]) expect(migrateSettings(raw)).toEqual({ ...DEFAULT_SETTINGS });
	});

	it("never shares or mutates the defaults", () => {
		const a = migrateSettings({});
		a.hubs.push("x");
		a.labels.hint.push("mine");
		const b = migrateSettings({});
		expect(b.hubs).toEqual([]);
		expect(b.labels.hint).not.toContain("mine");
		expect(DEFAULT_SETTINGS.labels.hint).not.toContain("mine");
	});

	it("keeps valid values and cleans hub names", () => {
		const s = migrateSettings({
			hubs: [" [[面试-面试官角度准备]] ", "Behavioral", "Behavioral", "", 3],
			depth: 2,
			language: "zh",
			interviewDate: "2025-03-14",
			targetSeconds: 90,
			starKeepOriginal: false,
			mockFolder: "/Practice/",
		});
		expect(s.hubs).toEqual(["面试-面试官角度准备", "Behavioral"]);
		expect(s).toMatchObject({ depth: 2, language: "zh", interviewDate: "2025-03-14", targetSeconds: 90, starKeepOriginal: false, mockFolder: "Practice" });
	});

	it("reads the single hub older versions stored", () => {
		expect(migrateSettings({ hub: "面试" }).hubs).toEqual(["面试"]);
	});

	it("replaces out-of-range or mistyped values", () => {
		const s = migrateSettings({
			depth: -3,
			newPerDay: "lots",
			desiredRetention: 2,
			interviewDate: "2025-02-30",
			language: "fr",
			promptHeadings: "yes",
			mockQuestions: 1e9,
			maxReviewsPerDay: "none",
		});
		expect(migrateSettings({ maxReviewsPerDay: -5 }).maxReviewsPerDay).toBe(0);
		expect(migrateSettings({ maxReviewsPerDay: "150" }).maxReviewsPerDay).toBe(150);
		expect(s).toMatchObject({ maxReviewsPerDay: 9999, depth: 0, newPerDay: 20, desiredRetention: 0.99, interviewDate: "", language: "auto", promptHeadings: true, mockQuestions: 50 });
	});

	it("merges label lists, keeping the defaults for missing or emptied ones", () => {
		const s = migrateSettings({ labels: { hint: ["要点", " Tip "], answer: [], result: "结果, Outcome" } });
		expect(s.labels.hint).toEqual(["要点", "Tip"]);
		expect(s.labels.answer).toEqual(DEFAULT_LABELS.answer);
		expect(s.labels.result).toEqual(["结果", "Outcome"]);
		expect(s.labels.task).toEqual(DEFAULT_LABELS.task);
	});
});
