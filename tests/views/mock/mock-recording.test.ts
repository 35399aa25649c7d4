// @vitest-environment happy-dom
// The mock interview records each spoken answer: from the moment the question shows (setting) or on R,
// stops when the answer is done, grades with the recording, and the log note embeds it.
import { describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App } from "../../fake-obsidian/index";
import { MockRunPanel } from "../../../src/views/mock/mock-run-panel";
import { QuestionRecording } from "../../../src/views/record/question-recording";
import { recordingVault } from "../../../src/vault/recordings";
import { migrateSettings } from "../../../src/core/settings";
import { mockLogMarkdown } from "../../../src/core/mock/log-note";
import type { AnswerRecording, Settings } from "../../../src/core/types";
import { makeQuestion } from "../../core/mock/make-question";
import { fakeMic } from "../record/fake-media";

const T0 = Date.UTC(2025, 2, 1, 6, 0, 0);

function setup(over: Partial<Settings>) {
	const mic = fakeMic();
	mic.level = (s) => (s < 3 ? 0.2 : 0);
	const app = new App();
	const settings = migrateSettings(over);
	const recording = new QuestionRecording({
		lang: () => "en",
		settings: () => settings,
		vault: recordingVault(app as unknown as Real.App),
		media: () => mic.platform,
		now: () => T0,
		notify: () => undefined,
	});
	const grades: { qid: string; recording?: AnswerRecording }[] = [];
	const el = document.body.createDiv();
	const question = makeQuestion("a", { text: "Question a", parts: { hint: "", answer: "Answer", context: "" }, answerMarkdown: "Answer" });
	let now = T0;
	const panel = new MockRunPanel(el, {
		lang: "en",
		now: () => now,
		questions: [{ question, answeredBy: question }],
		targetSecs: 60,
		renderMarkdown: () => Promise.resolve(),
		grade: (q, _rating, _secs, _runId, rec) => grades.push({ qid: q.id, recording: rec }),
		recordRun: (run) => ({ ...run, kind: "mock", uid: "d:1" }),
		every: () => () => undefined,
		recording,
	});
	const key = (k: string) => panel.handleKey(new KeyboardEvent("keydown", { key: k, cancelable: true }));
	return { mic, app, el, panel, grades, recording, key, tick: (s: number) => (now += s * 1000) };
}

describe("recording in the mock interview", () => {
	it("records from the moment the question shows, stops when the answer is done, and the grading and log keep it", async () => {
		const h = setup({ recordAnswers: "auto" });
		h.key("Enter");
		await vi.waitFor(() => expect(h.recording.state()).toBe("recording"));
		expect(h.el.querySelector(".ip-rec-row.is-recording")).not.toBeNull();
		h.mic.advance(5);
		h.tick(5);
		h.key(" ");
		await vi.waitFor(() => expect(h.recording.state()).toBe("saved"));
		expect(h.el.querySelector(".ip-rec-playback audio")).not.toBeNull();
		h.key("3");
		h.key("Enter");
		expect(h.grades).toHaveLength(1);
		expect(h.grades[0].recording).toMatchObject({ lengthSecs: 5, spokenSecs: 3 });
		const run = h.panel.run();
		expect(run.items[0].recording?.path).toBe(h.grades[0].recording?.path);
		const log = mockLogMarkdown({ lang: "en", startedAt: run.startedAt, endedAt: run.endedAt, items: run.items.map((i) => ({ ...i, path: "n.md", line: 1, heading: null })) });
		expect(log).toContain(`![[${run.items[0].recording?.path}]]`);
		expect(log).toContain("spoke 0:03, longest silence 0:02, 0 long pauses");
	});

	it("on demand: R starts and stops while answering; ending the run mid-answer drops the recording", async () => {
		const h = setup({});
		h.key("Enter");
		expect(h.recording.state()).toBe("idle");
		h.key("r");
		await vi.waitFor(() => expect(h.recording.state()).toBe("recording"));
		h.panel.endEarly();
		expect(h.recording.state()).toBe("idle");
		expect(h.mic.streams[0].track.stopped).toBe(true);
		expect(h.app.vault.getFiles()).toEqual([]);
	});
});
