// A PrepServices built from plain data for quiz tests: a real ReviewStore, a frozen clock that tests move,
// and records of what the view asked for (notes opened, settings changed).
import type { IndexStatus, PrepServices } from "../../../src/services";
import type { Lang, Question, QuestionIndex, Settings } from "../../../src/core/types";
import { ReviewStore } from "../../../src/core/review/review-store";
import { migrateSettings } from "../../../src/core/settings";
import { makeIndex } from "../../core/quiz/make-question";

/** 2025-05-01 10:00 in Shanghai (the tests' time zone). */
export const T0 = Date.UTC(2025, 4, 1, 2, 0, 0);

export interface TestServices extends PrepServices {
	clock: { now: number };
	opened: { path: string; line: number }[];
	settingsPatches: Partial<Settings>[];
	setIndex(questions: Question[]): void;
	setStatus(status: Partial<IndexStatus>): void;
	setLang(lang: Lang): void;
	/** Tell listeners something changed (what the live index does after a rebuild). */
	fireChange(): void;
	changes: number;
}

export function makeServices(
	questions: Question[],
	opts: { settings?: Partial<Settings>; lang?: Lang; suggestions?: string[]; missingHubs?: string[] } = {},
): TestServices {
	let index: QuestionIndex = makeIndex(questions);
	let settings: Settings = migrateSettings({ hubs: ["面试-面试官角度准备"], ...opts.settings });
	let status: IndexStatus = { state: "ready", done: 1, total: 1, revision: 1 };
	let lang: Lang = opts.lang ?? "en";
	const listeners = new Set<() => void>();
	const reviews = new ReviewStore({ device: "test" });
	const services: TestServices = {
		clock: { now: T0 },
		opened: [],
		settingsPatches: [],
		changes: 0,
		getIndex: () => index,
		getPrepSet: () => ({ paths: [], hubPaths: [], missingHubs: opts.missingHubs ?? [], hubOf: {}, distance: {} }),
		getStatus: () => status,
		onChange(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		getSettings: () => settings,
		async updateSettings(patch) {
			services.settingsPatches.push(patch);
			settings = { ...settings, ...patch };
			services.fireChange();
		},
		reviews,
		reviewsChanged: () => services.fireChange(),
		lang: () => lang,
		now: () => services.clock.now,
		async openAt(path, line) {
			services.opened.push({ path, line });
		},
		async openQuiz() {},
		suggestHubs: () => opts.suggestions ?? [],
		setIndex(qs) {
			index = makeIndex(qs);
			status = { ...status, revision: status.revision + 1 };
		},
		setStatus(s) {
			status = { ...status, ...s };
		},
		setLang(l) {
			lang = l;
		},
		fireChange() {
			services.changes++;
			for (const l of [...listeners]) l();
		},
	};
	return services;
}
