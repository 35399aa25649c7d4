// The statistics view in a real browser, after grading a few cards: SVG charts at the 300 px
// sidebar and at phone width, light and dark (screenshots in test-results/).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SIDEBAR, openQuizWithHub, runCommand, screenshot, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";

async function gradeSome(page: Page, ratings: string[]): Promise<void> {
	for (const key of ratings) {
		await page.locator(`${SIDEBAR} .ip-quiz-card`).waitFor();
		await page.keyboard.press("Space");
		await page.locator(`${SIDEBAR} .ip-quiz-phase-revealed`).waitFor();
		await page.keyboard.press(key);
	}
}

/** Every chart is drawn and no wider than the pane that holds it. */
async function chartsFit(page: Page): Promise<void> {
	const boxes = await page.locator(`${SIDEBAR} .ip-stats-chart`).evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			const pane = (el.closest(".workspace-leaf-content") ?? document.body).getBoundingClientRect();
			return { w: r.width, h: r.height, inside: r.right <= pane.right + 1 };
		}),
	);
	expect(boxes.length).toBe(4);
	for (const b of boxes) {
		expect(b.w).toBeGreaterThan(100);
		expect(b.h).toBeGreaterThan(5);
		expect(b.inside).toBe(true);
	}
}

describe.skipIf(skipE2E)("statistics view in the browser", { timeout: 120_000 }, () => {
	let e2e: E2E;
	let page: Page;

	beforeAll(async () => {
		e2e = await startE2E();
		page = await e2e.open({ theme: "light", lang: "zh" });
		await openQuizWithHub(page);
		await gradeSome(page, ["3", "1", "4", "3", "2", "1"]);
	});
	afterAll(async () => {
		await e2e?.close();
	});

	it("opens from its command and draws the heatmap, time spoken, retention and forecast at 300 px", async () => {
		await runCommand(page, "open-statistics");
		const heat = page.locator(`${SIDEBAR} .ip-stats-reviews svg`);
		await heat.waitFor();
		expect(await page.locator(`${SIDEBAR} .ip-stats-cell`).count()).toBe(91);
		expect(await page.locator(`${SIDEBAR} .ip-stats-cell.is-l4`).count()).toBe(1);
		expect(await page.locator(`${SIDEBAR} .ip-stats-reviews .ip-stats-summary`).textContent()).toBe("91 天里有 1 天练习，共 6 次");
		await chartsFit(page);
		// The due count under the title, a click away from the quiz.
		expect(await page.locator(`${SIDEBAR} .ip-stats-heading + .ip-due-link`).textContent()).toMatch(/^待练 \d+$/);
		await screenshotBothThemes(page, "stats-300px");
		expect(e2e.errors).toEqual([]);
	});

	it("reads at phone width, where the sidebar takes the whole screen", async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		// Obsidian on a phone shows the sidebar as a full-width drawer: the page imitates that.
		await page.addStyleTag({
			content: ".workspace-ribbon, .workspace-split.mod-root { display: none !important; } .workspace-split.mod-right-split { width: 100% !important; flex: 1 1 auto !important; }",
		});
		await page.locator(`${SIDEBAR} .ip-stats-reviews svg`).waitFor();
		await chartsFit(page);
		await screenshotBothThemes(page, "stats-phone");
		// The history of a question opens under it.
		await page.locator(`${SIDEBAR} .ip-stats-question summary`).first().click();
		await page.locator(`${SIDEBAR} .ip-stats-history-table tr`).first().waitFor();
		await page.locator(`${SIDEBAR} .ip-stats-history`).scrollIntoViewIfNeeded();
		await screenshot(page, "stats-phone-history-light");
		expect(e2e.errors).toEqual([]);
	});
});
