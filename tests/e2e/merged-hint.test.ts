// A merged question keeps all it has, on the demo vault in a real browser: 客户一直催进度怎么办？ is
// asked in the hub with a **思考过程** hint and answered in the answers note; its card shows both,
// each with its note, and the hub's note filter holds it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_VAULT, SIDEBAR, openQuizWithHub, screenshot, skipE2E, startE2E, type E2E } from "./support/harness";

const HUB = "面试-面试官角度准备.md";
const QUESTION = "客户一直催进度怎么办？";

describe.skipIf(skipE2E)("a merged question on the demo vault", { timeout: 120_000 }, () => {
	let e2e: E2E;

	beforeAll(async () => {
		e2e = await startE2E(DEMO_VAULT);
	});
	afterAll(async () => {
		await e2e?.close();
	});

	/** Practise all of the hub's questions and skip to the merged one. */
	async function findCard(page: Page): Promise<void> {
		await openQuizWithHub(page);
		await page.locator(`${SIDEBAR} .ip-quiz-mode[data-mode="all"]`).click();
		await page.locator(`${SIDEBAR} .ip-quiz-filter-note`).selectOption(HUB);
		await page.locator(`${SIDEBAR} .ip-quiz-card`).waitFor();
		for (let i = 0; i < 40; i++) {
			if ((await page.locator(`${SIDEBAR} .ip-quiz-question`).textContent()) === QUESTION) return;
			await page.locator(`${SIDEBAR} .ip-quiz-skip`).click();
			await page.locator(`${SIDEBAR} .ip-quiz-card`).waitFor();
		}
		throw new Error(`${QUESTION} is not among the hub's cards`);
	}

	for (const lang of ["zh", "en"] as const) {
		it(`shows the hub's hint and the answers note's model answer, each with its note (${lang})`, async () => {
			const page = await e2e.open({ theme: "light", lang });
			await findCard(page);
			await page.locator(`${SIDEBAR} .ip-quiz-hint-button`).click();
			const hint = page.locator(`${SIDEBAR} .ip-quiz-hint`);
			await expect.poll(() => hint.textContent()).toContain("催进度往往是因为信息不透明");
			expect(await hint.textContent()).toContain(lang === "zh" ? "来自 面试-面试官角度准备" : "From 面试-面试官角度准备");
			expect(await hint.textContent()).not.toContain(lang === "zh" ? "这道题没有提示" : "This question has no hint");
			await page.locator(`${SIDEBAR} .ip-quiz-reveal`).click();
			const answer = page.locator(`${SIDEBAR} .ip-quiz-answer`);
			await expect.poll(() => answer.textContent()).toContain("我会先把当前进度和下一步的时间点讲清楚");
			expect(await answer.textContent()).toContain(lang === "zh" ? "来自 面试回答-技术支持岗" : "From 面试回答-技术支持岗");
			await screenshot(page, `quiz-merged-hint-${lang}`);
			expect(e2e.errors).toEqual([]);
		});
	}
});
