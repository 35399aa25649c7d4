// The live index's dependencies in the bench: the fake vault, Node's timers, no parse cache, and
// a yield that lets the event loop run. Callers override what their figure needs (cache, yield).
import type { App } from "../tests/fake-obsidian/app";
import type { LiveIndexDeps } from "../src/vault/live-index";
import type { Settings } from "../src/core/types";

export function benchIndexDeps(app: App, getSettings: () => Settings, clock: () => number, overrides: Partial<LiveIndexDeps> = {}): LiveIndexDeps {
	return {
		vault: app.vault,
		metadataCache: app.metadataCache,
		registerEvent: () => undefined,
		getSettings,
		cache: null,
		clock,
		yieldToMain: () => new Promise((r) => setImmediate(r)),
		timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
		...overrides,
	};
}
