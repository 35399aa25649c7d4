// The whole practice loop on the bundled demo vault, as `npm run demo` gives it to a person:
// open the quiz, reveal with the keyboard, grade with keys, restart, and find the schedule kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_VAULT, SIDEBAR, openQuizWithHub, diskWrites, numberIn, runCommand, skipE2E, startE2E, waitForSave, waitReady, type E2E } from "./support/harness";

describe.skipIf(skipE2E)("the demo vault's practice loop", { timeout: 120_000 }, () => {
	let e2e: E2E;
	let page: Page;
	const graded: string[] = [];
	let leftBefore = 0;

	beforeAll(async () => {
		e2e = await startE2E(DEMO_VAULT);
		page = await e2e.open({ theme: "dark", lang: "zh" });
	});
	afterAll(async () => {
		await e2e?.close();
	});

	const question = () => page.locator(`${SIDEBAR} .ip-quiz-question`);
	const left = () => page.locator(`${SIDEBAR} .ip-quiz-left`);

	it("grades three cards with the keyboard alone", async () => {
		await openQuizWithHub(page);
		await expect.poll(() => page.locator(`${SIDEBAR} .ip-quiz-status`).count()).toBe(0);
		leftBefore = numberIn(await left().textContent());
		expect(leftBefore).toBeGreaterThan(3);
		await question().click();
		for (const key of ["3", "4", "2"]) {
			const text = (await question().textContent()) ?? "";
			graded.push(text);
			await page.keyboard.press("Enter");
			await page.locator(`${SIDEBAR} .ip-quiz-phase-revealed`).waitFor();
			const before = await diskWrites(page);
			await page.keyboard.press(key);
			await page.locator(`${SIDEBAR} .ip-quiz-phase-front`).waitFor();
			await expect.poll(async () => question().textContent()).not.toBe(text);
			await waitForSave(page, before);
		}
		// Easy leaves the session; Good and Hard on a new card wait for their step as learning cards (as Anki).
		expect(numberIn(await left().textContent())).toBe(leftBefore - 1);
		expect(await page.locator(`${SIDEBAR} .ip-quiz-count-learning .ip-quiz-count-n`).textContent()).toBe("2");
	});

	it("after a restart none of the graded cards is shown first and the count is kept", async () => {
		await page.reload();
		await waitReady(page);
		if ((await page.locator(`${SIDEBAR} .ip-quiz`).count()) === 0) await runCommand(page, "open-quiz");
		await page.locator(`${SIDEBAR} .ip-quiz-card`).waitFor();
		await expect.poll(() => page.locator(`${SIDEBAR} .ip-quiz-status`).count()).toBe(0);
		expect(numberIn(await left().textContent())).toBe(leftBefore - 1);
		expect(graded).not.toContain((await question().textContent()) ?? "");
		expect(e2e.errors).toEqual([]);
	});
});
