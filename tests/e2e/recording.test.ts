// Recording spoken answers in a real browser with a fake microphone: Chromium plays a WAV as the
// microphone (espeak-ng's speech, or silence written here). The quiz records, saves into the page's
// vault, plays it back, and the speaking time it measured is near the speech's length (near zero for
// silence). A context not allowed the microphone gets the refusal message, and the quiz goes on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { RESULTS_DIR, SIDEBAR, numberIn, openQuizWithHub, screenshotBothThemes, skipE2E, startE2E, type E2E } from "./support/harness";
import { hasEspeak, NO_ESPEAK_MESSAGE, silenceWav, soundDir, speechWav, wavSpeech } from "./support/sound-files";
import { t } from "../../src/core/i18n";

const ANSWER = "Tell me about a time you disagreed with your manager. I listened first, then I showed the data, and we agreed on a small trial.";
const espeak = hasEspeak();
// In CI a missing espeak-ng is a failure with the how-to, never a silent skip.
if (!espeak && process.env.CI) throw new Error(NO_ESPEAK_MESSAGE);
if (!espeak && !skipE2E) console.warn(`Skipping the recording browser test.\n${NO_ESPEAK_MESSAGE}`);

/** The microphone plays `wav` once (then silence); no autoplay rule stops the playback check. */
const micArgs = (wav: string, fakeUi: boolean) => [
	"--use-fake-device-for-media-stream",
	`--use-file-for-fake-audio-capture=${wav}%noloop`,
	"--autoplay-policy=no-user-gesture-required",
	...(fakeUi ? ["--use-fake-ui-for-media-stream"] : []),
];

interface SavedFile {
	path: string;
	size: number;
	head: number[];
}

async function recordings(page: Page): Promise<SavedFile[]> {
	return page.evaluate(async () => {
		const vault = window.__ip.app!.vault;
		const out: SavedFile[] = [];
		for (const f of vault.getFiles().filter((x) => x.path.startsWith("Interview practice/recordings/"))) {
			const bytes = new Uint8Array(await vault.readBinary(f));
			out.push({ path: f.path, size: bytes.length, head: [...bytes.slice(0, 4)] });
		}
		return out;
	});
}

/** Focus the quiz, press R, wait for the recording to run at least `secs` seconds (the page's own count). */
async function recordFor(page: Page, secs: number): Promise<void> {
	await page.locator(`${SIDEBAR} .ip-quiz-question`).click();
	await page.keyboard.press("r");
	await page.locator(`${SIDEBAR} .ip-rec-row.is-recording`).waitFor();
	await page.waitForFunction((s) => Number(document.querySelector<HTMLElement>(".ip-rec-time")?.dataset.secs ?? 0) >= s, secs, { timeout: 60_000 });
}

async function reveal(page: Page): Promise<{ spoken: number; length: number; silence: number }> {
	await page.keyboard.press("Space");
	await page.locator(`${SIDEBAR} .ip-rec-playback audio`).waitFor({ state: "attached", timeout: 30_000 });
	return page.evaluate(() => {
		const fig = document.querySelector<HTMLElement>(".ip-rec-figures")!.dataset;
		const len = document.querySelector<HTMLElement>(".ip-rec-length")!.dataset;
		return { spoken: Number(fig.spoken), silence: Number(fig.silence), length: Number(len.secs) };
	});
}

describe.skipIf(skipE2E || !espeak)("recording spoken answers in the browser", { timeout: 180_000 }, () => {
	let dir = "";
	let speech = { secs: 0, spokenSpan: 0 };
	let speaking: E2E;
	let silent: E2E;

	beforeAll(async () => {
		dir = soundDir();
		const speechPath = speechWav(dir, ANSWER);
		speech = wavSpeech(speechPath);
		// One browser without the fake permission prompt (contexts are allowed the microphone or not), one with it.
		speaking = await startE2E(undefined, micArgs(speechPath, false));
		silent = await startE2E(undefined, micArgs(silenceWav(dir, 8), true));
	}, 120_000);
	afterAll(async () => {
		await speaking?.close();
		await silent?.close();
	});

	it("records a spoken answer, saves it into the vault, plays it back, and measures the speech", async () => {
		const context = await speaking.browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1, permissions: ["microphone"] });
		const page = await speaking.open({ context, lang: "zh" });
		await openQuizWithHub(page);
		await recordFor(page, 1.5);
		await screenshotBothThemes(page, "recording-live");
		// The WAV plays once from when the microphone opened: record it all and some silence after.
		await page.waitForFunction((s) => Number(document.querySelector<HTMLElement>(".ip-rec-time")?.dataset.secs ?? 0) >= s, speech.secs + 2, { timeout: 60_000 });
		const figures = await reveal(page);

		expect(figures.length).toBeGreaterThanOrEqual(speech.secs + 2);
		// Generous: the browser's audio path (resampling, its own processing) moves edges by a few frames.
		expect(figures.spoken).toBeGreaterThan(speech.spokenSpan * 0.75);
		expect(figures.spoken).toBeLessThan(speech.spokenSpan * 1.2 + 0.5);
		expect(figures.silence).toBeGreaterThanOrEqual(1.5); // the silence after the speech

		const [file, ...others] = await recordings(page);
		expect(others).toEqual([]);
		expect(file.path).toMatch(/\.webm$/);
		expect(file.head).toEqual([0x1a, 0x45, 0xdf, 0xa3]); // a WebM (EBML) file
		expect(file.size).toBeGreaterThan(1000);

		// Playback: the <audio> element plays the file from the vault's resource URL.
		const played = await page.evaluate(async () => {
			const audio = document.querySelector<HTMLAudioElement>(".ip-rec-playback audio")!;
			await audio.play();
			await new Promise<void>((resolve) => {
				const check = () => (audio.currentTime > 0.5 ? resolve() : window.setTimeout(check, 50));
				check();
			});
			audio.pause();
			return { src: audio.src, time: audio.currentTime };
		});
		expect(played.src).toMatch(/^blob:/);
		expect(played.time).toBeGreaterThan(0.5);
		await page.locator(`${SIDEBAR} .ip-rec-playback`).scrollIntoViewIfNeeded();
		await screenshotBothThemes(page, "recording-playback");

		// Space per minute, as the README says it.
		const perMinute = (file.size / figures.length) * 60;
		mkdirSync(RESULTS_DIR, { recursive: true });
		writeFileSync(join(RESULTS_DIR, "recording-size.txt"), `${file.size} bytes for ${figures.length} s: ${Math.round(perMinute / 1024)} KiB per minute\nspoken ${figures.spoken} s measured; the WAV: ${speech.secs.toFixed(2)} s long, speech spans ${speech.spokenSpan.toFixed(2)} s\n`);

		// The grading keeps the recording and its figures in the review log.
		await page.keyboard.press("3");
		const logged = await page.evaluate(() => {
			const core = (window.__ip.plugin as unknown as { core: { services: import("../../src/services").PrepServices } }).core;
			return core.services.reviews.allEvents().filter((e) => e.kind === "review").map((e) => (e.kind === "review" ? e.recording : undefined));
		});
		expect(logged).toHaveLength(1);
		expect(logged[0]).toMatchObject({ path: file.path, spokenSecs: figures.spoken, lengthSecs: figures.length });
		expect(speaking.errors).toEqual([]);
		await context.close();
	});

	it("silence on the microphone: nothing spoken", async () => {
		const page = await silent.open({ lang: "en" });
		await openQuizWithHub(page);
		await recordFor(page, 4);
		const figures = await reveal(page);
		expect(figures.spoken).toBeLessThanOrEqual(0.3);
		expect(figures.silence).toBeGreaterThanOrEqual(3.5);
		expect(await recordings(page)).toHaveLength(1);
		expect(silent.errors).toEqual([]);
	});

	it("microphone refused: one clear message on the card, and the quiz goes on", async () => {
		const context = await speaking.browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
		const page = await speaking.open({ context, lang: "zh" });
		await openQuizWithHub(page);
		const left = numberIn(await page.locator(`${SIDEBAR} .ip-quiz-left`).textContent());
		await page.locator(`${SIDEBAR} .ip-quiz-question`).click();
		await page.keyboard.press("r");
		await expect.poll(() => page.locator(`${SIDEBAR} .ip-rec-error`).textContent(), { timeout: 15_000 }).toBe(t("zh", "rec.denied"));
		const notices = await page.evaluate(() => window.__ip.notices());
		expect(notices.filter((n) => n === t("zh", "rec.denied"))).toHaveLength(1);
		await page.keyboard.press("Space");
		await page.locator(`${SIDEBAR} .ip-quiz-phase-revealed`).waitFor();
		// Easy: a new card graded Good would stay in the session for its learning step.
		await page.keyboard.press("4");
		await expect.poll(async () => numberIn(await page.locator(`${SIDEBAR} .ip-quiz-left`).textContent())).toBe(left - 1);
		expect(await recordings(page)).toEqual([]);
		await context.close();
	});
});
