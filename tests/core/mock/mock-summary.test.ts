import { describe, expect, it } from "vitest";
import { mockLogMarkdown, type LogNoteItem } from "../../../src/core/mock/log-note";
import { mockSummaryLine, ranOutOfTime, summarizeRun } from "../../../src/core/mock/mock-summary";
import { createMockTimer, finishAnswer, nextQuestion, rateAnswer, startRun, tick } from "../../../src/core/mock/mock-timer";
import type { MockRunItem } from "../../../src/core/types";

const T0 = Date.UTC(2025, 2, 1, 6, 5, 0);

function item(over: Partial<MockRunItem>): MockRunItem {
	return { qid: "q", text: "q", secs: 0, targetSecs: 120, rating: null, remark: "", unanswered: false, ...over };
}

describe("mock summary", () => {
	it("counts an answer that ran out the clock: the timer caps its seconds at the target", () => {
		// Drive the real timer: the first answer runs out, the second is done early.
		let s = startRun(createMockTimer(2, 120), T0);
		s = tick(s, T0 + 130_000);
		expect(s.answers[0]).toMatchObject({ secs: 120, timedOut: true });
		s = nextQuestion(rateAnswer(s, 3), T0 + 150_000);
		s = nextQuestion(rateAnswer(finishAnswer(s, T0 + 158_000), 2), T0 + 167_000);
		const items = s.answers.map((a) => item({ secs: a.secs, rating: a.rating }));
		expect(items.map(ranOutOfTime)).toEqual([true, false]);
		const sum = summarizeRun({ startedAt: T0, endedAt: s.endedAt ?? 0, items });
		expect(sum).toMatchObject({ total: 2, answered: 2, timedOut: 1, spokenSecs: 128, durationSecs: 167 });
	});

	it("says spoken time and the run's whole duration apart, with the same words in the view line and the log note", () => {
		const items: LogNoteItem[] = [
			{ ...item({ secs: 120, rating: 1, text: "A" }), path: "a.md", line: 1, heading: null },
			{ ...item({ secs: 8, rating: 3, text: "B" }), path: "a.md", line: 5, heading: null },
		];
		const run = { startedAt: T0, endedAt: T0 + 167_000, items };
		const en = mockSummaryLine("en", summarizeRun(run));
		expect(en).toBe("Spoke on 2 of 2 · 2:08 speaking · took 2:47 · 1 ran out of time");
		expect(mockLogMarkdown({ lang: "en", ...run })).toContain(`- Summary: ${en}\n`);
		const zh = mockSummaryLine("zh", summarizeRun(run));
		expect(zh).toContain("2:08");
		expect(zh).toContain("2:47");
		expect(mockLogMarkdown({ lang: "zh", ...run })).toContain(`- 小结：${zh}\n`);
	});
});
