import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { seeded } from "../property-seed";
import { questionId, questionKey, similarity, stripNumbering } from "../../src/core/normalize";
import { detectLang } from "../../src/core/lang";

describe("questionKey", () => {
	it("is the same whatever the markup, numbering, punctuation and small words", () => {
		const k = questionKey("如何挖掘客户的潜在需求？");
		expect(questionKey("**问题4：你如何挖掘客户的潜在需求？**")).toBe(k);
		expect(questionKey("3. 如何挖掘客户潜在需求?")).toBe(k);
		expect(questionKey("一、如何  挖掘 `客户` 的潜在需求吗")).toBe(k);
	});

	it("drops a trailing parenthetical note", () => {
		expect(questionKey("为什么选择这个岗位？（可能被问到的补充回答）")).toBe(questionKey("为什么选择这个岗位？"));
	});

	it("lowercases English, drops small words, keeps words apart", () => {
		expect(questionKey("Q3: Tell me about YOUR greatest weakness?")).toBe("tell about greatest weakness");
		expect(questionKey("TCP三次握手")).toBe("tcp三次握手");
	});

	it("is never empty for a question of only small words", () => {
		expect(questionKey("Are you?")).not.toBe("");
	});
});

describe("stripNumbering", () => {
	it("strips the numbering people use", () => {
		for (const s of ["1. 自我介绍", "2、自我介绍", "3.2 自我介绍", "一、自我介绍", "（二）自我介绍", "问题1：自我介绍", "Q3: 自我介绍", "第三题：自我介绍"]) {
			expect(stripNumbering(s)).toBe("自我介绍");
		}
	});
});

describe("questionId", () => {
	it("is short, stable and differs between keys", () => {
		const id = questionId("如何挖掘客户潜在需求");
		expect(id).toMatch(/^q[0-9a-z]{1,13}$/);
		expect(questionId("如何挖掘客户潜在需求")).toBe(id);
		expect(questionId("如何挖掘客户需求")).not.toBe(id);
	});
});

describe("similarity", () => {
	const sim = (a: string, b: string): number => similarity(questionKey(a), questionKey(b));

	it("finds the same question asked in other words", () => {
		expect(sim("你最大的优点是什么？", "你觉得自己最大的优点是什么？")).toBeGreaterThan(0.88);
		expect(sim("如何应对工作中的压力？", "你在工作中遇到过哪些压力？如何应对？")).toBeGreaterThan(0.88);
		expect(sim("进程和线程的区别", "线程和进程的区别")).toBeGreaterThan(0.88);
	});

	it("tells different questions apart", () => {
		expect(sim("如何应对工作中的压力？", "你如何应对工作中的挫折？")).toBeLessThan(0.88);
		expect(sim("什么是进程？", "什么是进程和线程的区别？")).toBeLessThan(0.88);
		expect(sim("TCP三次握手", "TCP四次挥手")).toBeLessThan(0.5);
		expect(sim("Tell me about a time you failed", "Tell me about a time you succeeded")).toBeLessThan(0.88);
	});

	it("is 1 for equal keys and symmetric", () => {
		expect(similarity("abc", "abc")).toBe(1);
		const a = questionKey("你最大的优点是什么？");
		const b = questionKey("你觉得自己最大的优点是什么？");
		expect(similarity(a, b)).toBe(similarity(b, a));
	});
});

describe("detectLang", () => {
	it("tells Chinese from English", () => {
		expect(detectLang("你为什么离职？")).toBe("zh");
		expect(detectLang("Why did you leave?")).toBe("en");
		expect(detectLang("我在 Musk 风格的团队里工作")).toBe("zh");
		expect(detectLang("")).toBe("en");
	});
});

describe("questionId", () => {
	// FNV-1a 64 written plainly with BigInt: ids must never change, whatever the implementation.
	const reference = (key: string): string => {
		let h = 0xcbf29ce484222325n;
		for (const byte of new TextEncoder().encode(key)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
		return "q" + h.toString(36);
	};

	it("is 64-bit FNV-1a of the UTF-8 key in base 36", () => {
		fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (key) => {
			expect(questionId(key)).toBe(reference(key));
		}), seeded({ numRuns: 500 }));
		expect(questionId("如何挖掘客户潜在需求")).toBe(reference("如何挖掘客户潜在需求"));
		// Lone surrogates (TextEncoder writes U+FFFD), a pair, and the smallest and largest hashes' shapes.
		for (const key of ["\ud800", "a\udc00b", "\ud83d\ude00", "\udbff\udfff", "", "\u07ff\u0800\uffff", "如何".repeat(300)]) expect(questionId(key)).toBe(reference(key));
		fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 }), (key) => {
			expect(questionId(key)).toBe(reference(key));
		}), seeded({ numRuns: 500 }));
	});
});
