import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../../property-seed";
import { drawMockQuestions, drawWeight, type DrawStats } from "../../../src/core/mock/draw";
import { makeQuestion } from "./make-question";

const known = (r: number, lapses = 0): DrawStats => ({ reps: 5, lapses, retrievability: r });

describe("drawWeight", () => {
	it("weighs never-practised and forgotten questions above well-known ones", () => {
		expect(drawWeight(undefined)).toBeGreaterThan(drawWeight(known(0.95)));
		expect(drawWeight({ reps: 0, lapses: 0, retrievability: null })).toBeGreaterThan(drawWeight(known(0.9)));
		expect(drawWeight(known(0.3))).toBeGreaterThan(drawWeight(known(0.9)));
		expect(drawWeight(known(0.9, 4))).toBeGreaterThan(drawWeight(known(0.9, 0)));
	});
});

describe("drawMockQuestions", () => {
	const many = Array.from({ length: 20 }, (_, i) =>
		makeQuestion(`q${i}`, { topic: [`topic ${i % 4}`], path: i < 10 ? "hub-a/x.md" : "hub-b/y.md", line: i + 1 }),
	);

	it("draws the asked number, never the same question twice, reproducibly from the seed", () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 0, max: 25 }), (seed, count) => {
				const drawn = drawMockQuestions({ questions: many, count, seed, statsOf: () => undefined });
				expect(drawn.length).toBe(Math.min(count, many.length));
				expect(new Set(drawn.map((q) => q.id)).size).toBe(drawn.length);
				const again = drawMockQuestions({ questions: many, count, seed, statsOf: () => undefined });
				expect(again.map((q) => q.id)).toEqual(drawn.map((q) => q.id));
			}),
			seeded({ numRuns: 60 }),
		);
	});

	it("never draws a variant: a question and its variant are one question", () => {
		const qs = [makeQuestion("a"), makeQuestion("a2", { variantOf: "a" }), makeQuestion("b")];
		for (let seed = 0; seed < 30; seed++) {
			const drawn = drawMockQuestions({ questions: qs, count: 3, seed, statsOf: () => undefined });
			expect(drawn.map((q) => q.id).sort()).toEqual(["a", "b"]);
		}
	});

	it("favours weak and never-practised questions over well-known ones", () => {
		// Two of ten are weak: over many runs of 2, they are drawn far more often than their share.
		const qs = Array.from({ length: 10 }, (_, i) => makeQuestion(`q${i}`, { topic: [`t${i}`] }));
		const stats: Record<string, DrawStats> = {};
		for (const q of qs) stats[q.id] = known(0.97);
		stats.q3 = known(0.2, 5);
		delete stats.q7; // never practised
		const counts: Record<string, number> = {};
		for (let seed = 1; seed <= 400; seed++) {
			for (const q of drawMockQuestions({ questions: qs, count: 2, seed, statsOf: (id) => stats[id] }))
				counts[q.id] = (counts[q.id] ?? 0) + 1;
		}
		const strong = qs.filter((q) => q.id !== "q3" && q.id !== "q7").map((q) => counts[q.id] ?? 0);
		expect(counts.q3).toBeGreaterThan(2 * Math.max(...strong));
		expect(counts.q7).toBeGreaterThan(2 * Math.max(...strong));
	});

	it("spreads a run across topics when it can", () => {
		const qs = [
			...Array.from({ length: 6 }, (_, i) => makeQuestion(`a${i}`, { topic: ["A"] })),
			...Array.from({ length: 6 }, (_, i) => makeQuestion(`b${i}`, { topic: ["B"] })),
			...Array.from({ length: 6 }, (_, i) => makeQuestion(`c${i}`, { topic: ["C"] })),
		];
		let allThree = 0;
		for (let seed = 0; seed < 100; seed++) {
			const topics = new Set(
				drawMockQuestions({ questions: qs, count: 3, seed, statsOf: () => undefined }).map((q) => q.topic[0]),
			);
			if (topics.size === 3) allThree++;
		}
		// Uniform sampling without spreading would give all three topics about 24% of the time.
		expect(allThree).toBeGreaterThan(60);
	});

	it("limits a run to one topic, one note or one hub", () => {
		const hubOf = Object.fromEntries(many.map((q) => [q.path, q.path.startsWith("hub-a") ? "hub-a.md" : "hub-b.md"]));
		const byTopic = drawMockQuestions({ questions: many, count: 10, seed: 7, statsOf: () => undefined, limit: { topic: "topic 1" } });
		expect(byTopic.length).toBe(5);
		expect(byTopic.every((q) => q.topic[0] === "topic 1")).toBe(true);
		const byHub = drawMockQuestions({ questions: many, count: 30, seed: 7, statsOf: () => undefined, hubOf, limit: { hub: "hub-b.md" } });
		expect(byHub.length).toBe(10);
		expect(byHub.every((q) => q.path === "hub-b/y.md")).toBe(true);
		const byNote = drawMockQuestions({ questions: many, count: 3, seed: 7, statsOf: () => undefined, limit: { path: "hub-a/x.md" } });
		expect(byNote.every((q) => q.path === "hub-a/x.md")).toBe(true);
	});

	it("a topic limit takes the topic's subtopics too, as the quiz filter does", () => {
		const qs = [
			makeQuestion("x", { topic: ["一、客户服务", "投诉"] }),
			makeQuestion("y", { topic: ["一、客户服务"] }),
			makeQuestion("z", { topic: ["二、项目管理"] }),
		];
		const ids = (topic: string) =>
			drawMockQuestions({ questions: qs, count: 5, seed: 3, statsOf: () => undefined, limit: { topic } }).map((q) => q.id).sort();
		expect(ids("一、客户服务")).toEqual(["x", "y"]);
		expect(ids("一、客户服务 › 投诉")).toEqual(["x"]);
		expect(ids("投诉")).toEqual(["x"]);
	});

	it("returns nothing from an empty pool", () => {
		expect(drawMockQuestions({ questions: [], count: 5, seed: 1, statsOf: () => undefined })).toEqual([]);
	});
});
