// Which container a recording is saved in, from what the platform's MediaRecorder says it supports.
// Desktop Obsidian (Chromium) and Android take WebM with Opus; iOS (WebKit) takes MP4 with AAC.

export interface RecordingFormat {
	/** What MediaRecorder is asked for ("" = its own default). */
	mimeType: string;
	/** File extension Obsidian plays as audio. */
	extension: "webm" | "m4a" | "ogg";
}

const CANDIDATES: readonly RecordingFormat[] = [
	{ mimeType: "audio/webm;codecs=opus", extension: "webm" },
	{ mimeType: "audio/mp4;codecs=mp4a.40.2", extension: "m4a" },
	{ mimeType: "audio/mp4", extension: "m4a" },
	{ mimeType: "audio/webm", extension: "webm" },
	{ mimeType: "audio/ogg;codecs=opus", extension: "ogg" },
];

/** The first container the platform records; the recorder's default (saved as WebM) when it names none. */
export function chooseFormat(isTypeSupported: (mimeType: string) => boolean): RecordingFormat {
	for (const c of CANDIDATES) {
		let ok = false;
		try {
			ok = isTypeSupported(c.mimeType);
		} catch {
			ok = false; // an old WebView that throws on the question answers "no"
		}
		if (ok) return { ...c };
	}
	return { mimeType: "", extension: "webm" };
}

/** The extension for what a recorder actually produced (its `mimeType` after starting), else `fallback`. */
export function extensionOf(mimeType: string, fallback: RecordingFormat["extension"]): RecordingFormat["extension"] {
	const m = mimeType.toLowerCase();
	if (m.startsWith("audio/mp4") || m.startsWith("video/mp4")) return "m4a";
	if (m.startsWith("audio/ogg")) return "ogg";
	if (m.startsWith("audio/webm") || m.startsWith("video/webm")) return "webm";
	return fallback;
}
