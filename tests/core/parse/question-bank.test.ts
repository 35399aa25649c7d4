// A bank of question headings (an 八股 note, a study sheet): among many headings that ask, a leaf
// heading that asks only loosely (`Redis 有哪些类型`, `X 与 Y 的区别`, `What is hoisting`) is a question
// even in a section of topic headings. In a note of few questions it stays a topic.
import { describe, expect, it } from "vitest";
import { texts } from "./helpers";

const bank = [
	"# Java 八股",
	"## 基础",
	"### 为什么重写 equals 要重写 hashCode？", "要保持相等对象散列一致。",
	"### String 为什么不可变？", "常量池与安全。",
	"### 什么是反射？", "运行时获取类信息。",
	"### 说说 Java 的异常体系", "Throwable 分 Error 和 Exception。",
	"### final, finally, finalize 的区别", "修饰符、异常块、回收前回调。",
	"## 缓存使用",
	"### 缓存穿透", "查不存在的数据。",
	"### Redis 有哪些类型", "String、list、hash、set、zset",
	"### Redis 为什么是单线程的", "瓶颈不在 CPU。",
	"### 聊聊 Redis 使用场景", "缓存、计数器、排行榜。",
	"## 前端",
	"### What is hoisting", "* Declarations move to the top of their scope",
	"### Is JavaScript single-threaded?", "Yes, with an event loop.",
];

describe("a bank of question headings", () => {
	it("takes leaf headings that ask loosely as questions, topic nouns aside", () => {
		expect(texts(bank)).toEqual([
			"为什么重写 equals 要重写 hashCode？", "String 为什么不可变？", "什么是反射？", "说说 Java 的异常体系", "final, finally, finalize 的区别",
			"Redis 有哪些类型", "Redis 为什么是单线程的", "聊聊 Redis 使用场景", "What is hoisting", "Is JavaScript single-threaded?",
		]);
	});

	it("not in a note of few questions: there a loose heading among topics stays a topic", () => {
		expect(texts([
			"# 笔记",
			"## 面试",
			"### 你为什么离职？", "想做更大的系统。",
			"### 你的缺点是什么？", "有时过于追求细节。",
			"## 缓存",
			"### 缓存穿透", "查不存在的数据。",
			"### 缓存雪崩", "大量 key 同时过期。",
			"### Redis 有哪些类型", "String、list、hash、set、zset",
		])).toEqual(["你为什么离职？", "你的缺点是什么？"]);
	});
});

describe("a prompt heading written in quotes", () => {
	it("asks as the same words would without them, the quotes kept in its text", () => {
		expect(texts([
			"# Interview answers",
			"## About me",
			"### \"Tell me about yourself\" / \"Walk me through your background\"",
			"I build data tools.",
			"### \"Describe a time you failed / made a mistake\"",
			"I shipped a migration without a dry run.",
			"### “Tell me about a time you led a project”",
			"I led the billing rewrite.",
		])).toEqual([
			"\"Tell me about yourself\" / \"Walk me through your background\"",
			"\"Describe a time you failed / made a mistake\"",
			"“Tell me about a time you led a project”",
		]);
		expect(texts(["## \"Remote work\"", "", "Two days a week in the office."])).toEqual([]);
	});
});
