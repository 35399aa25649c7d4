// @vitest-environment happy-dom
// The STAR check panel in the mock interview's reveal (fake Obsidian, through the modal): only on
// questions STAR fits or answers with STAR labels; "nothing written yet" on a blank template.
import { afterEach, describe, expect, it } from "vitest";
import { App, Modal, type Scope } from "../../fake-obsidian/index";
import type * as Real from "obsidian";
import { MockModal } from "../../../src/views/mock/mock-modal";
import { mockLogVault } from "../../../src/vault/mock-log-vault";
import { makeServices } from "../quiz/make-services";
import { makeQuestion } from "../../core/mock/make-question";
import { starTemplate } from "../../../src/core/star/star-convert";
import type { Lang, Question } from "../../../src/core/types";

function revealFirst(question: Question, answeredBy: Question | null, lang: Lang = "zh") {
	const app = new App();
	const services = makeServices([question], { lang, settings: { charsPerMinuteZh: 120 } });
	const modal = new MockModal(app as unknown as Real.App, services, mockLogVault(app.vault), [{ question, answeredBy }]);
	modal.open();
	const press = (key: string) => (modal.scope as unknown as Scope).press(key);
	press("Enter"); // start
	press(" "); // done speaking: the answer shows
	return modal.contentEl;
}

describe("mock interview: the STAR check panel", () => {
	afterEach(() => {
		for (const m of [...Modal.openModals]) m.close();
	});

	it("shows the parts, the result, 我 against 我们, action share and time at the person's speed for a behavioural question", () => {
		const md = "**情境**：上线前两周接口没对接。\n**任务**：我要一周内协调三个部门。\n**行动**：我每天开站会，逐个确认。\n**结果**：最终提前 2 天上线。";
		const q = makeQuestion("s", { text: "讲一次你协调多个部门的经历", answerMarkdown: md, parts: { hint: "", answer: md, context: "" } });
		const el = revealFirst(q, q);
		const panel = el.querySelector(".ip-star-panel");
		expect([...el.querySelectorAll(".ip-star-part")].map((p) => [p.textContent, p.classList.contains("is-present")])).toEqual([
			["情境", true],
			["任务", true],
			["行动", true],
			["结果", true],
		]);
		expect(panel?.classList.contains("is-complete")).toBe(true);
		const text = panel?.textContent ?? "";
		expect(text).toContain("结果里有数字。");
		expect(text).toContain("“我” 2 次 · “我们” 0 次");
		expect(text).toMatch(/行动占回答的 \d+%。/);
		expect(text).toContain("按每分钟 120 字");
	});

	it("shows no STAR check for 为什么想做技术支持？ or a hint-only question", () => {
		const why = makeQuestion("w", { text: "为什么想做技术支持？", answerMarkdown: "我喜欢解决问题，结果客户也满意。" });
		expect(revealFirst(why, why).textContent).not.toContain("STAR 检查");
		const hintOnly = makeQuestion("h", { text: "如何看待加班？", answered: false, answerMarkdown: "", parts: { hint: "先表态", answer: "", context: "" } });
		expect(revealFirst(hintOnly, null).textContent).not.toContain("STAR 检查");
	});

	it("on a blank template says nothing is written yet, not 0% and 0 seconds", () => {
		const q = makeQuestion("t", { text: "Tell me about a time you failed.", answerMarkdown: starTemplate("en"), answered: false });
		const el = revealFirst(q, null, "en");
		const panel = el.querySelector(".ip-star-panel");
		expect(panel?.textContent).toContain("Nothing is written in this answer yet: nothing to check.");
		expect(el.textContent).not.toMatch(/0%|0 seconds/);
	});
});
