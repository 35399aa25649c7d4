// The coverage view in a real browser: what is prepared and what is missing, and a gap that opens
// its note at the question's line in the editor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { SIDEBAR, openQuizWithHub, cjkFontLoaded, editorState, runCommand, screenshot, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";

describe.skipIf(skipE2E)("coverage view in the browser", { timeout: 90_000 }, () => {
	let e2e: E2E;
	let page: Page;

	beforeAll(async () => {
		e2e = await startE2E();
		page = await e2e.open({ theme: "light", lang: "zh" });
		await openQuizWithHub(page);
	});
	afterAll(async () => {
		await e2e?.close();
	});

	const gaps = () => page.locator(`${SIDEBAR} .ip-cov-gap .ip-cov-question`);

	it("opens from its command and lists the questions nothing answers", async () => {
		await runCommand(page, "open-coverage");
		await gaps().first().waitFor();
		expect(await gaps().count()).toBeGreaterThan(0);
		const texts = await gaps().allTextContents();
		// The true gap of the seed notes: nothing in the prep set answers it.
		expect(texts).toContain("如何将客户反馈转化为产品优化建议？");
		expect(await cjkFontLoaded(page)).toBe(true);
		await screenshotBothThemes(page, "coverage");
	});

	it("opens a gap's note in the editor with the cursor on the question's line", async () => {
		const gap = gaps().first();
		const path = (await gap.getAttribute("data-path")) ?? "";
		const line = Number(await gap.getAttribute("data-line"));
		const text = (await gap.textContent()) ?? "";
		await gap.click();
		await expect.poll(async () => (await editorState(page))?.path).toBe(path);
		const state = await editorState(page);
		expect(state?.line).toBe(line - 1);
		expect(state?.text.split("\n")[line - 1].replace(/[*_#>]/g, "")).toContain(text);
		// The person sees it too: the textarea's caret is on that line.
		const area = page.locator(".mod-root textarea.ip-e2e-editor");
		await expect
			.poll(() => area.evaluate((el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split("\n").length - 1))
			.toBe(line - 1);
		await screenshot(page, "coverage-gap-opened-light");
		expect(e2e.errors).toEqual([]);
	});
});
