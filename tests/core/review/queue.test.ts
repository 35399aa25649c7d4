import { describe, expect, it } from "vitest";
import { buildQueue, shuffle } from "../../../src/core/review/queue";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState, Question } from "../../../src/core/types";
import { at, DAY, HOUR, MIN, question } from "./helpers";

const NOW = at("2025-03-10T09:00:00");
const s = createScheduler(0.9);

/** A card reviewed once (Easy) and due at `due`. */
function cardDue(qid: string, due: number): CardState {
	const c = s.next(null, qid, due - 4 * DAY, 4, 0);
	return { ...c, due };
}

const qs: Question[] = Array.from({ length: 8 }, (_, i) =>
	question(`问题${i + 1}：第${"一二三四五六七八"[i]}个关于工作经历的问题是什么？`, { line: i * 5 + 1, topic: [i < 4 ? "客户服务" : "项目管理"] }),
);
const base = { questions: qs, now: NOW, mode: "due" as const, newPerDay: 2, newIntroducedToday: 0, seed: 1 };

describe("buildQueue: due", () => {
	it("due cards come first, most overdue first, then new ones up to the daily limit", () => {
		const cards = new Map([
			[qs[0].id, cardDue(qs[0].id, NOW - HOUR)],
			[qs[1].id, cardDue(qs[1].id, NOW - 3 * DAY)],
			[qs[2].id, cardDue(qs[2].id, NOW + 2 * DAY)],
		]);
		const q = buildQueue({ ...base, cards });
		expect(q.qids).toEqual([qs[1].id, qs[0].id, qs[3].id, qs[4].id]);
		expect(q.dueCount).toBe(2);
		expect(q.newCount).toBe(2);
		expect(q.notPractised).toBe(5);
		expect(q.nextDue).toBe(NOW + 2 * DAY);
		expect(q.daysToInterview).toBeNull();
	});

	it("new questions already introduced today count against the limit", () => {
		const q = buildQueue({ ...base, cards: new Map(), newIntroducedToday: 1 });
		expect(q.qids).toEqual([qs[0].id]);
		const none = buildQueue({ ...base, cards: new Map(), newIntroducedToday: 5 });
		expect(none.qids).toEqual([]);
		expect(none.notPractised).toBe(8);
	});

	it("nothing due and no new allowance: an empty queue that says when the next card is due", () => {
		const cards = new Map(qs.map((x, i) => [x.id, cardDue(x.id, NOW + (i + 1) * HOUR)]));
		const q = buildQueue({ ...base, cards });
		expect(q.qids).toEqual([]);
		expect(q.nextDue).toBe(NOW + HOUR);
		expect(q.notPractised).toBe(0);
	});

	it("a new session waits for cards whose learning step comes within 20 minutes (learn ahead, as Anki); review cards come when due", () => {
		const again = s.next(s.next(null, qs[0].id, NOW - 4 * DAY, 4, 0), qs[0].id, NOW - 30_000, 1, 0);
		expect(again.due - NOW).toBeLessThan(20 * MIN);
		const good = s.next(null, qs[2].id, NOW - 5 * MIN, 3, 0);
		expect(good.state).toBe(1);
		const cards = new Map([
			[qs[0].id, again],
			[qs[1].id, cardDue(qs[1].id, NOW + 5 * MIN)],
			[qs[2].id, good],
			[qs[3].id, cardDue(qs[3].id, NOW - HOUR)],
		]);
		const q = buildQueue({ ...base, cards, newPerDay: 0 });
		expect(q.qids).toEqual([qs[3].id]);
		// A new card's Good 5 minutes ago (10-minute step) and an Again (10-minute relearning step), soonest first.
		expect(q.learning).toEqual([
			{ qid: qs[2].id, due: NOW + 5 * MIN },
			{ qid: qs[0].id, due: again.due },
		]);
		expect(q.nextDue).toBe(Math.min(again.due, NOW + 5 * MIN));
		// Once due, the Again card is in the queue itself; "All" has every question already.
		expect(buildQueue({ ...base, cards, newPerDay: 0, now: again.due }).qids).toContain(qs[0].id);
		expect(buildQueue({ ...base, cards, mode: "all" }).learning).toEqual([]);
	});

	it("filters by note and by topic", () => {
		const other = question("Tell me about a time you failed", { path: "en.md", topic: ["Behavioural"] });
		const all = [...qs, other];
		expect(buildQueue({ ...base, questions: all, cards: new Map(), mode: "all", filter: { path: "en.md" } }).qids).toEqual([other.id]);
		const byTopic = buildQueue({ ...base, questions: all, cards: new Map(), mode: "all", filter: { topic: "项目管理" } });
		expect(new Set(byTopic.qids)).toEqual(new Set(qs.slice(4).map((x) => x.id)));
	});

	it("takes a topic path as the quiz and coverage views write it (\"A › B\"), and its subtopics", () => {
		const deep = question("如何推动跨部门协作？", { path: "prep.md", topic: ["三、项目管理", "跨部门沟通", "冲突"] });
		const side = question("如何排期？", { path: "prep.md", topic: ["三、项目管理", "排期"] });
		const all = [deep, side];
		const pick = (topic: string) => buildQueue({ ...base, questions: all, cards: new Map(), mode: "all", filter: { topic } }).qids;
		expect(pick("三、项目管理 › 跨部门沟通")).toEqual([deep.id]);
		expect(new Set(pick("三、项目管理"))).toEqual(new Set([deep.id, side.id]));
	});
});

describe("buildQueue: all and unanswered", () => {
	it("all: every question once, shuffled, the same order for the same seed", () => {
		const a = buildQueue({ ...base, cards: new Map(), mode: "all", seed: 42 });
		const b = buildQueue({ ...base, cards: new Map(), mode: "all", seed: 42 });
		const c = buildQueue({ ...base, cards: new Map(), mode: "all", seed: 7 });
		expect(a.qids).toEqual(b.qids);
		expect(new Set(a.qids)).toEqual(new Set(qs.map((x) => x.id)));
		expect(a.qids).toHaveLength(qs.length);
		expect(a.qids).not.toEqual(c.qids);
		expect(a.qids).not.toEqual(qs.map((x) => x.id));
	});

	it("unanswered: the questions nothing answers, in note order", () => {
		const mixed = qs.map((x, i) => (i % 3 === 0 ? { ...x, answered: false, covered: false } : x));
		const q = buildQueue({ ...base, questions: mixed, cards: new Map(), mode: "unanswered" });
		expect(q.qids).toEqual([mixed[0].id, mixed[3].id, mixed[6].id]);
	});
});

describe("shuffle", () => {
	it("is a permutation", () => {
		const xs = Array.from({ length: 50 }, (_, i) => i);
		expect(shuffle(xs, 3).sort((a, b) => a - b)).toEqual(xs);
	});
});
