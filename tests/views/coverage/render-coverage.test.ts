// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import "obsidian"; // installs the DOM helpers (createEl …)
import { renderCoverage, type CoverageHandlers } from "../../../src/views/coverage/render-coverage";
import { buildCoverageModel, type CoverageModel } from "../../../src/views/coverage/coverage-model";
import type { CoverageCounts } from "../../../src/core/coverage";
import { HUB, makeCoverageServices, T0, type CoverageTestServices } from "./coverage-services";

const DAY = 86_400_000;

function handlersFor(s: CoverageTestServices): CoverageHandlers {
	return {
		openAt: (p, line) => void s.openAt(p, line),
		openQuiz: (f) => void s.openQuiz(f),
		useHub: (name) => void s.updateSettings({ hubs: [name] }),
	};
}

function draw(s: CoverageTestServices, el?: HTMLElement): { el: HTMLElement; model: CoverageModel } {
	const root = el ?? document.body.createDiv();
	const model = buildCoverageModel(s);
	renderCoverage(root, model, handlersFor(s));
	return { el: root, model };
}

/** The numbers a row shows, by stat name. */
function rowNumbers(row: Element): Record<string, string> {
	const out: Record<string, string> = {};
	for (const chip of row.querySelectorAll<HTMLElement>(":scope > .ip-cov-stats > .ip-cov-stat")) {
		out[chip.dataset.stat ?? "?"] = chip.querySelector(".ip-cov-stat-value")?.textContent ?? chip.textContent ?? "";
	}
	return out;
}

function expected(c: CoverageCounts): Record<string, string> {
	return {
		questions: String(c.questions),
		withAnswer: String(c.withAnswer),
		hintsOnly: String(c.hintsOnly),
		unanswered: String(c.unanswered),
		starComplete: String(c.starComplete),
		practised: String(c.practised),
		due: String(c.due),
		learned: String(c.learned),
	};
}

function noteEl(el: HTMLElement, path: string): HTMLDetailsElement {
	const found = [...el.querySelectorAll<HTMLDetailsElement>("details.ip-cov-note")].find((d) => d.dataset.path === path);
	if (!found) throw new Error(`no note row for ${path}`);
	return found;
}

function topicRow(el: HTMLElement, path: string, topic: string): HTMLElement {
	const row = [...noteEl(el, path).querySelectorAll<HTMLElement>(".ip-cov-topic")].find((r) => r.dataset.topic === topic);
	if (!row) throw new Error(`no topic row ${topic}`);
	return row;
}

describe("coverage view rendering", () => {
	beforeEach(() => document.body.empty());

	it("shows every hub, note and topic row with all its numbers", () => {
		const s = makeCoverageServices();
		// Practise two questions: one remembered, one forgotten, so practised/due/learned are not all zero.
		const [first, second] = s.getIndex().questions.filter((q) => q.variantOf === null);
		s.reviews.grade(first.id, 3, 80, T0 - 3 * DAY);
		s.reviews.grade(second.id, 1, 150, T0 - 2 * DAY);
		const { el, model } = draw(s);
		const hubs = el.querySelectorAll("details.ip-cov-hub");
		expect(hubs.length).toBe(model.report.hubs.length);
		for (const hub of model.report.hubs) {
			const hubRow = el.querySelector(`details.ip-cov-hub > summary`) as HTMLElement;
			expect(hubRow.querySelector(".ip-cov-name")?.textContent).toBe(HUB);
			expect(rowNumbers(hubRow)).toMatchObject(expected(hub));
			for (const note of hub.notes) {
				const n = noteEl(el, note.path);
				expect(rowNumbers(n.querySelector(":scope > summary") as Element)).toMatchObject(expected(note));
				const rows = n.querySelectorAll(".ip-cov-topic");
				expect(rows.length).toBe(note.topics.length);
				note.topics.forEach((topic, i) => expect(rowNumbers(rows[i])).toMatchObject(expected(topic)));
			}
		}
		// Spot checks a person would read off the seed notes.
		const hubNumbers = rowNumbers(el.querySelector("details.ip-cov-hub > summary") as Element);
		expect(Number(hubNumbers.practised)).toBe(2);
		expect(Number(hubNumbers.withAnswer) + Number(hubNumbers.hintsOnly) + Number(hubNumbers.unanswered)).toBe(
			Number(hubNumbers.questions),
		);
		expect(el.querySelector(".ip-cov-last")?.textContent).toBe("Last practised 2 days ago");
		const bar = el.querySelector("details.ip-cov-hub > summary progress.ip-cov-bar-answered") as HTMLProgressElement;
		expect([bar.value, bar.max]).toEqual([model.report.hubs[0].withAnswer, model.report.hubs[0].questions]);
	});

	it("lists the gaps by topic; clicking one opens the note at its line", () => {
		const s = makeCoverageServices();
		const { el, model } = draw(s);
		const gaps = [...el.querySelectorAll<HTMLElement>(".ip-cov-gap .ip-cov-question")];
		expect(gaps.length).toBe(model.report.gaps.reduce((n, g) => n + g.items.length, 0));
		expect(gaps.length).toBeGreaterThan(0);
		expect(el.querySelector(".ip-cov-gaps > summary")?.textContent).toBe(`Gaps (${gaps.length}): questions with no model answer yet`);
		// A question with a hint only is a gap too, and says so.
		const metaOf = (text: string) => gaps.find((g) => g.textContent === text)?.parentElement?.querySelector(".ip-cov-meta")?.textContent;
		expect(metaOf("你在之前的项目中是如何推动项目进展的？")).toBe("角度回答 · hint only");
		expect(metaOf("如何将客户反馈转化为产品优化建议？")).toBe("面试-面试官角度准备 · nothing written");
		const target = gaps.find((g) => g.textContent === "如何将客户反馈转化为产品优化建议？");
		expect(target).toBeDefined();
		target?.click();
		const q = s.getIndex().questions.find((x) => x.text === "如何将客户反馈转化为产品优化建议？");
		expect(s.opened).toEqual([{ path: q?.path, line: q?.line }]);
		// Keyboard too.
		gaps[0].dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(s.opened).toHaveLength(2);
	});

	it("clicking a topic starts the quiz filtered to it", () => {
		const s = makeCoverageServices();
		const { el } = draw(s);
		topicRow(el, "面试-面试官角度准备.md", "客户服务与沟通能力").click();
		expect(s.quizzes).toEqual([{ path: "面试-面试官角度准备.md", topic: "客户服务与沟通能力" }]);
	});

	it("shows weak spots from what the person struggled with: Again on any card, the last mock, far over the target, lowest recall", () => {
		const s = makeCoverageServices({ settings: { targetSeconds: 90 } });
		const qs = s.getIndex().questions.filter((q) => q.variantOf === null);
		const forgotten = qs[0];
		s.reviews.grade(forgotten.id, 3, 60, T0 - 30 * DAY);
		s.reviews.grade(forgotten.id, 3, 60, T0 - 25 * DAY);
		s.reviews.grade(forgotten.id, 1, 60, T0 - 10 * DAY);
		const fresh = qs[2];
		s.reviews.grade(fresh.id, 1, 40, T0 - 2 * DAY); // Again on a new card: no lapse, still a struggle
		const long = qs[1];
		s.reviews.grade(long.id, 3, 140, T0 - DAY);
		const timedOut = qs[3];
		s.reviews.addMockRun({
			id: "m1",
			startedAt: T0 - DAY,
			endedAt: T0 - DAY + 300_000,
			items: [{ qid: timedOut.id, text: timedOut.text, secs: 90, targetSecs: 90, rating: 2, remark: "", unanswered: false }],
		});
		const { el } = draw(s);
		const items = (key: string) => [...el.querySelectorAll(`.ip-cov-weak-${key} li`)].map((li) => li.textContent);
		expect(items("again")).toEqual([`${forgotten.text}Again 1×`, `${fresh.text}Again 1×`]);
		expect(items("mock")).toEqual([`${timedOut.text}rated Hard, ran out of time`]);
		expect(el.querySelector(".ip-cov-weak-overTime .ip-cov-weak-title")?.textContent).toBe("Far over the 1:30 speaking target");
		expect(items("overTime")).toEqual([`${long.text}spoke 2:20 / 1:30`]);
		expect(items("retrievability").length).toBeGreaterThan(0);
	});

	it("says there is nothing to work on once practised without struggle, and asks to practise before", () => {
		const s = makeCoverageServices();
		expect(draw(s).el.querySelector(".ip-cov-weak-none")?.textContent).toBe("No weak spots yet: practise a few questions first.");
		const q = s.getIndex().questions.filter((x) => x.variantOf === null)[0];
		s.reviews.grade(q.id, 4, 30, T0 - 60_000);
		document.body.empty();
		expect(draw(s).el.querySelector(".ip-cov-weak-none")?.textContent).toBe(
			"Nothing you struggled with: no Again, no low mock rating or timeout, no answer far over time.",
		);
	});

	it("names the two bars in a legend and says what learned means, in both languages", () => {
		const s = makeCoverageServices();
		const legend = (el: HTMLElement) => [...el.querySelectorAll(".ip-cov-legend-item")].map((i) => [i.querySelector(".ip-cov-swatch")?.className, i.textContent]);
		const { el, model } = draw(s);
		expect(legend(el)).toEqual([
			["ip-cov-swatch ip-cov-swatch-answered", "with a model answer"],
			["ip-cov-swatch ip-cov-swatch-learned", "learned"],
		]);
		expect(el.querySelector(".ip-cov-explain")?.textContent).toMatch(/^Learned: recalled at its last review and not due again yet/);
		const bar = el.querySelector("details.ip-cov-hub > summary progress.ip-cov-bar-learned") as HTMLProgressElement;
		expect(bar.title).toBe(`learned: 0 / ${model.report.hubs[0].questions}`);
		document.body.empty();
		const zh = draw(makeCoverageServices({ lang: "zh" })).el;
		expect(legend(zh).map((x) => x[1])).toEqual(["有示范回答", "已掌握"]);
		expect(zh.querySelector(".ip-cov-explain")?.textContent).toMatch(/^已掌握：/);
	});

	it("shows the interview countdown and the mock interview runs with the last one", () => {
		const s = makeCoverageServices({ settings: { interviewDate: "2025-05-04" }, lang: "zh" });
		const q = s.getIndex().questions[0];
		s.reviews.addMockRun({ id: "m1", startedAt: T0 - 5 * DAY, endedAt: T0 - 5 * DAY + 600_000, items: [] });
		s.reviews.addMockRun({
			id: "m2",
			startedAt: T0 - 3 * DAY,
			endedAt: T0 - 3 * DAY + 600_000,
			items: [{ qid: q.id, text: q.text, secs: 60, targetSecs: 120, rating: 3, remark: "", unanswered: false }],
			notePath: "Interview practice/模拟面试 2025-04-28 10.00.md",
		});
		const { el } = draw(s);
		expect(el.querySelector(".ip-cov-countdown")?.textContent).toBe("距离面试还有 3 天");
		expect(el.querySelector(".ip-cov-mock")?.textContent).toContain("模拟面试：2 次");
		expect(el.querySelector(".ip-cov-mock-last")?.textContent).toContain("3 天前");
		(el.querySelector(".ip-cov-mock-log") as HTMLElement).click();
		expect(s.opened).toEqual([{ path: "Interview practice/模拟面试 2025-04-28 10.00.md", line: 1 }]);
	});

	it("an empty vault says there are no questions and how to write them", () => {
		const s = makeCoverageServices({ notes: [] });
		const { el } = draw(s);
		expect(el.querySelector(".ip-cov-empty-title")?.textContent).toBe("No questions found.");
		expect(el.querySelector(".ip-cov-empty-more")?.textContent).toContain("headings, bold lines or list items");
		expect(el.querySelector(".ip-cov-tree")).toBeNull();
		expect(el.querySelector(".ip-cov-mock")?.textContent).toBe("No mock interviews yet");
	});

	it("with no hub set, explains what a hub is and offers likely notes", () => {
		const s = makeCoverageServices({ settings: { hubs: [] }, suggestions: [`${HUB}.md`, "面试回答/角度回答.md"] });
		const { el } = draw(s);
		expect(el.querySelector(".ip-cov-nohub-title")?.textContent).toBe("No hub note set yet.");
		expect(el.querySelector(".ip-cov-nohub-more")?.textContent).toContain("collect interview questions");
		const buttons = [...el.querySelectorAll<HTMLButtonElement>(".ip-cov-suggestion")];
		expect(buttons.map((b) => b.textContent)).toEqual([`Use ${HUB} as hub`, "Use 角度回答 as hub"]);
		buttons[0].click();
		expect(s.settingsPatches).toEqual([{ hubs: [`${HUB}.md`] }]);
	});

	it("with no hub and no likely note, says how to make one", () => {
		const s = makeCoverageServices({ settings: { hubs: [] }, notes: [] });
		const { el } = draw(s);
		expect(el.querySelector(".ip-cov-nohub-more")?.textContent).toContain("set it as the hub");
		expect(el.querySelectorAll(".ip-cov-suggestion").length).toBe(0);
	});

	it("a live update patches the rows in place: open groups stay open, numbers change", () => {
		const s = makeCoverageServices();
		const { el } = draw(s);
		const note = noteEl(el, "面试回答/STAR故事.md");
		expect(note.open).toBe(false);
		note.open = true;
		const hub = el.querySelector("details.ip-cov-hub") as HTMLDetailsElement;
		hub.open = false;
		const row = note.querySelector(":scope > summary") as HTMLElement;
		const before = rowNumbers(row);

		// A card is graded.
		const q = s.getIndex().questions.find((x) => x.path === "面试回答/STAR故事.md" && x.variantOf === null);
		s.reviews.grade(q?.id ?? "", 3, 60, T0);
		draw(s, el);
		const after = noteEl(el, "面试回答/STAR故事.md");
		expect(after).toBe(note);
		expect(after.open).toBe(true);
		expect(el.querySelector("details.ip-cov-hub")).toBe(hub);
		expect(hub.open).toBe(false);
		expect(Number(rowNumbers(row).practised)).toBe(Number(before.practised) + 1);

		// A note changes: its new gap appears, the rest stays where it was.
		const notes = s.notes.map((n) =>
			n.path === "面试回答/STAR故事.md" ? { ...n, text: `${n.text}\n\n## 你最大的缺点是什么？\n` } : n,
		);
		s.setNotes(notes);
		draw(s, el);
		expect(noteEl(el, "面试回答/STAR故事.md")).toBe(note);
		expect(note.open).toBe(true);
		expect([...el.querySelectorAll(".ip-cov-gap .ip-cov-question")].map((a) => a.textContent)).toContain("你最大的缺点是什么？");
	});

	it("says when the index is still being built", () => {
		const s = makeCoverageServices();
		s.setStatus({ state: "building", done: 2, total: 5 });
		const { el } = draw(s);
		expect(el.querySelector(".ip-cov-status")?.textContent).toBe("Indexing 2/5 notes…");
		s.setStatus({ state: "ready" });
		draw(s, el);
		expect(el.querySelector(".ip-cov-status")).toBeNull();
	});
});
