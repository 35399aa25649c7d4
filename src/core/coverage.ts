// Coverage: how ready the person is, grouped hub → note → topic. One function computes the numbers
// for both the coverage view and `scan --table` (printed by src/cli/coverage-table.ts). Variants count
// once: a row counts canonical questions, and a canonical question takes credit for what any of its variants has.
import type { PrepSet } from "./prep-set";
import { answerState, type AnswerState, isStarScaffold } from "./answer-state";
import type { CardState, MockRunEvent, Question, QuestionIndex } from "./types";

export interface CoverageInput {
	index: QuestionIndex;
	/** The prep set the index was built from; null when every note counts (no hub). */
	prep: PrepSet | null;
	/** Epoch ms. */
	now: number;
	/** FSRS cards by question id (canonical ids; a card under a variant's id counts too). */
	cards?: ReadonlyMap<string, CardState>;
	/** FSRS retrievability of a card at a time, 0..1 (from the scheduler). Without it mastery is null. */
	retrievability?: (card: CardState, now: number) => number;
	/** Speaking target in seconds; answers spoken longer than this are weak spots. */
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
	/** Mean retrievability now over all questions (never practised counts 0); null without a retrievability function or questions. */
	mastery: number | null;
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

export interface WeakSpot extends GapItem {
	lapses: number;
	/** Retrievability now, or null without a retrievability function. */
	retrievability: number | null;
	/** Seconds spoken the last time. */
	lastSecs: number;
}

export interface MockSummary {
	id: string;
	startedAt: number;
	endedAt: number;
	questions: number;
	overTarget: number;
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
	weak: {
		/** Most often forgotten (lapses > 0), most first. */
		lapses: WeakSpot[];
		/** Practised, lowest retrievability first (below 0.9 only). */
		retrievability: WeakSpot[];
		/** Last spoken answer over the target, longest first. */
		overTime: WeakSpot[];
	};
	mock: { runs: number; last: MockSummary | null };
}

/** Below this retrievability a practised question is a weak spot (FSRS's usual target). */
const WEAK_RETRIEVABILITY = 0.9;

interface QuestionStats {
	q: Question;
	state: AnswerState;
	scaffold: boolean;
	starComplete: boolean;
	card: CardState | null;
	r: number | null;
}

function emptyCounts(): CoverageCounts {
	return { questions: 0, withAnswer: 0, hintsOnly: 0, unanswered: 0, starComplete: 0, practised: 0, due: 0, mastery: null, lastPractised: null };
}

function countInto(list: QuestionStats[], now: number, withMastery: boolean): CoverageCounts {
	const c = emptyCounts();
	let rSum = 0;
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
			if (card.lastReview !== null && (c.lastPractised === null || card.lastReview > c.lastPractised)) c.lastPractised = card.lastReview;
			rSum += s.r ?? 0;
		}
	}
	c.mastery = withMastery && c.questions > 0 ? rSum / c.questions : null;
	return c;
}

function topicKey(topic: string[]): string {
	return topic.join("\u0000");
}

export function computeCoverage(input: CoverageInput): CoverageReport {
	const { index, prep, now, cards, retrievability, targetSeconds } = input;
	const limit = input.weakLimit ?? 5;
	const withMastery = retrievability !== undefined;

	// Per canonical question: what it and its variants have.
	const stats: QuestionStats[] = [];
	for (const q of index.questions) {
		if (q.variantOf !== null) continue;
		const members = [q, ...q.variants.map((id) => index.byId.get(id)).filter((v): v is Question => v !== undefined)];
		const card = [q.id, ...q.variants].map((id) => cards?.get(id)).find((c): c is CardState => c !== undefined) ?? null;
		const practised = card !== null && card.reps > 0;
		stats.push({
			q,
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
				...countInto(list, now, withMastery),
				topics: [...topics.entries()].map(([key, ts]) => ({ topic: topicPaths.get(key) ?? [], ...countInto(ts, now, withMastery) })),
			};
		});
		const all = notePaths.flatMap((p) => byNote.get(p) ?? []);
		return { hub, ...countInto(all, now, withMastery), notes };
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

	const practised = stats.filter((s) => s.card !== null && s.card.reps > 0);
	const spot = (s: QuestionStats): WeakSpot => ({ ...item(s.q), lapses: s.card?.lapses ?? 0, retrievability: s.r, lastSecs: s.card?.lastSecs ?? 0 });
	const byText = (a: QuestionStats, b: QuestionStats): number => (a.q.path < b.q.path ? -1 : a.q.path > b.q.path ? 1 : a.q.line - b.q.line);
	const weak = {
		lapses: practised
			.filter((s) => (s.card?.lapses ?? 0) > 0)
			.sort((a, b) => (b.card?.lapses ?? 0) - (a.card?.lapses ?? 0) || byText(a, b))
			.slice(0, limit)
			.map(spot),
		retrievability: practised
			.filter((s) => s.r !== null && s.r < WEAK_RETRIEVABILITY)
			.sort((a, b) => (a.r ?? 0) - (b.r ?? 0) || byText(a, b))
			.slice(0, limit)
			.map(spot),
		overTime: practised
			.filter((s) => (s.card?.lastSecs ?? 0) > targetSeconds)
			.sort((a, b) => (b.card?.lastSecs ?? 0) - (a.card?.lastSecs ?? 0) || byText(a, b))
			.slice(0, limit)
			.map(spot),
	};

	const runs = input.mockRuns ?? [];
	let last: MockRunEvent | null = null;
	for (const run of runs) if (!last || run.endedAt > last.endedAt) last = run;

	return {
		now,
		targetSeconds,
		hubs,
		totals: countInto(stats, now, withMastery),
		missingHubs: prep ? [...prep.missingHubs] : [],
		gaps: [...gapGroups.values()],
		weak,
		mock: {
			runs: runs.length,
			last: last && {
				id: last.id,
				startedAt: last.startedAt,
				endedAt: last.endedAt,
				questions: last.items.length,
				overTarget: last.items.filter((i) => i.secs > i.targetSecs).length,
				notePath: last.notePath ?? null,
			},
		},
	};
}

function item(q: Question): GapItem {
	return { id: q.id, text: q.text, path: q.path, line: q.line };
}

function clamp01(n: number): number {
	return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}
