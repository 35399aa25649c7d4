// The STAR command on a note in the fake editor: one command rewrites the answer, one undo restores
// the note byte for byte, in the editor and in the vault.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { editorState, readNote, runCommand, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";

const NOTE = "面试回答/角度回答.md";
const QUESTION = "你遇到过什么挑战？是怎么解决的？";

describe.skipIf(skipE2E)("STAR command in the browser", { timeout: 90_000 }, () => {
	let e2e: E2E;
	let page: Page;
	let original = "";

	beforeAll(async () => {
		e2e = await startE2E();
		page = await e2e.open({ theme: "light", lang: "zh" });
	});
	afterAll(async () => {
		await e2e?.close();
	});

	const area = () => page.locator(".mod-root textarea.ip-e2e-editor");

	it("converts the answer under the cursor into a STAR scaffold in one command", async () => {
		original = (await readNote(page, NOTE)) ?? "";
		const headingLine = original.split("\n").findIndex((l) => l.includes(QUESTION));
		expect(headingLine).toBeGreaterThan(0);
		// Open the note with the cursor two lines under the question, as a person clicks into the answer.
		await page.evaluate(({ path, line }) => window.__ip.openNote(path, line), { path: NOTE, line: headingLine + 2 });
		await area().waitFor();
		await area().focus();
		expect(await area().inputValue()).toBe(original);

		await runCommand(page, "convert-answer-to-star");
		const converted = (await editorState(page))?.text ?? "";
		expect(converted).not.toBe(original);
		for (const label of ["情境", "任务", "行动", "结果"]) expect(converted).toContain(label);
		// The person's own words are all still there (the original answer is kept below).
		expect(converted).toContain("陕西开放大学");
		expect(converted).toContain("培训效果比预期好");
		// Only this question's answer changed: what comes before the question is untouched.
		const before = original.split("\n").slice(0, headingLine + 1).join("\n");
		expect(converted.startsWith(before)).toBe(true);
		await expect.poll(() => area().inputValue()).toBe(converted);
		await screenshotBothThemes(page, "star-converted");
	});

	it("undoes the whole conversion with one Ctrl+Z, byte for byte, in the editor and the vault", async () => {
		await area().focus();
		await page.keyboard.press("Control+z");
		expect((await editorState(page))?.text).toBe(original);
		await expect.poll(() => area().inputValue()).toBe(original);
		// The fake editor autosaves; the note in the vault ends as it started.
		await expect.poll(() => readNote(page, NOTE), { timeout: 5000 }).toBe(original);
		expect(e2e.errors).toEqual([]);
	});
});
