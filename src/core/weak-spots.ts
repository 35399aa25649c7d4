// Weak spots: the questions the person struggled with, read from the review log and the mock runs —
// Again on any card (new and learning ones too, which FSRS does not count as lapses), a low rating
// or the clock run out in the latest mock run that asked it, an answer far over the target time,
// and, from the schedule, the lowest recall now.
import { ranOutOfTime } from "./mock/mock-summary";
import type { CardState, MockRunEvent, Question, Rating, ReviewEvent } from "./types";

export interface WeakItem {
	id: string;
	text: string;
	path: string;
	/** 1-based. */
	line: number;
}

export interface WeakSpot extends WeakItem {
	/** Times graded Again, in the quiz or a mock run, whatever state the card was in. */
	again: number;
	/** Retrievability now, or null without a retrievability function or practice. */
	retrievability: number | null;
	/** Seconds spoken the last time it was graded. */
	lastSecs: number;
	/** How it went in the latest mock run that asked it, or null when none did. */
	mock: { rating: Rating | null; timedOut: boolean } | null;
}

export interface WeakSpots {
	/** Graded Again at least once, most often first. */
	again: WeakSpot[];
	/** Rated Again or Hard, or out of time, in the latest mock run that asked it; latest run first. */
	mock: WeakSpot[];
	/** Last spoken answer far over the target (see FAR_OVER), longest first. */
	overTime: WeakSpot[];
	/** Practised, lowest retrievability first (below 0.9 only). */
	retrievability: WeakSpot[];
}

/** "Far over" the target: half as long again (3:00 for a 2:00 target). */
export const FAR_OVER = 1.5;
/** Below this retrievability a practised question is a weak spot (FSRS's usual target). */
const WEAK_RETRIEVABILITY = 0.9;

/** One canonical question with what it and its variants have. */
export interface WeakInput {
	q: Question;
	/** Its id and its variants' ids. */
	ids: string[];
	card: CardState | null;
	r: number | null;
}

export interface WeakOptions {
	targetSeconds: number;
	limit: number;
	/** A question's gradings (aliases applied), oldest first; without it only the cards are read. */
	reviewsOf?: (qid: string) => readonly ReviewEvent[];
	mockRuns: readonly MockRunEvent[];
	/** Card by any id it was known under (to follow a mock item's old id). */
	cards?: ReadonlyMap<string, CardState>;
}

export function findWeakSpots(list: readonly WeakInput[], opts: WeakOptions): WeakSpots {
	const byId = new Map<string, WeakInput>();
	for (const s of list) for (const id of s.ids) byId.set(id, s);
	const find = (qid: string): WeakInput | undefined => {
		const direct = byId.get(qid);
		if (direct) return direct;
		const card = opts.cards?.get(qid);
		return card ? byId.get(card.qid) : undefined;
	};

	// The latest mock run that asked each question, and how it went there.
	const lastMock = new Map<WeakInput, { at: number; rating: Rating | null; timedOut: boolean }>();
	for (const run of opts.mockRuns) {
		for (const item of run.items) {
			const s = find(item.qid);
			if (!s) continue;
			const seen = lastMock.get(s);
			if (seen && seen.at > run.endedAt) continue;
			lastMock.set(s, { at: run.endedAt, rating: item.rating, timedOut: ranOutOfTime(item) });
		}
	}

	const spots = list.map((s) => {
		const history = opts.reviewsOf ? gradings(s.ids, opts.reviewsOf) : [];
		const last = history[history.length - 1];
		const mock = lastMock.get(s);
		const spot: WeakSpot = {
			id: s.q.id,
			text: s.q.text,
			path: s.q.path,
			line: s.q.line,
			again: history.filter((e) => e.rating === 1).length,
			retrievability: s.r,
			lastSecs: last ? last.secs : (s.card?.lastSecs ?? 0),
			mock: mock ? { rating: mock.rating, timedOut: mock.timedOut } : null,
		};
		return { s, spot, mockAt: mock?.at ?? 0, practised: history.length > 0 || (s.card?.reps ?? 0) > 0 };
	});
	type Entry = (typeof spots)[number];
	const inNoteOrder = (a: Entry, b: Entry): number =>
		a.s.q.path < b.s.q.path ? -1 : a.s.q.path > b.s.q.path ? 1 : a.s.q.line - b.s.q.line;
	const pick = (keep: (e: Entry) => boolean, order: (a: Entry, b: Entry) => number): WeakSpot[] =>
		spots
			.filter(keep)
			.sort((a, b) => order(a, b) || inNoteOrder(a, b))
			.slice(0, opts.limit)
			.map((e) => e.spot);

	const lowMock = (m: WeakSpot["mock"]): boolean => m !== null && (m.timedOut || (m.rating !== null && m.rating <= 2));
	return {
		again: pick((e) => e.spot.again > 0, (a, b) => b.spot.again - a.spot.again),
		mock: pick((e) => lowMock(e.spot.mock), (a, b) => b.mockAt - a.mockAt),
		overTime: pick((e) => e.practised && e.spot.lastSecs >= FAR_OVER * opts.targetSeconds, (a, b) => b.spot.lastSecs - a.spot.lastSecs),
		retrievability: pick(
			(e) => e.practised && e.spot.retrievability !== null && e.spot.retrievability < WEAK_RETRIEVABILITY,
			(a, b) => (a.spot.retrievability ?? 0) - (b.spot.retrievability ?? 0),
		),
	};
}

/** Every grading of a question and its variants, once each, oldest first. */
function gradings(ids: readonly string[], reviewsOf: (qid: string) => readonly ReviewEvent[]): ReviewEvent[] {
	const seen = new Set<string>();
	const out: ReviewEvent[] = [];
	for (const id of ids) {
		for (const e of reviewsOf(id)) {
			if (seen.has(e.uid)) continue;
			seen.add(e.uid);
			out.push(e);
		}
	}
	if (ids.length > 1) out.sort((a, b) => a.at - b.at || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
	return out;
}
