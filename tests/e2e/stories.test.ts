// The STAR check panel, the story bank and a converted answer in a real browser on the demo vault,
// Chinese and English: the panel after reveal, a suggested story linked with one click (written into
// the note) and shown with its STAR parts, the story bank in coverage. Screenshots in test-results/:
// 300 px sidebar and phone width, light and dark.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_VAULT, SIDEBAR, editorState, openQuizWithHub, readNote, runCommand, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";

const PHONE = ".workspace-ribbon, .workspace-split.mod-root { display: none !important; } .workspace-split.mod-right-split { width: 100% !important; flex: 1 1 auto !important; }";
const PHONE_EDITOR = ".workspace-ribbon, .workspace-split.mod-right-split { display: none !important; }";

const CASES = {
	zh: {
		note: "面试回答-行为题.md",
		checked: "讲一次你带新人的经历",
		unanswered: "描述一次你和同事意见不合的经历",
		story: "说服同事改用新的工单流程",
		linkLine: "故事：[[故事库#说服同事改用新的工单流程]]",
		convertLine: 4,
	},
	en: {
		note: "Behavioral interview prep.md",
		checked: "Tell me about a time you handled a difficult customer.",
		unanswered: "Tell me about a time you failed.",
		story: "Promised a fix I could not ship",
		linkLine: "Story: [[故事库#Promised a fix I could not ship]]",
		convertLine: 22,
	},
} as const;

/** Scrolls an element to the top of its pane (the grading buttons stay at the bottom and would cover it). */
async function toTop(page: Page, selector: string): Promise<void> {
	await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: "start" }));
}

async function showQuestion(page: Page, note: string, text: string): Promise<void> {
	// Another mode first, so "all" starts a fresh session (a revealed card would stay in hand).
	await page.locator(`${SIDEBAR} .ip-quiz-mode[data-mode="unanswered"]`).click();
	await page.locator(`${SIDEBAR} .ip-quiz-mode[data-mode="all"]`).click();
	await page.locator(`${SIDEBAR} .ip-quiz-filter-note`).selectOption(note);
	const question = page.locator(`${SIDEBAR} .ip-quiz-question`);
	for (let i = 0; i < 20 && (await question.textContent()) !== text; i++) await page.locator(`${SIDEBAR} .ip-quiz-skip`).click();
	expect(await question.textContent()).toBe(text);
	await page.locator(`${SIDEBAR} .ip-quiz-reveal`).click();
	await page.locator(`${SIDEBAR} .ip-quiz-phase-revealed`).waitFor();
}

for (const lang of ["zh", "en"] as const) {
	const c = CASES[lang];
	describe.skipIf(skipE2E)(`STAR panel and story bank in the browser (${lang})`, { timeout: 150_000 }, () => {
		let e2e: E2E;
		let page: Page;

		beforeAll(async () => {
			e2e = await startE2E(DEMO_VAULT);
			page = await e2e.open({ theme: "light", lang });
			await openQuizWithHub(page);
		});
		afterAll(async () => {
			await e2e?.close();
		});

		it("shows the STAR check as a panel after reveal on a behavioural question", async () => {
			await showQuestion(page, c.note, c.checked);
			const panel = page.locator(`${SIDEBAR} .ip-star-panel`);
			await toTop(page, `${SIDEBAR} .ip-star-panel`);
			expect(await panel.locator(".ip-star-part").count()).toBe(4);
			expect(await panel.locator(".ip-star-part.is-present").count()).toBeGreaterThanOrEqual(3);
			expect(await panel.locator(".ip-star-time").textContent()).toMatch(lang === "zh" ? /按每分钟 \d+ 字/ : /at \d+ words a minute/);
			await screenshotBothThemes(page, `star-panel-${lang}-300px`);
		});

		it("suggests the closest story for a behavioural question with no answer, and links it with one click", async () => {
			await showQuestion(page, c.note, c.unanswered);
			const suggestion = page.locator(`${SIDEBAR} .ip-story-suggestion`).first();
			await toTop(page, `${SIDEBAR} .ip-story-suggest`);
			expect(await suggestion.locator(".ip-story-name").textContent()).toBe(c.story);
			await screenshotBothThemes(page, `story-suggest-${lang}-300px`);
			await suggestion.locator(".ip-story-link").click();
			await expect.poll(async () => (await readNote(page, c.note)) ?? "", { timeout: 10_000 }).toContain(c.linkLine);
			// The index picks the link up: the card now shows the story's STAR parts with the question.
			await showQuestion(page, c.note, c.unanswered);
			const story = page.locator(`${SIDEBAR} .ip-story`);
			await story.waitFor();
			expect(await story.locator("dt").count()).toBe(4);
			await toTop(page, `${SIDEBAR} .ip-story`);
			await screenshotBothThemes(page, `story-linked-${lang}-300px`);
		});

		it("coverage shows the story bank: competencies, stories and the questions they serve", async () => {
			await runCommand(page, "open-coverage");
			const bank = page.locator(`${SIDEBAR} .ip-cov-stories`);
			await bank.waitFor();
			await expect.poll(async () => bank.locator(".ip-cov-story-question").allTextContents()).toContain(c.unanswered);
			expect(await bank.locator(".ip-cov-story-competency").count()).toBeGreaterThanOrEqual(6);
			await toTop(page, `${SIDEBAR} .ip-cov-stories`);
			await screenshotBothThemes(page, `story-bank-${lang}-300px`);
		});

		it("reads at phone width: the story bank, then the check panel", async () => {
			await page.setViewportSize({ width: 390, height: 844 });
			const phone = await page.addStyleTag({ content: PHONE });
			await toTop(page, `${SIDEBAR} .ip-cov-stories`);
			await screenshotBothThemes(page, `story-bank-${lang}-phone`);
			await runCommand(page, "open-quiz");
			await showQuestion(page, c.note, c.checked);
			await toTop(page, `${SIDEBAR} .ip-star-panel`);
			await screenshotBothThemes(page, `star-panel-${lang}-phone`);
			await phone.evaluate((el) => el.parentNode?.removeChild(el));
		});

		it("converts an answer to STAR in the editor (desktop and phone width)", async () => {
			await page.setViewportSize({ width: 1200, height: 800 });
			await page.evaluate(({ path, line }) => (window as unknown as { __ip: { openNote(p: string, l: number): Promise<void> } }).__ip.openNote(path, line), {
				path: c.note,
				line: c.convertLine,
			});
			const area = page.locator(".mod-root textarea.ip-e2e-editor");
			await area.waitFor();
			await area.focus();
			await runCommand(page, "convert-answer-to-star");
			const text = (await editorState(page))?.text ?? "";
			expect(text).toMatch(lang === "zh" ? /\*\*情境/ : /\*\*Situation/);
			await screenshotBothThemes(page, `star-converted-${lang}`);
			await page.setViewportSize({ width: 390, height: 844 });
			const phone = await page.addStyleTag({ content: PHONE_EDITOR });
			await screenshotBothThemes(page, `star-converted-${lang}-phone`);
			await phone.evaluate((el) => el.parentNode?.removeChild(el));
			expect(e2e.errors).toEqual([]);
		});
	});
}
