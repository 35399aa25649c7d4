// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Notice, Plugin } from "../../fake-obsidian/index";
import { load } from "../../../src/views/quiz/quiz-feature";
import { makeServices, type TestServices } from "./make-services";
import { seedQuestions } from "./questions";
import type { PrepSet } from "../../../src/core/prep-set";
import type { IndexedNote } from "../../../src/core/types";

class TestPlugin extends Plugin {}

function withProblems(services: TestServices, problems: { missingHubs?: string[]; notes?: IndexedNote[] }) {
	const prep: PrepSet = { paths: [], hubPaths: [], missingHubs: problems.missingHubs ?? [], hubOf: {}, distance: {} };
	services.getPrepSet = () => prep;
	const index = services.getIndex();
	const notes = problems.notes ?? [];
	services.getIndex = () => ({ ...index, notes: [...index.notes, ...notes] });
}

function setup(lang: "en" | "zh" = "en") {
	const services = makeServices(seedQuestions(), { lang });
	const plugin = new TestPlugin(new App(), { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
	plugin.load();
	load(plugin as unknown as Real.Plugin, services);
	return { services, plugin };
}

const broken: IndexedNote = { path: "面试回答/坏掉的笔记.md", questions: 0, warnings: ["Could not read lines 3–9: boom"] };

describe("notices for a missing hub or a note that did not parse", () => {
	beforeEach(() => {
		Notice.clear();
	});

	it("tells once when a build finishes, naming the hub and the note, not again on every re-index", () => {
		const { services } = setup();
		withProblems(services, { missingHubs: ["面试-面试官角度准备-旧"], notes: [broken] });
		services.setStatus({ state: "building" });
		services.fireChange();
		expect(Notice.messages).toEqual([]);
		services.setStatus({ state: "ready", revision: 2 });
		services.fireChange();
		expect(Notice.messages).toEqual([
			'Interview prep: hub note "面试-面试官角度准备-旧" not found. Check its name in settings.',
			'Interview prep could not fully read "面试回答/坏掉的笔记": Could not read lines 3–9: boom',
		]);
		services.setStatus({ revision: 3 });
		services.fireChange();
		services.fireChange();
		expect(Notice.messages).toHaveLength(2);
	});

	it("a problem fixed and back again is told again; in Chinese", () => {
		const { services } = setup("zh");
		withProblems(services, { missingHubs: ["旧中心"] });
		services.setStatus({ revision: 2 });
		services.fireChange();
		withProblems(services, {});
		services.setStatus({ revision: 3 });
		services.fireChange();
		withProblems(services, { missingHubs: ["旧中心"] });
		services.setStatus({ revision: 4 });
		services.fireChange();
		expect(Notice.messages).toEqual(["面试准备：找不到中心笔记「旧中心」，请在设置里检查名称。", "面试准备：找不到中心笔记「旧中心」，请在设置里检查名称。"]);
	});

	it("in Chinese the note's problem is said in Chinese too, with its lines", () => {
		const { services } = setup("zh");
		withProblems(services, { notes: [broken] });
		services.setStatus({ revision: 2 });
		services.fireChange();
		expect(Notice.messages).toEqual(["面试准备：未能完整读取笔记「面试回答/坏掉的笔记」：第 3–9 行未能读取（boom）"]);
	});

	it("many broken notes: the first three by name, then how many more", () => {
		const { services } = setup();
		const notes = ["a", "b", "c", "d", "e"].map((n) => ({ ...broken, path: `${n}.md` }));
		withProblems(services, { notes });
		services.setStatus({ revision: 2 });
		services.fireChange();
		expect(Notice.messages).toHaveLength(4);
		expect(Notice.messages[2]).toContain('"c"');
		expect(Notice.messages[3]).toBe("Interview prep could not fully read 2 more notes.");
	});

	it("stops listening when the plugin unloads", () => {
		const { services, plugin } = setup();
		plugin.unload();
		withProblems(services, { missingHubs: ["x"] });
		services.setStatus({ revision: 2 });
		services.fireChange();
		expect(Notice.messages).toEqual([]);
		vi.restoreAllMocks();
	});
});
