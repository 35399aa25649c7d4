import { describe, expect, it } from "vitest";
import { chooseFormat, extensionOf } from "../../../src/core/speech/recording-format";
import { parseRecordingName, recordingPath, recordingsToRemove, safeNamePart } from "../../../src/core/speech/recording-files";

describe("chooseFormat", () => {
	it("takes WebM with Opus where the platform records it (desktop, Android)", () => {
		expect(chooseFormat((m) => m.startsWith("audio/webm") || m.startsWith("audio/mp4"))).toEqual({ mimeType: "audio/webm;codecs=opus", extension: "webm" });
	});
	it("else MP4 with AAC (iOS), saved as .m4a", () => {
		expect(chooseFormat((m) => m.startsWith("audio/mp4"))).toEqual({ mimeType: "audio/mp4;codecs=mp4a.40.2", extension: "m4a" });
		expect(chooseFormat((m) => m === "audio/mp4")).toEqual({ mimeType: "audio/mp4", extension: "m4a" });
	});
	it("the recorder's own default when nothing named is supported, or the question throws", () => {
		expect(chooseFormat(() => false)).toEqual({ mimeType: "", extension: "webm" });
		expect(
			chooseFormat(() => {
				throw new Error("not implemented");
			}),
		).toEqual({ mimeType: "", extension: "webm" });
	});
	it("the extension follows what the recorder really produced", () => {
		expect(extensionOf("audio/mp4; codecs=mp4a.40.2", "webm")).toBe("m4a");
		expect(extensionOf("audio/webm;codecs=opus", "m4a")).toBe("webm");
		expect(extensionOf("audio/ogg", "webm")).toBe("ogg");
		expect(extensionOf("", "m4a")).toBe("m4a");
	});
});

describe("recording names", () => {
	const at = new Date(2025, 2, 10, 9, 5, 7).getTime(); // local time

	it("are the question, the local time and the question id, in the folder", () => {
		expect(recordingPath("Interview practice/recordings/", "Tell me about yourself?", "q1abc", at, "webm")).toBe(
			"Interview practice/recordings/Tell me about yourself 2025-03-10 09-05-07 q1abc.webm",
		);
		expect(recordingPath("", "介绍一下你自己", "q9", at, "m4a")).toBe("介绍一下你自己 2025-03-10 09-05-07 q9.m4a");
	});

	it("hold no character a file system or a link refuses, and stay short", () => {
		const part = safeNamePart('What is a/b: "x*y" <z> | #tag ^id [[link]] 100%?\n next');
		expect(part).not.toMatch(/[\\/:*?"<>|#^[\]%\n]/);
		expect([...safeNamePart("很".repeat(100))].length).toBe(40);
		expect(safeNamePart("...hidden.")).toBe("hidden");
		expect(safeNamePart("???")).toBe("answer");
	});

	it("can be read back: the question id and the time", () => {
		const path = recordingPath("rec", "Why 2025-01-01 00-00-00 qfake.webm?", "q1abc", at, "webm");
		expect(parseRecordingName(path)).toEqual({ qid: "q1abc", stamp: "2025-03-10 09-05-07" });
		expect(parseRecordingName("rec/notes.md")).toBeNull();
	});
});

describe("recordingsToRemove", () => {
	const name = (qid: string, stamp: string) => `rec/Q ${stamp} ${qid}.webm`;

	it("keeps the newest N of the question and leaves other questions' files alone", () => {
		const files = [
			name("q1", "2025-03-01 10-00-00"),
			name("q1", "2025-03-03 10-00-00"),
			name("q2", "2025-02-01 10-00-00"),
			name("q1", "2025-03-02 10-00-00"),
			name("q1", "2025-03-04 10-00-00"),
			"rec/q1 notes.md",
		];
		expect(recordingsToRemove(files, "q1", 3)).toEqual([name("q1", "2025-03-01 10-00-00")]);
		expect(recordingsToRemove(files, "q1", 1).sort()).toEqual([name("q1", "2025-03-01 10-00-00"), name("q1", "2025-03-02 10-00-00"), name("q1", "2025-03-03 10-00-00")]);
		expect(recordingsToRemove(files, "q2", 1)).toEqual([]);
		expect(recordingsToRemove(files, "q3", 0)).toEqual([]);
	});

	it("a question id that is the end of another one is not confused with it", () => {
		expect(recordingsToRemove([name("xq1", "2025-03-01 10-00-00"), name("q1", "2025-03-02 10-00-00")], "q1", 0)).toEqual([name("q1", "2025-03-02 10-00-00")]);
	});
});
