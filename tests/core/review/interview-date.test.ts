import { describe, expect, it } from "vitest";
import { capDueForInterview, daysToInterview, newAllowance } from "../../../src/core/review/interview-date";
import { buildQueue } from "../../../src/core/review/queue";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState } from "../../../src/core/types";
import { at, DAY, question } from "./helpers";

const NOW = at("2025-03-10T09:00:00");
const INTERVIEW = at("2025-03-14T00:00:00"); // Friday; today is Monday

describe("interview date", () => {
	it("counts calendar days to the interview, none once it has passed", () => {
		expect(daysToInterview(NOW, INTERVIEW)).toBe(4);
		expect(daysToInterview(at("2025-03-13T23:30:00"), INTERVIEW)).toBe(1);
		expect(daysToInterview(at("2025-03-14T20:00:00"), INTERVIEW)).toBe(0);
		expect(daysToInterview(at("2025-03-15T08:00:00"), INTERVIEW)).toBeNull();
		expect(daysToInterview(NOW, null)).toBeNull();
	});

	it("raises the daily new limit so every unseen question is seen before the day", () => {
		expect(newAllowance({ newPerDay: 5, introducedToday: 0, unseen: 40, daysLeft: 4 })).toBe(10);
		// Already introduced some today: the rest of today's share, not a fresh share.
		expect(newAllowance({ newPerDay: 5, introducedToday: 10, unseen: 30, daysLeft: 4 })).toBe(0);
		expect(newAllowance({ newPerDay: 5, introducedToday: 0, unseen: 3, daysLeft: 4 })).toBe(3);
		expect(newAllowance({ newPerDay: 5, introducedToday: 0, unseen: 40, daysLeft: null })).toBe(5);
		// The interview is today: everything left.
		expect(newAllowance({ newPerDay: 5, introducedToday: 0, unseen: 40, daysLeft: 0 })).toBe(40);
	});

	it("a card due after the interview comes back the day before instead", () => {
		const dayBefore = at("2025-03-13T00:00:00");
		expect(capDueForInterview(at("2025-03-20T09:00:00"), NOW, INTERVIEW)).toBe(dayBefore);
		expect(capDueForInterview(at("2025-03-14T10:00:00"), NOW, INTERVIEW)).toBe(dayBefore);
		// Due before the interview: unchanged.
		expect(capDueForInterview(at("2025-03-12T10:00:00"), NOW, INTERVIEW)).toBe(at("2025-03-12T10:00:00"));
		// Already seen the day before: left alone.
		const seen = at("2025-03-13T10:00:00");
		expect(capDueForInterview(at("2025-03-25T10:00:00"), seen, INTERVIEW, seen)).toBe(at("2025-03-25T10:00:00"));
		// After the interview the rule no longer applies.
		expect(capDueForInterview(at("2025-03-25T10:00:00"), at("2025-03-15T10:00:00"), INTERVIEW)).toBe(at("2025-03-25T10:00:00"));
	});

	it("in the queue: a well-known card is due again the day before, and new questions are spread out", () => {
		const s = createScheduler(0.9);
		const known = question("你为什么离开上一家公司？");
		const card: CardState = { ...s.next(null, known.id, NOW - 2 * DAY, 4, 0), due: at("2025-04-01T09:00:00") };
		const fresh = Array.from({ length: 12 }, (_, i) => question(`第${i + 1}个新问题：如何处理第${i + 1}类客户投诉？`, { line: 10 + i }));
		const input = { questions: [known, ...fresh], cards: new Map([[known.id, card]]), mode: "due" as const, newPerDay: 1, newIntroducedToday: 0, interviewDate: INTERVIEW, seed: 1 };

		const monday = buildQueue({ ...input, now: NOW });
		expect(monday.qids).not.toContain(known.id);
		expect(monday.newCount).toBe(3); // 12 unseen over 4 days
		expect(monday.nextDue).toBe(at("2025-03-13T00:00:00"));
		expect(monday.daysToInterview).toBe(4);
		expect(monday.notPractised).toBe(12);

		const thursday = buildQueue({ ...input, now: at("2025-03-13T08:00:00") });
		expect(thursday.qids[0]).toBe(known.id);
		expect(thursday.daysToInterview).toBe(1);
		expect(thursday.newCount).toBe(12);
	});
});
