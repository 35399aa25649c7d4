import { describe, expect, it } from "vitest";
import {
	filterQuestions,
	noteOptions,
	topicOptions,
} from "../../../src/core/quiz/quiz-filter";
import { makeIndex, makeQuestion } from "./make-question";

const A = "面试回答/角度回答.md";
const B = "English/behavioral.md";
const index = makeIndex([
	makeQuestion("q1", { path: A, topic: ["一、客户服务与沟通能力"] }),
	makeQuestion("q2", { path: A, topic: ["一、客户服务与沟通能力", "投诉"], answered: false, covered: false }),
	makeQuestion("q3", { path: A, topic: ["二、项目管理"], answered: false, covered: true }),
	makeQuestion("v1", { path: A, topic: ["二、项目管理"], variantOf: "q1" }),
	makeQuestion("e1", { path: B, topic: ["Conflict"] }),
]);

describe("quiz filters", () => {
	it("leaves out variants and keeps the chosen note", () => {
		expect(filterQuestions(index, { path: "", topic: "" }).map((q) => q.id)).toEqual(["q1", "q2", "q3", "e1"]);
		expect(filterQuestions(index, { path: B, topic: "" }).map((q) => q.id)).toEqual(["e1"]);
	});

	it("a topic takes in its subtopics", () => {
		expect(filterQuestions(index, { path: "", topic: "一、客户服务与沟通能力" }).map((q) => q.id)).toEqual(["q1", "q2"]);
		expect(filterQuestions(index, { path: "", topic: "一、客户服务与沟通能力 › 投诉" }).map((q) => q.id)).toEqual(["q2"]);
		// A single heading name, as the coverage view passes it.
		expect(filterQuestions(index, { path: "", topic: "投诉" }).map((q) => q.id)).toEqual(["q2"]);
	});

	it("offers the notes and the topic paths of the chosen note", () => {
		expect(noteOptions(index)).toEqual([A, B]);
		expect(topicOptions(index, A)).toEqual(["一、客户服务与沟通能力", "一、客户服务与沟通能力 › 投诉", "二、项目管理"]);
		expect(topicOptions(index, B)).toEqual(["Conflict"]);
	});
});

describe("a merged question under every note and topic where a copy sits", () => {
	const HUB = "面试-面试官角度准备.md";
	const merged = makeIndex([
		makeQuestion("h1", { path: HUB, topic: ["一、客户服务"], answered: false, covered: true, variantOf: "a1" }),
		makeQuestion("a1", { path: A, topic: ["回答"], variants: ["h1"] }),
	]);

	it("shows under the hub's note and topic filters, though its canonical copy is in the answers note", () => {
		expect(noteOptions(merged)).toEqual([HUB, A]);
		expect(topicOptions(merged, HUB)).toEqual(["一、客户服务"]);
		expect(filterQuestions(merged, { path: HUB, topic: "" }).map((q) => q.id)).toEqual(["a1"]);
		expect(filterQuestions(merged, { path: HUB, topic: "一、客户服务" }).map((q) => q.id)).toEqual(["a1"]);
		expect(filterQuestions(merged, { path: A, topic: "回答" }).map((q) => q.id)).toEqual(["a1"]);
		expect(filterQuestions(merged, { path: A, topic: "一、客户服务" })).toEqual([]);
	});
});
