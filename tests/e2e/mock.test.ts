// A mock interview end to end in the browser: start, answer each question against the clock, rate,
// see the summary, write the log note into the vault.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
	FROZEN_NOW,
	openQuizWithHub,
	diskWrites,
	readNote,
	runCommand,
	screenshotBothThemes,
	skipE2E,
	startE2E,
	waitForSave,
	type E2E,
} from "./support/harness";

describe.skipIf(skipE2E)("mock interview in the browser", { timeout: 120_000 }, () => {
	let e2e: E2E;
	let page: Page;
	const asked: string[] = [];

	beforeAll(async () => {
		e2e = await startE2E();
		page = await e2e.open({ theme: "light", lang: "zh" });
		// A hub first, as a person does on first use (the quiz offers it).
		await openQuizWithHub(page);
	});
	afterAll(async () => {
		await e2e?.close();
	});

	const modal = () => page.locator(".modal.ip-mock-modal");

	const TARGET = 120;
	const SPOKEN = [40, 70, 100, 130, 60];
	let spokenUntil = FROZEN_NOW;
	const clock = (secs: number) => `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, "0")}`;

	it("starts from its command and runs every question: answer, reveal, rate, next", async () => {
		await runCommand(page, "start-mock-interview");
		await modal().waitFor();
		await modal().locator(".ip-mock-start").waitFor();
		await page.keyboard.press("Enter");
		await modal().locator(".ip-mock-question").waitFor();
		const progress = (await modal().locator(".ip-mock-progress-text").textContent()) ?? "";
		const total = Number(/(\d+)\D+(\d+)/.exec(progress)?.[2]);
		expect(total).toBe(5);

		for (let i = 0; i < total; i++) {
			const q = (await modal().locator(".ip-mock-question").textContent()) ?? "";
			expect(asked).not.toContain(q);
			asked.push(q);
			// The answer stays hidden while the person speaks.
			expect(await modal().locator(".ip-mock-answer").count()).toBe(0);
			await modal().locator(".ip-mock-countdown").waitFor();
			// The person speaks for a while (the page's clock is frozen; move it on as time passes).
			spokenUntil += SPOKEN[i] * 1000;
			await page.clock.setFixedTime(spokenUntil);
			if (SPOKEN[i] < TARGET) {
				await expect.poll(() => modal().locator(".ip-mock-countdown").textContent()).toContain(clock(TARGET - SPOKEN[i]));
				if (i === 0) await screenshotBothThemes(page, "mock-question");
				await page.keyboard.press("Space");
			} else {
				// Time ran out: the answer shows by itself, marked as over time.
				await modal().locator(".ip-mock-timeup").waitFor();
			}
			await modal().locator(".ip-mock-answer").waitFor();
			await page.keyboard.press("3");
			await expect.poll(() => modal().locator('.ip-mock-rating-3[aria-pressed="true"]').count()).toBe(1);
			if (i === 0) await screenshotBothThemes(page, "mock-revealed");
			await page.keyboard.press("Enter");
			if (i + 1 < total) await expect.poll(() => modal().locator(".ip-mock-question").textContent()).not.toBe(q);
		}
	});

	it("ends with a summary of every question and writes the log note into the vault", async () => {
		const rows = modal().locator(".ip-mock-summary tbody tr");
		await expect.poll(() => rows.count()).toBe(asked.length);
		// Time spoken per answer against the 2:00 target, as the clock moved (the one over time stops at 2:00).
		const times = await modal().locator(".ip-mock-summary-time").allTextContents();
		expect(times.map((t) => t.split("/")[0].trim())).toEqual(SPOKEN.map((s) => clock(Math.min(s, TARGET))));
		await screenshotBothThemes(page, "mock-summary");
		const before = await diskWrites(page);
		await modal().locator(".ip-mock-write-log").click();
		const path = await page.waitForFunction(() => {
			const files = window.__ip.app?.vault.getMarkdownFiles() ?? [];
			return files.map((f) => f.path).find((p) => p.startsWith("Interview practice/")) ?? false;
		});
		const notePath = (await path.jsonValue()) as string;
		const text = (await readNote(page, notePath)) ?? "";
		for (const q of asked) expect(text).toContain(q);
		expect(text).toContain("[[");
		await waitForSave(page, before);
		await modal().locator(".ip-mock-close").click();
		await expect.poll(() => modal().count()).toBe(0);
		expect(e2e.errors).toEqual([]);
	});
});
