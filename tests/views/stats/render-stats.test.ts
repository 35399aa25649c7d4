// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import "obsidian"; // installs the DOM helpers (createEl, createSvg …)
import { renderStats } from "../../../src/views/stats/render-stats";
import { buildStatsModel } from "../../../src/views/stats/stats-model";
import { makeCoverageServices, T0, type CoverageTestServices } from "../coverage/coverage-services";

const DAY = 86_400_000;
const SVG = "http://www.w3.org/2000/svg";

function practised(lang: "zh" | "en" = "en"): { s: CoverageTestServices; ids: string[] } {
	const s = makeCoverageServices({ lang, settings: { interviewDate: "2025-05-08" } });
	const [a, b] = s.getIndex().questions.filter((q) => q.variantOf === null);
	s.reviews.grade(a.id, 3, 80, T0 - 10 * DAY);
	s.reviews.grade(b.id, 3, 60, T0 - 10 * DAY + 60_000);
	s.reviews.grade(a.id, 3, 70, T0 - 3 * DAY);
	s.reviews.grade(b.id, 1, 150, T0 - 3 * DAY + 60_000, { mock: "m1" });
	return { s, ids: [a.id, b.id] };
}

function draw(s: CoverageTestServices): HTMLElement {
	const root = document.body.createDiv();
	renderStats(root, buildStatsModel(s), { reviewsOf: (qid) => s.reviews.reviewsOf(qid), openAt: (p, l) => void s.openAt(p, l) });
	return root;
}

describe("statistics view rendering", () => {
	beforeEach(() => document.body.empty());

	it("draws reviews per day as an SVG heatmap of 13 weeks, the busiest days darkest, with a summary", () => {
		const root = draw(practised().s);
		const svg = root.querySelector(".ip-stats-reviews svg");
		expect(svg?.namespaceURI).toBe(SVG);
		expect(svg?.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
		const cells = [...root.querySelectorAll(".ip-stats-cell")];
		expect(cells).toHaveLength(91);
		const tips = cells.map((c) => c.querySelector("title")?.textContent);
		expect(tips).toContain("2025-04-21: 2 reviews");
		expect(tips.at(-1)).toBe("2025-05-01: 0 reviews");
		expect(cells.filter((c) => c.classList.contains("is-l4"))).toHaveLength(2);
		expect(root.querySelector(".ip-stats-reviews .ip-stats-summary")?.textContent).toBe("4 reviews on 2 of 91 days");
	});

	it("draws time spoken per day, true retention against the desired one, and due cards per day to the interview", () => {
		const root = draw(practised().s);
		expect(root.querySelectorAll(".ip-stats-spoken .ip-stats-slot")).toHaveLength(30);
		expect(root.querySelectorAll(".ip-stats-spoken .ip-stats-bar")).toHaveLength(2);
		expect(root.querySelector(".ip-stats-spoken .ip-stats-summary")?.textContent).toBe("6:00 spoken in all; most on 2025-04-28 (3:40)");
		// Two reviews after an interval: one recalled, one Again.
		expect(root.querySelector(".ip-stats-retention .ip-stats-summary")?.textContent).toBe(
			"50% of 2 reviews after an interval recalled (not Again) · desired 90%",
		);
		expect(root.querySelector(".ip-stats-gauge-value")?.classList.contains("is-below")).toBe(true);
		// Interview on 2025-05-08: today and seven more days.
		expect(root.querySelector(".ip-stats-forecast .ip-stats-title")?.textContent).toBe("Due per day until the interview (8 days)");
		expect(root.querySelectorAll(".ip-stats-forecast .ip-stats-slot")).toHaveLength(8);
		expect(root.querySelector(".ip-stats-forecast .ip-stats-summary")?.textContent).toMatch(/^2 due in all/);
	});

	it("lists practised questions; a question's history is read only when it is opened", () => {
		const { s, ids } = practised();
		let reads = 0;
		const root = document.body.createDiv();
		renderStats(root, buildStatsModel(s), {
			reviewsOf: (qid) => {
				reads++;
				return s.reviews.reviewsOf(qid);
			},
			openAt: (p, l) => void s.openAt(p, l),
		});
		const items = [...root.querySelectorAll<HTMLDetailsElement>(".ip-stats-question")];
		expect(items.map((d) => d.dataset.qid)).toEqual([ids[1], ids[0]]); // most recent first
		expect(reads).toBe(0);
		items[0].open = true;
		items[0].dispatchEvent(new Event("toggle"));
		expect(reads).toBe(1);
		const rows = [...items[0].querySelectorAll("tr")].map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent));
		expect(rows).toEqual([
			["2025-04-28", "Again", "2:30", "mock", ""],
			["2025-04-21", "Good", "1:00", "quiz", ""],
		]);
		(items[0].querySelector(".ip-stats-open") as HTMLElement).click();
		expect(s.opened).toHaveLength(1);
	});

	it("shows the speech measured in recordings, and each recorded grading's speaking time", () => {
		const { s, ids } = practised();
		const recording = { path: "Interview practice/recordings/a 2025-05-01 10-00-00 q.webm", lengthSecs: 95, spokenSecs: 81.4, longestSilenceSecs: 3, longPauses: 1 };
		s.reviews.grade(ids[0], 3, 95, T0 - 60_000, { recording });
		const root = draw(s);
		expect(root.querySelector(".ip-stats-measured")?.textContent).toBe("1:21 of speech measured in 1 recording");
		const item = root.querySelector<HTMLDetailsElement>(`.ip-stats-question[data-qid="${ids[0]}"]`) as HTMLDetailsElement;
		item.open = true;
		item.dispatchEvent(new Event("toggle"));
		const cell = item.querySelector(".ip-stats-recording");
		expect(cell?.textContent).toBe("Recording 1:21");
		expect(cell?.getAttribute("title")).toBe(recording.path);
		expect(draw(practised().s).querySelector(".ip-stats-measured")).toBeNull();
	});

	it("speaks Chinese, and says what to do before any practice", () => {
		const root = draw(practised("zh").s);
		expect(root.querySelector(".ip-stats-heading")?.textContent).toBe("练习统计");
		expect(root.querySelector(".ip-stats-retention .ip-stats-summary")?.textContent).toContain("期望 90%");
		document.body.empty();
		const empty = draw(makeCoverageServices());
		expect(empty.querySelector(".ip-stats-empty")?.textContent).toBe("No reviews yet: practise a few questions in the quiz, then come back.");
		expect(empty.querySelector(".ip-stats-history .ip-stats-summary")?.textContent).toBe("No question practised yet.");
		expect(empty.querySelector(".ip-stats-spoken .ip-stats-summary")?.textContent).toBe("No time spoken in these days yet.");
		expect(empty.querySelector(".ip-stats-forecast .ip-stats-summary")?.textContent).toBe("Nothing comes due in these days.");
	});
});
