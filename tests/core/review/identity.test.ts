import { describe, expect, it } from "vitest";
import { reconcile } from "../../../src/core/review/identity";
import { ReviewStore } from "../../../src/core/review/review-store";
import { questionId, questionKey } from "../../../src/core/normalize";
import { at, DAY, indexOf, question } from "./helpers";

const T0 = at("2025-03-10T09:00:00");

function studied(text: string): ReviewStore {
	const s = new ReviewStore({ device: "a" });
	const q = question(text);
	s.grade(q.id, 3, 30, T0, { key: q.key });
	s.grade(q.id, 3, 30, T0 + DAY, { key: q.key });
	return s;
}

describe("question identity", () => {
	it("renumbering, re-bolding, a new heading level or another note keep the same id", () => {
		const ids = [
			"### 1. 如何处理客户投诉？",
			"#### **2. 如何处理客户投诉？**",
			"**问题3：如何处理客户投诉？**",
			"如何处理客户投诉?",
		].map((t) => questionId(questionKey(t.replace(/^#+\s*/, ""))));
		expect(new Set(ids).size).toBe(1);
	});

	it("a small word change moves the history to the reworded question", () => {
		const s = studied("你在之前的工作中是如何处理客户投诉的？");
		const reworded = question("你在以前的工作中是如何处理客户投诉的？");
		const unrelated = question("你为什么选择这个岗位？", { line: 9 });
		const proposals = s.reconcile(indexOf([reworded, unrelated]), T0 + 2 * DAY);
		expect(proposals.map((p) => p.to)).toEqual([reworded.id]);
		expect(s.card(reworded.id)?.reps).toBe(2);
		expect(s.card(unrelated.id)).toBeNull();
		// Running it again changes nothing.
		expect(s.reconcile(indexOf([reworded, unrelated]), T0 + 3 * DAY)).toEqual([]);
	});

	it("a different question is not taken for a reworded one", () => {
		const s = studied("如何应对工作中的压力？");
		const other = question("如何应对工作中的挫折？");
		expect(s.reconcile(indexOf([other]), T0 + 2 * DAY)).toEqual([]);
		expect(s.card(other.id)).toBeNull();
	});

	it("a question that already has history of its own is never given another's", () => {
		const s = studied("你在之前的工作中是如何处理客户投诉的？");
		const near = question("你在以前的工作中是如何处理客户投诉的？");
		s.grade(near.id, 1, 0, T0 + DAY, { key: near.key });
		expect(s.reconcile(indexOf([near]), T0 + 2 * DAY)).toEqual([]);
		expect(s.card(near.id)?.reps).toBe(1);
	});

	it("deleting the note keeps the history, and it is there again when the note comes back", () => {
		const text = "你在之前的工作中是如何处理客户投诉的？";
		const s = studied(text);
		const q = question(text);
		expect(s.reconcile(indexOf([]), T0 + 2 * DAY)).toEqual([]);
		expect(s.card(q.id)?.reps).toBe(2);
		expect(s.reconcile(indexOf([q]), T0 + 3 * DAY)).toEqual([]);
		expect(s.card(q.id)?.reps).toBe(2);
	});

	it("history of a question now merged as a variant goes to the canonical question", () => {
		const s = studied("如何挖掘客户的潜在需求？");
		const canon = question("问题4：挖掘客户潜在需求有哪些方法？", { path: "b.md" });
		const variant = question("如何挖掘客户的潜在需求？", { variantOf: canon.id });
		const proposals = reconcile(s.knownKeys(), indexOf([canon, variant]));
		expect(proposals).toEqual([{ from: variant.id, to: canon.id, toKey: canon.key, score: 1 }]);
	});

	it("each vanished question goes to at most one new one, the closest", () => {
		const s = studied("请介绍一下你负责过的最复杂的项目");
		const close = question("请介绍一下你负责过的最复杂的一个项目");
		const farther = question("介绍你负责过的复杂项目的经验和教训", { line: 20 });
		const proposals = s.reconcile(indexOf([farther, close]), T0 + 2 * DAY);
		expect(proposals).toHaveLength(1);
		expect(proposals[0].to).toBe(close.id);
	});
});
