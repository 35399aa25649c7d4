// Builds a QuestionRecording from the plugin's services: settings and language as they are now, the
// vault's recordings folder, the browser's microphone and a notice for failures.
import { Notice } from "obsidian";
import type { PrepServices } from "../../services";
import type { RecordingVault } from "../../vault/recordings";
import { QuestionRecording } from "./question-recording";
import { browserMedia, type MediaPlatform } from "./recorder";

export function quizRecording(services: PrepServices, vault: RecordingVault, media: () => MediaPlatform = browserMedia): QuestionRecording {
	return new QuestionRecording({
		lang: () => services.lang(),
		settings: () => services.getSettings(),
		vault,
		media,
		now: () => services.now(),
		notify: (message) => new Notice(message, 10_000),
	});
}
