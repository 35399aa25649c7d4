// The quiz's counts and its nothing-due screen in a real browser: Anki's three numbers and the progress
// bar as a person grades, the status bar's due count, the screen that shows the card by itself when
// it comes due (the page's clock moved on), and screenshots in both languages, both themes, at the
// 300 px sidebar and at phone width.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { FROZEN_NOW, SIDEBAR, numberIn, openQuizWithHub, screenshot, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";

const DAY = 86_400_000;

/** The three numbers as shown: new, learning, review. */
async function counts(page: Page): Promise<number[]> {
	const texts = await page.locator(`${SIDEBAR} .ip-quiz-count-n`).allTextContents();
	return texts.map(Number);
}

async function grade(page: Page, key: string): Promise<void> {
	await page.locator(`${SIDEBAR} .ip-quiz-card`).waitFor();
	await page.keyboard.press("Space");
	await page.locator(`${SIDEBAR} .ip-quiz-phase-revealed`).waitFor();
	await page.keyboard.press(key);
}

/** As on a phone: the sidebar is a full-width drawer (the stats test does the same). */
async function phoneWidth(page: Page): Promise<void> {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.addStyleTag({
		content: ".workspace-ribbon, .workspace-split.mod-root { display: none !important; } .workspace-split.mod-right-split { width: 100% !important; flex: 1 1 auto !important; }",
	});
}

describe.skipIf(skipE2E)("quiz counts in the browser", { timeout: 180_000 }, () => {
	let e2e: E2E;

	beforeAll(async () => {
		e2e = await startE2E();
	});
	afterAll(async () => {
		await e2e?.close();
	});

	it("shows new · learning · review and a progress bar; Good on a new card moves it to learning", async () => {
		const page = await e2e.open({ theme: "light", lang: "zh" });
		await openQuizWithHub(page);
		const [fresh, learning, review] = await counts(page);
		expect(learning).toBe(0);
		expect(review).toBe(0);
		expect(fresh).toBe(numberIn(await page.locator(`${SIDEBAR} .ip-quiz-left`).textContent()));
		expect(await page.locator(`${SIDEBAR} .ip-quiz-count-new.is-current`).count()).toBe(1);
		// The status bar says how many are waiting, and the Due button carries the same count.
		await expect.poll(() => page.locator(".status-bar .ip-due-status").textContent()).toBe(`待练 ${fresh}`);
		expect(await page.locator(`${SIDEBAR} .ip-quiz-mode[data-mode="due"]`).getAttribute("data-count")).toBe(String(fresh));

		await grade(page, "3");
		expect(await counts(page)).toEqual([fresh - 1, 1, 0]);
		expect(await page.locator(`${SIDEBAR} progress.ip-quiz-progress`).getAttribute("value")).toBe("1");
		await screenshotBothThemes(page, "quiz-counts-zh-300px");
		await page.keyboard.press("Space");
		await page.locator(`${SIDEBAR} .ip-quiz-grades`).scrollIntoViewIfNeeded();
		await screenshotBothThemes(page, "quiz-counts-zh-300px-revealed");
		await phoneWidth(page);
		await screenshotBothThemes(page, "quiz-counts-zh-phone");
		expect(e2e.errors).toEqual([]);
	});

	it("in English too, at the sidebar and at phone width", async () => {
		const page = await e2e.open({ theme: "dark", lang: "en" });
		await openQuizWithHub(page);
		await grade(page, "3");
		await grade(page, "1");
		const [fresh, learning] = await counts(page);
		expect(learning).toBe(2);
		expect(await page.locator(`${SIDEBAR} .ip-quiz-counts`).getAttribute("aria-label")).toBe(`${fresh} new, 2 learning, 0 to review`);
		await screenshotBothThemes(page, "quiz-counts-en-300px");
		await phoneWidth(page);
		await screenshotBothThemes(page, "quiz-counts-en-phone");
		expect(e2e.errors).toEqual([]);
	});

	it("the nothing-due screen shows the card by itself when it comes due, with no click", async () => {
		const page = await e2e.open({ theme: "light", lang: "en" });
		await openQuizWithHub(page);
		// One note's questions, each graded Easy: due again in days, nothing left for today.
		const note = page.locator(`${SIDEBAR} .ip-quiz-filter-note`);
		const paths = await note.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ""));
		await note.selectOption(paths.find((p) => p.includes("STAR")) ?? paths[paths.length - 1]);
		while ((await page.locator(`${SIDEBAR} .ip-quiz-card`).count()) > 0) await grade(page, "4");
		await page.locator(`${SIDEBAR} .ip-quiz-again`).click();
		const empty = page.locator(`${SIDEBAR} .ip-quiz-empty-nothingDue`);
		await empty.waitFor();
		expect(await empty.textContent()).toMatch(/next card at .*\(in \d+ days\)/);
		await screenshot(page, "quiz-nothing-due-light");
		// Let the page's clock run; the screen redraws (Due again) so its timer is the page clock's.
		await page.clock.install({ time: FROZEN_NOW });
		await page.locator(`${SIDEBAR} .ip-quiz-mode[data-mode="due"]`).click();
		await empty.waitFor();
		await page.clock.fastForward(6 * DAY);
		expect(await empty.count()).toBe(1);
		await page.clock.fastForward(30 * DAY);
		await page.locator(`${SIDEBAR} .ip-quiz-card`).waitFor();
		expect(await empty.count()).toBe(0);
		expect(e2e.errors).toEqual([]);
	});
});
