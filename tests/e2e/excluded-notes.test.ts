// The demo vault as `npm run demo` leaves it, in the browser with the real main.js: it opens ready (its
// settings name the hub), and neither the mock interview's log note nor a template that links the hub
// ever becomes a prep note — the questions, notes and gaps stay as they were.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_VAULT, SIDEBAR, readNote, runCommand, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";

interface IndexSummary {
	prep: string[];
	notes: [string, number][];
	gaps: number;
	questions: string[];
	state: string;
}

/** What the index holds, read from the running plugin. */
function indexSummary(page: Page): Promise<IndexSummary> {
	return page.evaluate(() => {
		const core = (window.__ip.plugin as unknown as { core: { services: import("../../src/services").PrepServices } }).core;
		const index = core.services.getIndex();
		return {
			prep: core.services.getPrepSet()?.paths ?? [],
			notes: index.notes.map((n): [string, number] => [n.path, n.questions]),
			gaps: index.gaps.length,
			questions: index.questions.map((q) => q.text),
			state: core.services.getStatus().state,
		};
	});
}

/** Lets the index take in a new file: Obsidian re-resolves links, then the prep set is recomputed. */
async function letIndexSettle(page: Page): Promise<void> {
	await page.waitForTimeout(3000);
	await expect.poll(async () => (await indexSummary(page)).state).toBe("ready");
}

describe.skipIf(skipE2E)("the demo vault: ready at once; logs and templates are never prep notes", { timeout: 120_000 }, () => {
	let e2e: E2E;
	let page: Page;
	let before: IndexSummary;

	beforeAll(async () => {
		e2e = await startE2E(DEMO_VAULT);
		page = await e2e.open({ theme: "light", lang: "zh" });
	});
	afterAll(async () => {
		await e2e?.close();
	});

	it("opens ready: the quiz shows a card without asking for a hub", async () => {
		await runCommand(page, "open-quiz");
		await page.locator(`${SIDEBAR} .ip-quiz-card`).waitFor();
		expect(await page.locator(`${SIDEBAR} .ip-quiz-hub-choice`).count()).toBe(0);
		await expect.poll(async () => (await indexSummary(page)).state).toBe("ready");
		before = await indexSummary(page);
		expect(before.notes).toContainEqual(["面试回答-技术支持岗.md", 9]);
		await screenshotBothThemes(page, "demo-ready-quiz");
	});

	it("a mock interview's log note links the questions, yet adds no question, note or gap", async () => {
		const modal = page.locator(".modal.ip-mock-modal");
		await runCommand(page, "start-mock-interview");
		await modal.locator(".ip-mock-start").waitFor();
		await page.keyboard.press("Enter");
		const total = Number(/(\d+)\D+(\d+)/.exec((await modal.locator(".ip-mock-progress-text").textContent()) ?? "")?.[2]);
		for (let i = 0; i < total; i++) {
			const q = await modal.locator(".ip-mock-question").textContent();
			await page.keyboard.press("Space");
			await modal.locator(".ip-mock-answer").waitFor();
			await page.keyboard.press("3");
			await page.keyboard.press("Enter");
			if (i + 1 < total) await expect.poll(() => modal.locator(".ip-mock-question").textContent()).not.toBe(q);
		}
		await modal.locator(".ip-mock-write-log").click();
		const found = await page.waitForFunction(() => (window.__ip.app?.vault.getMarkdownFiles() ?? []).map((f) => f.path).find((p) => p.startsWith("Interview practice/")) ?? false);
		const log = (await found.jsonValue()) as string;
		expect(await readNote(page, log)).toMatch(/\[\[面试/);
		await modal.locator(".ip-mock-close").click();
		await letIndexSettle(page);

		const after = await indexSummary(page);
		expect(after.prep).not.toContain(log);
		expect(after.notes).toEqual(before.notes);
		expect(after.gaps).toBe(before.gaps);
		expect(after.questions).toEqual(before.questions);
		await runCommand(page, "open-coverage");
		await page.locator(`${SIDEBAR} .ip-cov`).first().waitFor();
		const logName = log.slice(log.lastIndexOf("/") + 1, -3);
		expect(await page.locator(SIDEBAR).textContent()).not.toContain(logName);
		await screenshotBothThemes(page, "excluded-mock-log-coverage");
	});

	it("a template in the Templates folder that links the hub adds no question, also after a restart", async () => {
		await page.evaluate(async () => {
			const app = window.__ip.app!;
			await app.vault.adapter.write(".obsidian/templates.json", JSON.stringify({ folder: "Templates" }));
			await app.vault.create("Templates/面试题模板.md", "[[面试-面试官角度准备]]\n\n## {{title}} 模板里的问题？\n\n**思路**：（待补充）\n");
		});
		await letIndexSettle(page);
		const check = async (): Promise<void> => {
			const now = await indexSummary(page);
			expect(now.prep).not.toContain("Templates/面试题模板.md");
			expect(now.questions.filter((q) => q.includes("模板里的问题"))).toEqual([]);
			expect(now.notes).toEqual(before.notes);
			expect(now.gaps).toBe(before.gaps);
		};
		await check();
		await page.reload();
		await page.waitForFunction(() => window.__ip?.ready === true);
		await expect.poll(async () => (await indexSummary(page)).state).toBe("ready");
		await check();
		if ((await page.locator(`${SIDEBAR} .ip-cov`).count()) === 0) await runCommand(page, "open-coverage");
		await page.locator(`${SIDEBAR} .ip-cov`).first().waitFor();
		expect(await page.locator(SIDEBAR).textContent()).not.toContain("模板里的问题");
		await screenshotBothThemes(page, "excluded-template-coverage");
		expect(e2e.errors).toEqual([]);
	});
});
