// PrepServices over the fixture vault (the seed-shaped notes), built with the real pipeline:
// read → link graph → prep set → parse → index. A real ReviewStore, a frozen clock that tests
// move, and records of what the view asked for.
import * as path from "node:path";
import { buildLinkGraph } from "../../../src/cli/link-graph";
import { readVault } from "../../../src/cli/read-vault";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { parseNote } from "../../../src/core/parse/parse-note";
import { computePrepSet, type PrepSet } from "../../../src/core/prep-set";
import { buildIndex } from "../../../src/core/index/question-index";
import { ReviewStore } from "../../../src/core/review/review-store";
import { migrateSettings } from "../../../src/core/settings";
import type { Lang, ParsedNote, QuestionIndex, Settings } from "../../../src/core/types";
import type { IndexStatus, PrepServices } from "../../../src/services";
import type { QuizRequest } from "../../../src/core/quiz/quiz-filter";

/** 2025-05-01 10:00 in Shanghai (the tests' time zone). */
export const T0 = Date.UTC(2025, 4, 1, 2, 0, 0);
export const HUB = "面试-面试官角度准备";
const VAULT = path.resolve(process.cwd(), "tests/fixtures/vault");

export interface CoverageTestServices extends PrepServices {
	clock: { now: number };
	opened: { path: string; line: number }[];
	quizzes: QuizRequest[];
	settingsPatches: Partial<Settings>[];
	setStatus(status: Partial<IndexStatus>): void;
	/** Replace the notes (path → text) and tell listeners, as the live index does. */
	setNotes(notes: { path: string; text: string }[]): void;
	notes: { path: string; text: string }[];
	fireChange(): void;
	/** How many views are listening for changes. */
	listenerCount(): number;
}

/** Parsing is the slow part: each note is parsed once per test file. */
const parseCache = new Map<string, ParsedNote>();
let fixture: { path: string; text: string }[] | null = null;

export function fixtureNotes(): { path: string; text: string }[] {
	fixture ??= readVault(VAULT).notes.map((n) => ({ path: n.path, text: n.text }));
	return fixture;
}

function indexOf(notes: { path: string; text: string }[], hubs: string[]): { index: QuestionIndex; prep: PrepSet | null } {
	let chosen = notes;
	let prep: PrepSet | null = null;
	if (hubs.length > 0) {
		prep = computePrepSet(buildLinkGraph(notes), hubs, 1);
		const keep = new Set(prep.paths);
		chosen = notes.filter((n) => keep.has(n.path));
	}
	const parsed = chosen.map((n) => {
		const key = `${n.path}\u0000${n.text}`;
		let note = parseCache.get(key);
		if (!note) parseCache.set(key, (note = parseNote(n.path, n.text, { labels: DEFAULT_LABELS, promptHeadings: true })));
		return note;
	});
	return { index: buildIndex(parsed), prep };
}

export function makeCoverageServices(
	opts: { notes?: { path: string; text: string }[]; settings?: Partial<Settings>; lang?: Lang; suggestions?: string[] } = {},
): CoverageTestServices {
	let settings: Settings = migrateSettings({ hubs: [HUB], ...opts.settings });
	let notes = opts.notes ?? fixtureNotes();
	let built = indexOf(notes, settings.hubs);
	let status: IndexStatus = { state: "ready", done: 1, total: 1, revision: 1 };
	const listeners = new Set<() => void>();
	const services: CoverageTestServices = {
		clock: { now: T0 },
		opened: [],
		quizzes: [],
		settingsPatches: [],
		notes,
		getIndex: () => built.index,
		getPrepSet: () => built.prep,
		getStatus: () => status,
		onChange(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		getSettings: () => settings,
		async updateSettings(patch) {
			services.settingsPatches.push(patch);
			settings = { ...settings, ...patch };
			built = indexOf(notes, settings.hubs);
			services.fireChange();
		},
		reviews: new ReviewStore({ device: "test" }),
		reviewsChanged: () => services.fireChange(),
		lang: () => opts.lang ?? "en",
		now: () => services.clock.now,
		async openAt(p, line) {
			services.opened.push({ path: p, line });
		},
		async openQuiz(filter) {
			services.quizzes.push(filter ?? {});
		},
		suggestHubs: () => opts.suggestions ?? [],
		setStatus(s) {
			status = { ...status, ...s };
		},
		setNotes(next) {
			notes = next;
			services.notes = next;
			built = indexOf(notes, settings.hubs);
			status = { ...status, revision: status.revision + 1 };
			services.fireChange();
		},
		fireChange() {
			for (const l of [...listeners]) l();
		},
		listenerCount: () => listeners.size,
	};
	return services;
}
