// @vitest-environment happy-dom
// The quiz records a spoken answer: R starts, Space reveals (and stops), the playback shows beside the
// answer, and the grading keeps the recording in the review log. A refused microphone leaves the quiz going.
import { describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App, Plugin, type Scope, type WorkspaceLeaf } from "../../fake-obsidian/index";
import { load, OPEN_QUIZ_COMMAND } from "../../../src/views/quiz/quiz-feature";
import { QUIZ_VIEW_TYPE, type QuizView } from "../../../src/views/quiz/quiz-view";
import { recordingVault } from "../../../src/vault/recordings";
import { t } from "../../../src/core/i18n";
import { makeServices } from "./make-services";
import { seedQuestions } from "./questions";
import { fakeMic, type FakeMic } from "../record/fake-media";

class TestPlugin extends Plugin {}

async function openQuiz(mic: FakeMic, settings = {}, lang: "zh" | "en" = "en") {
	const app = new App();
	const services = makeServices(seedQuestions(), { settings, lang });
	const plugin = new TestPlugin(app, { id: "interview-prep", name: "Interview Prep", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
	plugin.load();
	load(plugin as unknown as Real.Plugin, services, { recordings: recordingVault(app as unknown as Real.App), media: () => mic.platform });
	app.executeCommandById(`interview-prep:${OPEN_QUIZ_COMMAND}`);
	await vi.waitFor(() => expect(app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)).toHaveLength(1));
	const view = () => (app.workspace.getLeavesOfType(QUIZ_VIEW_TYPE)[0] as unknown as WorkspaceLeaf).view as unknown as QuizView;
	await vi.waitFor(() => expect(view().contentEl.querySelector(".ip-quiz-card")).not.toBeNull());
	const q = (sel: string) => view().contentEl.querySelector<HTMLElement>(sel);
	return { app, services, view, q, press: (key: string) => (view().scope as unknown as Scope).press(key) };
}

describe("recording in the quiz", () => {
	it("R records, Space reveals and plays it back, grading keeps it with the speaking figures", async () => {
		const mic = fakeMic();
		mic.level = (s) => (s < 4 ? 0.2 : 0);
		const h = await openQuiz(mic);
		const qid = h.view().controller.current()?.id ?? "";
		expect(h.q(".ip-rec-toggle")).not.toBeNull();
		h.press("r");
		await vi.waitFor(() => expect(h.q(".ip-rec-row.is-recording .ip-rec-dot")).not.toBeNull());
		mic.advance(6);
		h.press(" ");
		await vi.waitFor(() => expect(h.q(".ip-rec-playback audio")).not.toBeNull());
		expect(h.q(".ip-quiz-phase-revealed .ip-rec-playback")).not.toBeNull();
		expect(h.q(".ip-rec-figures")?.dataset.spoken).toBe("4");
		h.press("3");
		const [review] = h.services.reviews.reviewsOf(qid);
		expect(review.recording).toMatchObject({ lengthSecs: 6, spokenSecs: 4, longPauses: 0 });
		expect(review.recording?.path).toMatch(new RegExp(`^Interview practice/recordings/.+ ${qid}\\.webm$`));
		expect(h.app.vault.getFileByPath(review.recording?.path ?? "")).not.toBeNull();
	});

	it("a skipped card's recording is dropped, nothing saved", async () => {
		const mic = fakeMic();
		const h = await openQuiz(mic, { recordAnswers: "auto" });
		await vi.waitFor(() => expect(h.q(".ip-rec-row.is-recording")).not.toBeNull());
		h.press("s");
		expect(mic.streams[0].track.stopped).toBe(true);
		await Promise.resolve();
		expect(h.app.vault.getFiles().filter((f) => f.path.startsWith("Interview practice/"))).toEqual([]);
	});

	it("a refused microphone: the message shows on the card and the quiz grades as before", async () => {
		const mic = fakeMic({ deny: "NotAllowedError" });
		const h = await openQuiz(mic);
		const qid = h.view().controller.current()?.id ?? "";
		h.press("r");
		await vi.waitFor(() => expect(h.q(".ip-rec-error")?.textContent).toBe(t("en", "rec.denied")));
		h.press(" ");
		h.press("3");
		const [review] = h.services.reviews.reviewsOf(qid);
		expect(review.rating).toBe(3);
		expect(review.recording).toBeUndefined();
	});

	it("turned off in the settings: no button, R is not taken", async () => {
		const mic = fakeMic();
		const h = await openQuiz(mic, { recordAnswers: "off" });
		expect(h.q(".ip-rec-toggle")).toBeNull();
		h.press("r");
		expect(mic.streams).toHaveLength(0);
	});

	it("the key help names R only when recording is on, in both languages", async () => {
		for (const lang of ["en", "zh"] as const) {
			const record = lang === "en" ? "R record" : "R 录音";
			const on = await openQuiz(fakeMic(), {}, lang);
			expect(on.q(".ip-quiz-keys")?.textContent).toContain(record);
			const off = await openQuiz(fakeMic(), { recordAnswers: "off" }, lang);
			const keys = off.q(".ip-quiz-keys")?.textContent ?? "";
			expect(keys).toContain(lang === "en" ? "U undo" : "U 撤销");
			expect(keys).not.toContain(record);
			expect(keys.trim().endsWith("·")).toBe(false);
		}
	});
});
