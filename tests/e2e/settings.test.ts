// The plugin's settings tab in a settings modal, as a person opens it from Obsidian's settings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openQuizWithHub, cjkFontLoaded, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";

describe.skipIf(skipE2E)("settings tab in the browser", { timeout: 90_000 }, () => {
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

	it("shows its settings, with the hub chosen in the quiz", async () => {
		await page.locator(".ip-e2e-settings").click();
		const tab = page.locator(".mod-settings .vertical-tab-content");
		await tab.locator(".setting-item").first().waitFor();
		expect(await tab.locator(".setting-item").count()).toBeGreaterThan(5);
		await expect.poll(async () => (await tab.textContent()) ?? "").toContain("面试-面试官角度准备");
		expect(await cjkFontLoaded(page)).toBe(true);
		await screenshotBothThemes(page, "settings");
	});

	it("closes with Escape", async () => {
		await page.locator(".mod-settings").click({ position: { x: 100, y: 10 } });
		await page.keyboard.press("Escape");
		await expect.poll(() => page.locator(".mod-settings").count()).toBe(0);
		expect(e2e.errors).toEqual([]);
	});
});
