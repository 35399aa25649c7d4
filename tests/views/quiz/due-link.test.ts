// @vitest-environment happy-dom
// The due count in the statistics view's header: the count under the title, a click opens the quiz.
import { describe, expect, it, vi } from "vitest";
import { installDomHelpers } from "../../fake-obsidian/dom";
import { renderDueLink } from "../../../src/views/quiz/due-link";
import { makeServices } from "./make-services";
import { seedQuestions } from "./questions";

installDomHelpers();

describe("due count in a view's header", () => {
	it("sits after the title with the count; a click opens the quiz", () => {
		const services = makeServices(seedQuestions(), { settings: { newPerDay: 2 }, lang: "zh" });
		const openQuiz = vi.spyOn(services, "openQuiz");
		const root = createDiv();
		const heading = root.createEl("h3", { text: "练习统计" });
		renderDueLink(heading, services);
		expect(heading.textContent).toBe("练习统计");
		const link = root.querySelector<HTMLElement>(".ip-due-link");
		expect(link?.previousElementSibling).toBe(heading);
		expect(link?.textContent).toBe("待练 2");
		link?.click();
		expect(openQuiz).toHaveBeenCalledTimes(1);
	});

	it("says nothing while the index is being built", () => {
		const services = makeServices(seedQuestions());
		services.setStatus({ state: "building" });
		const root = createDiv();
		renderDueLink(root.createEl("h3"), services);
		expect(root.querySelector(".ip-due-link")).toBeNull();
	});
});
