import { describe, expect, it } from "vitest";
import { deckOverview, suspendedQuestions, topicRowKey } from "../../src/core/deck-overview";
import { ReviewStore } from "../../src/core/review/review-store";
import type { PrepSet } from "../../src/core/prep-set";
import { at, DAY, indexOf, question } from "./review/helpers";

const NOW = at("2025-03-10T09:00:00");
const A = "a.md";
const B = "b.md";
const qs = [
	question("甲的第一个问题是什么？", { path: A, topic: ["一、沟通"] }),
	question("甲的第二个问题是什么？", { path: A, topic: ["一、沟通"] }),
	question("甲的第三个问题是什么？", { path: A, topic: ["二、项目"] }),
	question("乙的第一个问题是什么？", { path: B, topic: [] }),
	question("乙的第二个问题是什么？", { path: B, topic: [] }),
];
const index = indexOf(qs);
const prep: PrepSet = { paths: [A, B], hubPaths: [], missingHubs: [], hubOf: { [A]: "hub1", [B]: "hub2" }, distance: {} };

describe("deckOverview", () => {
	it("counts new and due per hub, note and topic; buried and suspended cards count as neither", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade(qs[0].id, 3, 10, NOW - 30 * DAY); // due now
		s.grade(qs[1].id, 4, 10, NOW - 3600_000); // not due for days
		s.grade(qs[3].id, 3, 10, NOW - 30 * DAY); // due, then buried
		s.control(qs[3].id, "bury", NOW);
		s.control(qs[4].id, "suspend", NOW); // new, suspended
		const deck = deckOverview({ index, prep, cards: s.cards(), hidden: s.hidden(NOW), now: NOW });
		expect(deck.total).toEqual({ fresh: 1, due: 1 });
		expect(deck.hubs.get("hub1")).toEqual({ fresh: 1, due: 1 });
		expect(deck.hubs.get("hub2")).toBeUndefined();
		expect(deck.notes.get(A)).toEqual({ fresh: 1, due: 1 });
		expect(deck.topics.get(topicRowKey(A, ["一、沟通"]))).toEqual({ fresh: 0, due: 1 });
		expect(deck.topics.get(topicRowKey(A, ["二、项目"]))).toEqual({ fresh: 1, due: 0 });
		// Tomorrow the buried card is due again.
		const tomorrow = NOW + DAY;
		const later = deckOverview({ index, prep, cards: s.cards(), hidden: s.hidden(tomorrow), now: tomorrow });
		expect(later.notes.get(B)).toEqual({ fresh: 0, due: 1 });
		expect(suspendedQuestions(index, s.controlState().suspended).map((q) => q.id)).toEqual([qs[4].id]);
	});

	it("the interview rule brings a card due on or after the interview day to the day before", () => {
		const s = new ReviewStore({ device: "a" });
		s.grade(qs[0].id, 4, 10, NOW - 2 * DAY);
		const due = s.card(qs[0].id)?.due ?? 0;
		expect(due).toBeGreaterThan(NOW + DAY);
		const interview = NOW + DAY; // tomorrow: today is the day before
		const deck = deckOverview({ index, prep: null, cards: s.cards(), hidden: new Set(), now: NOW, interviewDate: interview });
		expect(deck.hubs.get("")).toEqual({ fresh: 4, due: 1 });
	});
});
