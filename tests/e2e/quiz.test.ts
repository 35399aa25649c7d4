// The quiz in a real browser: the real main.js on the fake Obsidian page, driven with mouse and keys.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
	SIDEBAR,
	openQuizWithHub,
	cjkFontLoaded,
	diskWrites,
	numberIn,
	runCommand,
	screenshotBothThemes,
	skipE2E,
	startE2E,
	waitForSave,
	waitReady,
	type E2E,
} from "./support/harness";

describe.skipIf(skipE2E)("quiz view in the browser", { timeout: 90_000 }, () => {
	let e2e: E2E;
	let page: Page;

	beforeAll(async () => {
		e2e = await startE2E();
		page = await e2e.open({ theme: "light", lang: "zh" });
	});
	afterAll(async () => {
		await e2e?.close();
	});

	const card = () => page.locator(`${SIDEBAR} .ip-quiz-card`);
	const question = () => page.locator(`${SIDEBAR} .ip-quiz-question`);
	const left = () => page.locator(`${SIDEBAR} .ip-quiz-left`);
	const learning = async () => Number(await page.locator(`${SIDEBAR} .ip-quiz-count-learning .ip-quiz-count-n`).textContent());

	let first = "";
	let leftBefore = 0;

	it("opens from its command in the sidebar and shows a question from the prep notes", async () => {
		await openQuizWithHub(page);
		await expect.poll(() => page.locator(`${SIDEBAR} .ip-quiz-status`).count()).toBe(0);
		first = (await question().textContent()) ?? "";
		expect(first.length).toBeGreaterThan(3);
		leftBefore = numberIn(await left().textContent());
		expect(leftBefore).toBeGreaterThan(1);
		expect(await cjkFontLoaded(page)).toBe(true);
		await screenshotBothThemes(page, "quiz-front");
	});

	it("reveals the answer with the space bar and shows when each grade brings it back", async () => {
		await question().click();
		await page.keyboard.press("Space");
		await page.locator(`${SIDEBAR} .ip-quiz-phase-revealed`).waitFor();
		await expect.poll(() => page.locator(`${SIDEBAR} .ip-quiz-answer`).count()).toBe(1);
		const grades = page.locator(`${SIDEBAR} .ip-quiz-grade`);
		expect(await grades.count()).toBe(4);
		for (const when of await page.locator(`${SIDEBAR} .ip-quiz-grade-when`).allTextContents()) expect(when.trim()).not.toBe("");
		// As a person scrolls the sidebar down to the grades.
		await grades.first().scrollIntoViewIfNeeded();
		await screenshotBothThemes(page, "quiz-revealed");
	});

	it("grades with a key and moves on to the next card; Good keeps a new card for its 10-minute step", async () => {
		const before = await diskWrites(page);
		await page.keyboard.press("3");
		await page.locator(`${SIDEBAR} .ip-quiz-phase-front`).waitFor();
		await expect.poll(async () => question().textContent()).not.toBe(first);
		// Still in the session as a learning card (as Anki): the count of cards left stays.
		expect(numberIn(await left().textContent())).toBe(leftBefore);
		expect(await learning()).toBe(1);
		await waitForSave(page, before);
	});

	it("O opens the note and the quiz keeps its keys: 3 grades, nothing is typed into the note", async () => {
		const shown = (await question().textContent()) ?? "";
		const leftNow = numberIn(await left().textContent());
		await page.keyboard.press("Space");
		await page.locator(`${SIDEBAR} .ip-quiz-phase-revealed`).waitFor();
		await page.keyboard.press("o");
		const note = page.locator(".workspace-leaf textarea").first();
		await note.waitFor();
		const text = await note.inputValue();
		// The editor takes focus a frame after it opens; the quiz takes it back.
		await page.evaluate(() => new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r))));
		await page.keyboard.press("3");
		await expect.poll(async () => question().textContent()).not.toBe(shown);
		expect(numberIn(await left().textContent())).toBe(leftNow);
		expect(await learning()).toBe(2);
		expect(await note.inputValue()).toBe(text);
	});

	it("keeps the schedule across a reload: the graded cards wait for their step as learning cards", async () => {
		await page.reload();
		await waitReady(page);
		// The sidebar comes back as it was left (Obsidian restores its layout); open it if not.
		if ((await page.locator(`${SIDEBAR} .ip-quiz`).count()) === 0) await runCommand(page, "open-quiz");
		await page.locator(`${SIDEBAR} .ip-quiz-card, ${SIDEBAR} .ip-quiz-empty`).first().waitFor();
		// The hub chosen before the reload is still set (settings kept), so no "choose a hub" offer.
		expect(await page.locator(`${SIDEBAR} .ip-quiz-hub-choice`).count()).toBe(0);
		await card().waitFor();
		await expect.poll(() => page.locator(`${SIDEBAR} .ip-quiz-status`).count()).toBe(0);
		expect(await question().textContent()).not.toBe(first);
		expect(numberIn(await left().textContent())).toBe(leftBefore);
		expect(await learning()).toBe(2);
		expect(e2e.errors).toEqual([]);
	});
});
