// Coverage: how ready the person is, grouped hub → note → topic. One function computes the numbers
// for both the coverage view and `scan --table` (printed by src/cli/coverage-table.ts). Variants count
// once: a row counts canonical questions, and a canonical question takes credit for what any of its variants has.
import type { PrepSet } from "./prep-set";
import { answerState, type AnswerState, isStarScaffold } from "./answer-state";
import { summarizeRun, type MockSummary } from "./mock/mock-summary";
import type { CardState, MockRunEvent, Question, QuestionIndex, ReviewEvent } from "./types";
import { findWeakSpots, type WeakSpots } from "./weak-spots";
export type { WeakSpot, WeakSpots } from "./weak-spots";

export interface CoverageInput {
	index: QuestionIndex;
	/** The prep set the index was built from; null when every note counts (no hub). */
	prep: PrepSet | null;
	/** Epoch ms. */
	now: number;
	/** FSRS cards by question id (canonical ids; a card under a variant's id counts too). */
	cards?: ReadonlyMap<string, CardState>;
	/** FSRS retrievability of a card at a time, 0..1 (from the scheduler), for the "lowest recall" weak spots. */
	retrievability?: (card: CardState, now: number) => number;
	/** A question's gradings, oldest first (ReviewStore.reviewsOf): weak spots read Again and time from them. */
	reviewsOf?: (qid: string) => readonly ReviewEvent[];
	/** Speaking target in seconds; answers spoken far longer than this are weak spots. */
	targetSeconds: number;
	mockRuns?: readonly MockRunEvent[];
	/** How many questions each weak-spot list holds (default 5). */
	weakLimit?: number;
}

export interface CoverageCounts {
	/** Canonical questions (variants merged). */
	questions: number;
	/** It or a variant has a model answer (an answer of the note's own). */
	withAnswer: number;
	/** No model answer, but hints or background. Gaps, with withAnswer's complement. */
	hintsOnly: number;
	/** Nothing written (placeholders count for nothing). withAnswer + hintsOnly + unanswered = questions. */
	unanswered: number;
	/** It or a variant has all four STAR parts. */
	starComplete: number;
	/** Graded at least once. */
	practised: number;
	/** Practised and due now. */
	due: number;
	/**
	 * Learned: past the learning steps (FSRS review state) and not due now — recalled at the last
	 * grading, and not yet time to review. A first pass leaves new cards in learning: not learned.
	 */
	learned: number;
	/** Epoch ms of the latest grading, or null. */
	lastPractised: number | null;
}

export interface TopicCoverage extends CoverageCounts {
	/** Topic path, outermost first; [] for questions under no topic. */
	topic: string[];
}

export interface NoteCoverage extends CoverageCounts {
	path: string;
	topics: TopicCoverage[];
}

export interface HubCoverage extends CoverageCounts {
	/** Hub name as given; null when no hub is set (every note counts). */
	hub: string | null;
	notes: NoteCoverage[];
}

export interface GapItem {
	id: string;
	text: string;
	path: string;
	/** 1-based. */
	line: number;
}

/** A question with no model answer: what it has instead. */
export interface GapEntry extends GapItem {
	has: Exclude<AnswerState, "model">;
	/** A STAR template waits under it, not written yet. */
	scaffold: boolean;
}

export interface GapGroup {
	topic: string[];
	items: GapEntry[];
}

/** The last mock run: its figures by the mock summary's rule, and where its log note is. */
export interface LastMockRun extends MockSummary {
	id: string;
	startedAt: number;
	endedAt: number;
	notePath: string | null;
}

export interface CoverageReport {
	now: number;
	targetSeconds: number;
	hubs: HubCoverage[];
	totals: CoverageCounts;
	/** Hubs neither a note nor linked by any note. */
	missingHubs: string[];
	/** Canonical questions with no model answer (hint only or nothing), grouped by topic in note order. */
	gaps: GapGroup[];
	weak: WeakSpots;
	mock: { runs: number; last: LastMockRun | null };
}

interface QuestionStats {
	q: Question;
	/** Its id and its variants' ids. */
	ids: string[];
	state: AnswerState;
	scaffold: boolean;
	starComplete: boolean;
	card: CardState | null;
	r: number | null;
}

function emptyCounts(): CoverageCounts {
	return { questions: 0, withAnswer: 0, hintsOnly: 0, unanswered: 0, starComplete: 0, practised: 0, due: 0, learned: 0, lastPractised: null };
}

function countInto(list: QuestionStats[], now: number): CoverageCounts {
	const c = emptyCounts();
	for (const s of list) {
		c.questions++;
		if (s.state === "model") c.withAnswer++;
		else if (s.state === "hint") c.hintsOnly++;
		else c.unanswered++;
		if (s.starComplete) c.starComplete++;
		const card = s.card;
		if (card && card.reps > 0) {
			c.practised++;
			if (card.due <= now) c.due++;
			else if (card.state === 2) c.learned++;
			if (card.lastReview !== null && (c.lastPractised === null || card.lastReview > c.lastPractised)) c.lastPractised = card.lastReview;
		}
	}
	return c;
}

function topicKey(topic: string[]): string {
	return topic.join("\u0000");
}

export function computeCoverage(input: CoverageInput): CoverageReport {
	const { index, prep, now, cards, retrievability, targetSeconds } = input;
	const limit = input.weakLimit ?? 5;

	// Per canonical question: what it and its variants have.
	const stats: QuestionStats[] = [];
	for (const q of index.questions) {
		if (q.variantOf !== null) continue;
		const members = [q, ...q.variants.map((id) => index.byId.get(id)).filter((v): v is Question => v !== undefined)];
		const card = [q.id, ...q.variants].map((id) => cards?.get(id)).find((c): c is CardState => c !== undefined) ?? null;
		const practised = card !== null && card.reps > 0;
		stats.push({
			q,
			ids: [q.id, ...q.variants],
			state: answerState(members),
			scaffold: isStarScaffold(members),
			starComplete: members.some((m) => m.star.situation && m.star.task && m.star.action && m.star.result),
			card,
			r: practised && retrievability ? clamp01(retrievability(card, now)) : null,
		});
	}

	// Group hub → note → topic, in the index's note order (notes without questions stay, with zeros).
	const byNote = new Map<string, QuestionStats[]>();
	for (const note of index.notes) byNote.set(note.path, []);
	for (const s of stats) {
		const list = byNote.get(s.q.path);
		if (list) list.push(s);
		else byNote.set(s.q.path, [s]);
	}
	const hubOrder: (string | null)[] = [];
	const notesOfHub = new Map<string | null, string[]>();
	for (const path of byNote.keys()) {
		const hub = prep ? (prep.hubOf[path] ?? null) : null;
		if (!notesOfHub.has(hub)) {
			notesOfHub.set(hub, []);
			hubOrder.push(hub);
		}
		notesOfHub.get(hub)?.push(path);
	}
	// Hubs in the order the person gave them.
	if (prep) {
		const rank = new Map<string, number>();
		for (const path of prep.paths) {
			const hub = prep.hubOf[path];
			if (hub !== undefined && !rank.has(hub)) rank.set(hub, rank.size);
		}
		const rankOf = (hub: string | null): number => (hub === null ? rank.size : (rank.get(hub) ?? rank.size));
		hubOrder.sort((a, b) => rankOf(a) - rankOf(b));
	}

	const hubs: HubCoverage[] = hubOrder.map((hub) => {
		const notePaths = notesOfHub.get(hub) ?? [];
		const notes: NoteCoverage[] = notePaths.map((path) => {
			const list = byNote.get(path) ?? [];
			const topics = new Map<string, QuestionStats[]>();
			const topicPaths = new Map<string, string[]>();
			for (const s of list) {
				const key = topicKey(s.q.topic);
				if (!topics.has(key)) {
					topics.set(key, []);
					topicPaths.set(key, s.q.topic);
				}
				topics.get(key)?.push(s);
			}
			return {
				path,
				...countInto(list, now),
				topics: [...topics.entries()].map(([key, ts]) => ({ topic: topicPaths.get(key) ?? [], ...countInto(ts, now) })),
			};
		});
		const all = notePaths.flatMap((p) => byNote.get(p) ?? []);
		return { hub, ...countInto(all, now), notes };
	});

	// Gaps by topic, in note order.
	const gapGroups = new Map<string, GapGroup>();
	for (const s of stats) {
		if (s.state === "model") continue;
		const key = topicKey(s.q.topic);
		let group = gapGroups.get(key);
		if (!group) gapGroups.set(key, (group = { topic: s.q.topic, items: [] }));
		group.items.push({ ...item(s.q), has: s.state, scaffold: s.scaffold });
	}

	const runs = input.mockRuns ?? [];
	const weak = findWeakSpots(stats, { targetSeconds, limit, reviewsOf: input.reviewsOf, mockRuns: runs, cards });

	let last: MockRunEvent | null = null;
	for (const run of runs) if (!last || run.endedAt > last.endedAt) last = run;

	return {
		now,
		targetSeconds,
		hubs,
		totals: countInto(stats, now),
		missingHubs: prep ? [...prep.missingHubs] : [],
		gaps: [...gapGroups.values()],
		weak,
		mock: {
			runs: runs.length,
			last: last && { ...summarizeRun(last), id: last.id, startedAt: last.startedAt, endedAt: last.endedAt, notePath: last.notePath ?? null },
		},
	};
}

function item(q: Question): GapItem {
	return { id: q.id, text: q.text, path: q.path, line: q.line };
}

function clamp01(n: number): number {
	return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
