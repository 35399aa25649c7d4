// The plugin's wiring: builds the settings, the live index, the review store and its files, and from them
// the narrow PrepServices handle views and commands get (src/services.ts). Only main.ts holds the wiring
// itself (sync reloads, unload), built in onload; the index starts on layout ready.
import { getLanguage, MarkdownView, Notice, requireApiVersion, type Plugin } from "obsidian";
import { resolveLang, t } from "./core/i18n";
import { ReviewStore } from "./core/review/review-store";
import { migrateSettings } from "./core/settings";
import type { Lang, Settings } from "./core/types";
import type { PrepServices } from "./services";
import { makeYieldToMain } from "./vault/yield-to-main";
import { LiveIndex } from "./vault/live-index";
import { DelayedCall, windowTimers, type Timers } from "./vault/timers";
import { suggestHubs } from "./vault/link-graph";
import { readTemplateFolders } from "./vault/template-folders";
import { ParseCache, parseOptionsKey } from "./vault/parse-cache";
import { ReviewFiles, type LoadNotice } from "./vault/review-files";
import { makeDeviceId, makeSessionSeq } from "./vault/device-ids";
import { openQuiz } from "./views/quiz/quiz-feature";
import { StorySource } from "./vault/story-source";

const DEVICE_KEY = "interview-prep-device";

/** What main.ts holds: the handle for views and commands, and the parts only the plugin's lifecycle touches. */
export interface PluginWiring {
	services: PrepServices;
	index: LiveIndex;
	reviewFiles: ReviewFiles;
	/** A problem met while loading review data, to show once. */
	loadNotice: LoadNotice | null;
	/** data.json changed on disk (a sync): merge its reviews, apply its settings. */
	reloadFromSync(): Promise<void>;
	/** Write pending data and the cache (plugin unload). */
	stop(): Promise<void>;
}

export interface PluginWiringOptions {
	/** Defaults: window timers, performance.now, Date.now, a macrotask yield. */
	timers?: Timers;
	clock?: () => number;
	now?: () => number;
	yieldToMain?: () => Promise<void>;
	/** Wraps parseNote (tests count parses). */
	parse?: ConstructorParameters<typeof LiveIndex>[0]["parse"];
	notifyMs?: number;
}

/** Obsidian's UI language; getLanguage() needs 1.8.7, older versions count as English. */
function obsidianLanguage(): string {
	return requireApiVersion("1.8.7") ? getLanguage() : "en";
}

/** This device's id, kept per vault and device (never synced). Before 1.8.7: the window's localStorage. */
function deviceId(plugin: Plugin): string {
	const { app } = plugin;
	const fallbackKey = `${app.vault.getName()}:${DEVICE_KEY}`;
	const stored: unknown = requireApiVersion("1.8.7") ? app.loadLocalStorage(DEVICE_KEY) : window.localStorage.getItem(fallbackKey);
	if (typeof stored === "string" && stored) return stored;
	const id = makeDeviceId();
	if (requireApiVersion("1.8.7")) app.saveLocalStorage(DEVICE_KEY, id);
	else window.localStorage.setItem(fallbackKey, id);
	return id;
}

export async function wirePlugin(plugin: Plugin, opts: PluginWiringOptions = {}): Promise<PluginWiring> {
	const { app } = plugin;
	const timers = opts.timers ?? windowTimers;
	const now = opts.now ?? (() => Date.now());
	const pluginDir = plugin.manifest.dir ?? `${app.vault.configDir}/plugins/${plugin.manifest.id}`;
	let settings: Settings = migrateSettings(null);
	const lang = (): Lang => resolveLang(settings.language, obsidianLanguage());
	const listeners = new Set<() => void>();

	const store = new ReviewStore({ device: deviceId(plugin), retention: settings.desiredRetention, session: makeSessionSeq(), clock: now });
	const reviewFiles = new ReviewFiles(
		{ adapter: app.vault.adapter, loadData: () => plugin.loadData(), saveData: (d) => plugin.saveData(d), pluginDir },
		{
			device: store.device,
			store,
			getSettings: () => settings,
			now,
			timers,
			onSaveFailing: (error) => new Notice(t(lang(), "data.saveFailing", { error })),
		},
	);
	const report = await reviewFiles.load();
	// On mobile the app is often killed in the background without an unload: save when it is sent there.
	plugin.registerDomEvent(document, "visibilitychange", () => {
		if (document.visibilityState === "hidden") void reviewFiles.pageHidden();
	});
	settings = migrateSettings(report.settings);
	store.setRetention(settings.desiredRetention);

	const cache = new ParseCache(app.vault.adapter, `${pluginDir}/parse-cache.json`, parseOptionsKey(settings));
	const index = new LiveIndex({
		vault: app.vault,
		metadataCache: app.metadataCache,
		registerEvent: (ref) => plugin.registerEvent(ref),
		getSettings: () => settings,
		templateFolders: () => readTemplateFolders(app.vault.adapter, app.vault.configDir),
		cache,
		parse: opts.parse,
		clock: opts.clock ?? (() => performance.now()),
		// Tests that drive the timers yield through them; in Obsidian a message yields without the timer clamp.
		yieldToMain: opts.yieldToMain ?? (opts.timers ? () => new Promise((resolve) => timers.set(resolve, 0)) : makeYieldToMain(window)),
		timers,
		notifyMs: opts.notifyMs,
	});

	const tell = () => {
		for (const l of [...listeners]) l();
	};
	// Gradings come in bursts: the views are told once, after the current one.
	const reviewsSettled = new DelayedCall(timers, () => {
		// A grading can land on an id the index has just dropped (the question was reworded while it
		// was shown): move it to the new id now rather than at the next index change.
		if (index.getStatus().state === "ready") store.reconcile(index.getIndex(), now());
		tell();
	});
	index.onChange(() => {
		// Once the whole prep set is indexed, history of a question whose words changed slightly moves
		// to its new id (never on a partial index, where unindexed questions would look deleted).
		if (index.getStatus().state === "ready" && store.reconcile(index.getIndex(), now()).length > 0) reviewFiles.requestSave();
		tell();
	});

	const services: PrepServices = {
		getIndex: () => index.getIndex(),
		getPrepSet: () => index.getPrepSet(),
		getStatus: () => index.getStatus(),
		onChange(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		getSettings: () => settings,
		async updateSettings(patch) {
			settings = migrateSettings({ ...settings, ...patch });
			store.setRetention(settings.desiredRetention);
			reviewFiles.requestSave();
			// Views redraw at once (labels, language); the index follows with its own notice.
			tell();
			await index.settingsChanged();
		},
		reviews: store,
		reviewsChanged() {
			reviewFiles.requestSave();
			reviewsSettled.schedule(0);
		},
		lang,
		now,
		async openAt(path, line) {
			const file = app.vault.getFileByPath(path);
			if (!file) return;
			const leaf = app.workspace.getLeaf(false);
			await leaf.openFile(file, { eState: { line: Math.max(0, line - 1) } });
			if (leaf.view instanceof MarkdownView) leaf.view.editor.setCursor({ line: Math.max(0, line - 1), ch: 0 });
		},
		openQuiz: (filter) => openQuiz(app.workspace, filter),
		suggestHubs: () => suggestHubs(app),
	};
	const stories = new StorySource({
		vault: app.vault,
		metadataCache: app.metadataCache,
		registerEvent: (ref) => plugin.registerEvent(ref),
		labels: () => settings.labels,
		changed: tell,
	});
	services.stories = stories;
	// Read after the layout, as the index is: start-up stays as fast.
	app.workspace.onLayoutReady(() => void stories.start());

	return {
		services,
		index,
		reviewFiles,
		loadNotice: report.notice,
		async reloadFromSync() {
			const synced = await reviewFiles.reload();
			if (synced.settings !== undefined && synced.settings !== null) {
				settings = migrateSettings(synced.settings);
				store.setRetention(settings.desiredRetention);
					await index.settingsChanged();
			}
			services.reviewsChanged();
		},
		async stop() {
			reviewsSettled.cancel();
			await index.stop();
			await reviewFiles.unload();
		},
	};
}
