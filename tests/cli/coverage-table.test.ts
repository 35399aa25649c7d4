import { describe, expect, it } from "vitest";
import { formatCoverageTable } from "../../src/cli/coverage-table";
import type { CoverageCounts, CoverageReport, TopicCoverage } from "../../src/core/coverage";

const NOW = Date.UTC(2025, 2, 10);

function counts(questions: number): CoverageCounts {
	return { questions, withAnswer: questions, hintsOnly: 0, unanswered: 0, starComplete: 0, practised: 0, due: 0, learned: 0, lastPractised: null };
}

describe("formatCoverageTable on a huge vault", () => {
	it("prints 130,000 topic rows instead of overflowing the stack", () => {
		const n = 130_000;
		const topics: TopicCoverage[] = Array.from({ length: n }, (_, i) => ({ topic: [`topic ${i}`], ...counts(1) }));
		const report: CoverageReport = {
			now: NOW,
			targetSeconds: 120,
			hubs: [{ hub: null, ...counts(n), notes: [{ path: "big.md", ...counts(n), topics }] }],
			totals: counts(n),
			missingHubs: [],
			gaps: [],
			weak: { again: [], mock: [], retrievability: [], overTime: [] },
			mock: { runs: 0, last: null },
		};
		const lines = formatCoverageTable(report, "en").split("\n");
		expect(lines.find((l) => l.trimStart().startsWith("topic 129999 "))?.trim().split(/\s{2,}/)).toEqual(["topic 129999", "1", "1", "0", "0", "0", "0", "0", "0", "–"]);
		expect(lines.find((l) => l.startsWith("Total"))?.trim().split(/\s{2,}/)[1]).toBe(String(n));
	});
});
