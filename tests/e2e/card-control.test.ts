// Card control and the deck overview in a real browser: B / X by keyboard on the quiz, the control
// row and the coverage tree's new / due counts at the 300 px sidebar and at phone width, zh and en,
// light and dark (screenshots in test-results/).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SIDEBAR, openQuizWithHub, runCommand, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";

const PHONE = ".workspace-ribbon, .workspace-split.mod-root { display: none !important; } .workspace-split.mod-right-split { width: 100% !important; flex: 1 1 auto !important; }";

/** Every control button is drawn inside the pane that holds it. */
async function controlsFit(page: Page): Promise<void> {
	const boxes = await page.locator(`${SIDEBAR} .ip-card-control`).evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			const pane = (el.closest(".workspace-leaf-content") ?? document.body).getBoundingClientRect();
			return { w: r.width, inside: r.left >= pane.left - 1 && r.right <= pane.right + 1 };
		}),
	);
	expect(boxes.length).toBe(4);
	for (const b of boxes) {
		expect(b.w).toBeGreaterThan(20);
		expect(b.inside).toBe(true);
	}
}

/**
 * The card in hand as a person tells cards apart: its note, topic and question (two notes may ask the
 * same words, and a note may ask them under two headings). "" while no card is drawn.
 */
async function card(page: Page): Promise<string> {
	return page.evaluate(() => {
		const box = document.querySelector(".mod-right-split .workspace-leaf:not(.is-hidden) .ip-quiz-card");
		const part = (sel: string): string => box?.querySelector(sel)?.textContent ?? "";
		return box ? [part(".ip-quiz-note-link"), part(".ip-quiz-topic"), part(".ip-quiz-question")].join(" · ") : "";
	});
}

/** Waits for a card in hand that is (`same`) or is not `was`, and gives it. */
async function cardAfter(page: Page, was: string, same = false): Promise<string> {
	for (const until = Date.now() + 10_000; Date.now() < until; await page.waitForTimeout(50)) {
		const now = await card(page);
		if (now !== "" && (now === was) === same) return now;
	}
	throw new Error(same ? `the card in hand never came back to "${was}"` : `the card in hand stayed "${was}"`);
}

describe.skipIf(skipE2E)("card control and deck overview in the browser", { timeout: 180_000 }, () => {
	let e2e: E2E;

	beforeAll(async () => {
		e2e = await startE2E();
	});
	afterAll(async () => {
		await e2e?.close();
	});

	for (const lang of ["zh", "en"] as const) {
		it(`${lang}: B buries and X suspends by keyboard; the row fits at 300 px and on a phone; the overview counts`, async () => {
			const page = await e2e.open({ theme: "light", lang });
			await openQuizWithHub(page);
			await page.locator(`${SIDEBAR} .ip-card-controls`).waitFor();
			await controlsFit(page);
			await screenshotBothThemes(page, `card-controls-${lang}-300px`);
			const first = await card(page);
			await page.keyboard.press("b");
			const second = await cardAfter(page, first);
			await page.keyboard.press("x");
			await cardAfter(page, second);
			// U takes the suspension back: the second card is in hand again; X once more keeps it suspended.
			await page.keyboard.press("u");
			await cardAfter(page, second, true);
			await page.keyboard.press("x");
			await cardAfter(page, second);
			await page.keyboard.press("Space");
			await page.locator(`${SIDEBAR} .ip-quiz-phase-revealed`).waitFor();
			await screenshotBothThemes(page, `card-controls-revealed-${lang}-300px`);

			await runCommand(page, "open-coverage");
			const suspended = page.locator(`${SIDEBAR} .ip-cov-suspended-section`);
			await suspended.waitFor();
			expect(second.endsWith(` · ${await suspended.locator(".ip-cov-question").textContent()}`)).toBe(true);
			const hubDue = await page.locator(`${SIDEBAR} .ip-cov-hub > summary .ip-cov-deck-fresh`).first().textContent();
			expect(Number(hubDue)).toBeGreaterThan(0);
			await screenshotBothThemes(page, `deck-overview-${lang}-300px`);

			// Coverage behind the quiz's tab: a card suspended there is listed once coverage's tab is picked.
			const suspendedQuestions = suspended.locator(".ip-cov-question");
			await page.locator(`${SIDEBAR} .workspace-tab-header[data-type="interview-prep-quiz"]`).click();
			await page.locator(`${SIDEBAR} .workspace-leaf:not(.is-hidden) .ip-card-controls`).waitFor();
			const third = await card(page);
			await page.keyboard.press("x");
			await cardAfter(page, third);
			// (Hidden, it is not drawn: its list is as it was.)
			expect(await suspendedQuestions.count()).toBe(1);
			await page.locator(`${SIDEBAR} .workspace-tab-header[data-type="interview-prep-coverage"]`).click();
			await expect.poll(() => suspendedQuestions.count()).toBe(2);
			expect((await suspendedQuestions.allTextContents()).some((q) => third.endsWith(` · ${q}`))).toBe(true);

			await page.setViewportSize({ width: 390, height: 844 });
			await page.addStyleTag({ content: PHONE });
			await screenshotBothThemes(page, `deck-overview-${lang}-phone`);
			await runCommand(page, "open-quiz");
			await page.locator(`${SIDEBAR} .ip-card-controls`).waitFor();
			// Its tab shown again, the quiz's timer runs (it stood still while coverage was in front).
			expect(await page.locator(`${SIDEBAR} .workspace-leaf:not(.is-hidden) .ip-quiz-timer`).getAttribute("class")).not.toContain("is-paused");
			await controlsFit(page);
			await screenshotBothThemes(page, `card-controls-${lang}-phone`);
			expect(e2e.errors).toEqual([]);
			// (The context is not closed here: the npm Chromium runs as one process, and closing a context
			// ended the whole browser, so the next language's test could not open a page.)
		});
	}
});
