// @vitest-environment happy-dom
// Recording a spoken answer with a fake microphone into the fake vault: start, stop, save, measure, play,
// keep at most N, and every way it can fail (the quiz goes on).
import { describe, expect, it, vi } from "vitest";
import type * as Real from "obsidian";
import { App } from "../../fake-obsidian/index";
import { QuestionRecording } from "../../../src/views/record/question-recording";
import { recordingVault } from "../../../src/vault/recordings";
import { migrateSettings } from "../../../src/core/settings";
import { t } from "../../../src/core/i18n";
import type { Settings } from "../../../src/core/types";
import { fakeMic, type FakeMic } from "./fake-media";

const T0 = Date.UTC(2025, 2, 10, 1, 0, 0); // 09:00 in Shanghai
const Q1 = { id: "q1abc", text: "Tell me about a conflict?" };
const Q2 = { id: "q2def", text: "Why us?" };

function setup(mic: FakeMic, over: Partial<Settings> = {}) {
	const app = new App();
	let settings = migrateSettings({ ...over });
	const clock = { now: T0 };
	const notices: string[] = [];
	const rec = new QuestionRecording({
		lang: () => "en",
		settings: () => settings,
		vault: recordingVault(app as unknown as Real.App),
		media: () => mic.platform,
		now: () => clock.now,
		notify: (m) => notices.push(m),
	});
	const el = document.body.createDiv();
	return {
		app,
		rec,
		el,
		clock,
		notices,
		setSettings: (patch: Partial<Settings>) => (settings = { ...settings, ...patch }),
		files: () => app.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith(settings.recordingFolder)).sort(),
	};
}

/** Speaks from 1 s to 3.5 s on the fake microphone. */
function speaking(mic: FakeMic): void {
	mic.level = (s) => (s >= 1 && s < 3.5 ? 0.2 : 0.001);
}

describe("QuestionRecording", () => {
	it("on demand: records when asked, saves at reveal into the recordings folder (made when missing) and measures the speech", async () => {
		const mic = fakeMic();
		speaking(mic);
		const h = setup(mic);
		h.rec.show(Q1);
		h.rec.draw(h.el, "front");
		expect(h.rec.state()).toBe("idle");
		expect(h.el.querySelector(".ip-rec-toggle")?.textContent).toBe("Record (R)");
		h.rec.toggle();
		await vi.waitFor(() => expect(h.rec.state()).toBe("recording"));
		mic.advance(5);
		expect(h.el.querySelector(".ip-rec-time")?.textContent).toBe("Recording 0:05");
		expect(h.el.querySelector(".ip-rec-toggle")?.textContent).toBe("Stop (R)");
		await h.rec.finish();
		expect(h.rec.state()).toBe("saved");
		const path = "Interview practice/recordings/Tell me about a conflict 2025-03-10 09-00-00 q1abc.webm";
		expect(h.files()).toEqual([path]);
		const bytes = await h.app.vault.readBinary(h.app.vault.getFileByPath(path) as never);
		expect(new TextDecoder().decode(bytes)).toBe("sound of audio/webm;codecs=opus");
		const taken = h.rec.take(Q1.id);
		expect(taken).toMatchObject({ path, lengthSecs: 5, longPauses: 0 });
		expect(taken?.spokenSecs).toBeCloseTo(2.5, 1);
		expect(taken?.longestSilenceSecs).toBeCloseTo(1.5, 1);
		expect(h.rec.take(Q2.id)).toBeUndefined();
		// The microphone is let go.
		expect(mic.streams[0].track.stopped).toBe(true);

		const after = document.body.createDiv();
		h.rec.draw(after, "revealed");
		const audio = after.querySelector("audio");
		expect(audio?.getAttribute("src")).toMatch(/^blob:|^app:\/\//);
		expect(after.querySelector(".ip-rec-length")?.textContent).toBe("0:05 recorded, target 2:00");
		expect(after.querySelector(".ip-rec-figures")?.textContent).toBe("Spoke 0:02 · longest silence 0:01 · 0 long pauses");
	});

	it("when the question shows: starts by itself; the next question drops an unfinished recording", async () => {
		const mic = fakeMic();
		const h = setup(mic, { recordAnswers: "auto" });
		h.rec.show(Q1);
		await vi.waitFor(() => expect(h.rec.state()).toBe("recording"));
		mic.advance(2);
		h.rec.show(Q2);
		expect(mic.streams[0].track.stopped).toBe(true);
		await vi.waitFor(() => expect(h.rec.state()).toBe("recording"));
		expect(mic.streams).toHaveLength(2);
		h.rec.cancel();
		await Promise.resolve();
		expect(h.files()).toEqual([]);
	});

	it("R while the microphone is still starting stops as soon as it started", async () => {
		const mic = fakeMic();
		const h = setup(mic);
		h.rec.show(Q1);
		h.rec.toggle();
		expect(h.rec.state()).toBe("starting");
		h.rec.toggle();
		await vi.waitFor(() => expect(h.rec.state()).toBe("saved"));
		expect(h.files()).toHaveLength(1);
	});

	it("keeps at most N recordings of a question: older ones go to the trash through the file manager", async () => {
		const mic = fakeMic();
		const h = setup(mic, { recordingsPerQuestion: 2 });
		const trashed = vi.spyOn(h.app.fileManager, "trashFile");
		for (let i = 0; i < 4; i++) {
			h.clock.now = T0 + i * 60_000;
			h.rec.show(Q1);
			h.rec.toggle();
			await vi.waitFor(() => expect(h.rec.state()).toBe("recording"));
			mic.advance(1);
			await h.rec.finish();
			h.rec.show(null);
		}
		expect(h.files().map((p) => p.slice(p.lastIndexOf("/") + 1))).toEqual([
			"Tell me about a conflict 2025-03-10 09-02-00 q1abc.webm",
			"Tell me about a conflict 2025-03-10 09-03-00 q1abc.webm",
		]);
		expect(trashed).toHaveBeenCalledTimes(2);
	});

	it("microphone refused: one clear message, no automatic retry, the person may ask again", async () => {
		const mic = fakeMic({ deny: "NotAllowedError" });
		const h = setup(mic, { recordAnswers: "auto" });
		h.rec.show(Q1);
		h.rec.draw(h.el, "front");
		await vi.waitFor(() => expect(h.rec.state()).toBe("failed"));
		expect(h.notices).toEqual([t("en", "rec.denied")]);
		expect(h.el.querySelector(".ip-rec-error")?.textContent).toBe(t("en", "rec.denied"));
		h.rec.show(Q2);
		expect(h.rec.state()).toBe("idle"); // not asked again by itself
		h.rec.toggle();
		await vi.waitFor(() => expect(h.rec.state()).toBe("failed"));
		expect(h.notices).toHaveLength(1); // told once
		expect(h.rec.take(Q2.id)).toBeUndefined();
	});

	it("no microphone, no MediaRecorder, a recorder error: each says so and nothing is saved", async () => {
		const none = setup(fakeMic({ deny: "NotFoundError" }));
		none.rec.show(Q1);
		none.rec.toggle();
		await vi.waitFor(() => expect(none.rec.state()).toBe("failed"));
		expect(none.notices).toEqual([t("en", "rec.noMicrophone")]);

		const old = setup(fakeMic({ noRecorder: true }));
		old.rec.show(Q1);
		old.rec.toggle();
		await vi.waitFor(() => expect(old.rec.state()).toBe("failed"));
		expect(old.notices).toEqual([t("en", "rec.unsupported")]);

		const mic = fakeMic();
		const broken = setup(mic);
		broken.rec.show(Q1);
		broken.rec.toggle();
		await vi.waitFor(() => expect(broken.rec.state()).toBe("recording"));
		mic.recorders[0].fail("device lost");
		expect(broken.rec.state()).toBe("failed");
		expect(broken.notices).toEqual([t("en", "rec.failed", { error: "device lost" })]);
		expect(mic.streams[0].track.stopped).toBe(true);
		await broken.rec.finish();
		expect(broken.files()).toEqual([]);
	});

	it("MP4 where WebM is not recorded (iOS): saved as .m4a", async () => {
		const mic = fakeMic({ supported: (m) => m.startsWith("audio/mp4") });
		const h = setup(mic);
		h.rec.show(Q1);
		h.rec.toggle();
		await vi.waitFor(() => expect(h.rec.state()).toBe("recording"));
		await h.rec.finish();
		expect(h.files()[0]).toMatch(/ q1abc\.m4a$/);
	});

	it("turned off: nothing is drawn and R does nothing", () => {
		const mic = fakeMic();
		const h = setup(mic, { recordAnswers: "off" });
		h.rec.show(Q1);
		h.rec.draw(h.el, "front");
		h.rec.toggle();
		expect(h.rec.state()).toBe("idle");
		expect(h.el.querySelector(".ip-rec-toggle")).toBeNull();
		expect(mic.streams).toHaveLength(0);
	});
});
