// The person's last word in a real browser: "Not a question" on a quiz card (Undo in the notice, the
// list in settings to bring it back), and the editor command that writes #interview-question.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SIDEBAR, editorState, openQuizWithHub, readNote, runCommand, screenshot, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";

const HUB_NOTE = "面试-面试官角度准备.md";
const TOPIC = "### 客户沟通";

describe.skipIf(skipE2E)("the person's last word in the browser", { timeout: 90_000 }, () => {
	let e2e: E2E;
	let page: Page;

	beforeAll(async () => {
		e2e = await startE2E();
		page = await e2e.open({ theme: "light", lang: "en" });
		await openQuizWithHub(page);
	});
	afterAll(async () => {
		await e2e?.close();
	});

	const question = () => page.locator(`${SIDEBAR} .ip-quiz-question`);
	const notice = (text: string) => page.locator(".notice-container .notice", { hasText: text });

	it("'Not a question' on a card moves on, and Undo in the notice brings the question back", async () => {
		const first = (await question().textContent()) ?? "";
		const button = page.locator(`${SIDEBAR} .ip-quiz-not-question`);
		expect(await button.textContent()).toBe("Not a question");
		await screenshotBothThemes(page, "not-question-card");
		await button.click();
		await expect.poll(() => question().textContent()).not.toBe(first);
		const hid = notice(`Hid “${first}”`);
		await hid.waitFor();
		await screenshot(page, "not-question-notice-light");
		await hid.locator("button.ip-not-question-undo").click();
		await notice(`Brought back “${first}”`).waitFor();
		expect(e2e.errors).toEqual([]);
	});

	it("a hidden question is listed in settings, and removing it there brings it back", async () => {
		const text = (await question().textContent()) ?? "";
		await page.locator(`${SIDEBAR} .ip-quiz-not-question`).click();
		await notice(`Hid “${text}”`).waitFor();
		await page.locator(".ip-e2e-settings").click();
		const list = page.locator(".mod-settings .interview-prep-not-questions");
		const row = list.locator(".setting-item", { hasText: text });
		await row.waitFor();
		await row.scrollIntoViewIfNeeded();
		await screenshotBothThemes(page, "not-question-settings");
		await row.locator(".extra-setting-button").click();
		await expect.poll(async () => (await list.textContent()) ?? "").toContain("No hidden questions.");
		await page.keyboard.press("Escape");
		expect(e2e.errors).toEqual([]);
	});

	it("'Make this line an interview question' writes the tag on the heading at the cursor and says so", async () => {
		const original = (await readNote(page, HUB_NOTE)) ?? "";
		const line = original.split("\n").indexOf(TOPIC);
		expect(line).toBeGreaterThan(0);
		await page.evaluate(({ path, at }) => (window as unknown as { __ip: { openNote(p: string, l: number): Promise<void> } }).__ip.openNote(path, at), { path: HUB_NOTE, at: line });
		await page.locator(".mod-root textarea.ip-e2e-editor").waitFor();
		await runCommand(page, "make-line-interview-question");
		expect((await editorState(page))?.text.split("\n")[line]).toBe(`${TOPIC} #interview-question`);
		await notice("Wrote #interview-question into the note").waitFor();
		// Autosaved into the vault: the note itself holds the person's word.
		await expect.poll(() => readNote(page, HUB_NOTE), { timeout: 5000 }).toContain(`${TOPIC} #interview-question`);
		await screenshot(page, "not-question-command-light");
		expect(e2e.errors).toEqual([]);
	});
});
