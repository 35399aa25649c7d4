// @vitest-environment happy-dom
// Inside the running plugin: a question whose words change slightly keeps its history, and a sync that
// rewrites data.json brings its settings and reviews in.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { App } from "./fake-obsidian";
import { loadPlugin, makeApp } from "./fake-obsidian/fixture";
import type { PrepServices } from "../src/services";
import type { LiveIndex } from "../src/vault/live-index";

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- "../main" would be the built main.js
const { default: InterviewPrepPlugin } = (await import("../main.ts" as "../main")) as typeof import("../main");
type Loaded = import("../main").default & { core: { services: PrepServices; index: LiveIndex } };

const HUB = "面试-面试官角度准备";
const NOTE = "answers.md";
const before = `[[${HUB}]]\n\n## 你如何处理客户投诉？\n\n> 我会先倾听，再给出临时方案。\n`;
const after = `[[${HUB}]]\n\n## 你一般如何处理客户的投诉？\n\n> 我会先倾听，再给出临时方案。\n`;

/** Let debounced work run. Not runAllTimers: the status bar's due count always waits for the next midnight. */
const settleTimers = () => vi.advanceTimersByTimeAsync(10_000);

let app: App;
beforeEach(() => {
	vi.useFakeTimers({ now: Date.UTC(2025, 5, 1) });
	app = makeApp({ files: { [`${HUB}.md`]: "# hub\n", [NOTE]: before } });
	app.pluginData.set("interview-prep", { hubs: [HUB] });
});
afterEach(() => vi.useRealTimers());

async function started(): Promise<Loaded> {
	const plugin = (await loadPlugin(InterviewPrepPlugin, app)) as Loaded;
	app.workspace.triggerLayoutReady();
	await settleTimers();
	await plugin.core.index.whenIdle();
	return plugin;
}

const only = (s: PrepServices) => s.getIndex().questions.filter((q) => q.path === NOTE);

describe("identity inside the plugin", () => {
	it("a slightly reworded question keeps its review history", async () => {
		const plugin = await started();
		const { services } = plugin.core;
		const [q] = only(services);
		services.reviews.grade(q.id, 3, 40, services.now(), { key: q.key });
		services.reviewsChanged();

		const file = app.vault.getFileByPath(NOTE)!;
		await app.vault.modify(file, after);
		await settleTimers();
		await plugin.core.index.whenIdle();
		await settleTimers();

		const [renamed] = only(services);
		expect(renamed.id).not.toBe(q.id);
		expect(services.reviews.card(renamed.id)?.reps).toBe(1);
	});
});

describe("a sync that rewrites data.json", () => {
	it("applies the settings it brings", async () => {
		const plugin = await started();
		const data = structuredClone(app.pluginData.get("interview-prep")) as Record<string, unknown>;
		data.settings = { ...(data.settings as object), targetSeconds: 90, hubs: [HUB] };
		app.pluginData.set("interview-prep", data);
		await plugin.onExternalSettingsChange();
		await settleTimers();
		expect(plugin.core.services.getSettings().targetSeconds).toBe(90);
	});
});
